import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Db } from '../../db/client.ts';
import { findUserByUsername, recentFailures } from '../../db/repositories/users.ts';
import { loginFailures, sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { LOGIN_WINDOW_MINUTES, loginThrottled } from '../../domain/passwords.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';

export const SESSION_HOURS = 12;

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Signs a user in: throttled per username and per address over a sliding
 * window kept in the database (so it holds across app servers), password
 * checked with argon2id outside any transaction, then the session and its
 * audit event written together.
 */
export async function login(
  deps: { db: Db; clock: Clock; requestId: string | null },
  input: { username: string; password: string; ip: string; userAgent: string | null },
) {
  const now = deps.clock();
  const username = input.username.trim().toLowerCase();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  // Reserve the attempt as a failure first, then count including it: parallel attempts cannot all slip
  // under the limit between a count and an insert. A success removes the reservation.
  const [attempt] = await deps.db
    .insert(loginFailures)
    .values({ username, ip: input.ip, at: now })
    .returning({ id: loginFailures.id });
  const failures = await recentFailures(deps.db, username, input.ip, since);
  if (loginThrottled(failures.byUser - 1, failures.byIp - 1)) {
    throw new AppError('too_many_attempts', { minutes: LOGIN_WINDOW_MINUTES });
  }
  const user = await findUserByUsername(deps.db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) throw new AppError('invalid_credentials');
  await deps.db.delete(loginFailures).where(eq(loginFailures.id, attempt.id));
  if (!user.isActive) throw new AppError('account_disabled');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await deps.db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
    });
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    const ctx = {
      actor: { userId: user.id, personId: user.personId, grants: [] },
      clock: deps.clock,
      requestId: deps.requestId,
    };
    await appendAudit(tx, ctx, {
      action: 'user.login',
      entityType: 'user_login',
      entityId: user.id,
      after: { ip: input.ip },
    });
  });
  return { token, csrfToken, user };
}
