import type { ErrorCode, FieldIssue } from '../../contracts/errors.ts';

/** The one error type thrown by domain and services; the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fields: Omit<FieldIssue, 'message'>[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Shorthand for a 404 that names the kind of entity (also used for things outside the caller's scope). */
export function notFound(entity: string): AppError {
  return new AppError('not_found', { entity });
}
