import { AppError, notFound } from '../domain/app-error.ts';
import type { Actor } from '../domain/permissions.ts';
import { canReadUnit } from '../domain/permissions.ts';

/** Refuses a write based on a stale version (the row is already locked by the caller). */
export function assertVersion(row: { version: number }, expected: number): void {
  if (row.version !== expected) throw new AppError('version_conflict', { currentVersion: row.version });
}

/**
 * Resolves an authorization failure: things the caller cannot even read answer
 * 404 (their existence is not revealed); readable but not writable answer 403.
 */
export function denyUnless(
  allowed: boolean,
  actor: Actor,
  unit: { id: string; path: string },
  entity: string,
): void {
  if (allowed) return;
  if (!canReadUnit(actor, unit)) throw notFound(entity);
  throw new AppError('forbidden');
}
