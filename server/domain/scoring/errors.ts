/**
 * The scoring module's error. Codes are snake_case strings and params carry the
 * numbers/fields, so the HTTP layer can localize the message; the lead will later
 * unify this class with the app-wide AppError.
 */
export class DomainError extends Error {
  constructor(
    public code: string,
    public params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
