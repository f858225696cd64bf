import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { activeGrants, findSession, toDomainGrants } from '../../db/repositories/users.ts';
import { sessions } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/permissions.ts';
import { hashToken } from './login.ts';

/** Resolves a session cookie to the signed-in user and their grants, or null. */
export async function resolveSession(db: Db, clock: Clock, token: string) {
  const now = clock();
  const found = await findSession(db, hashToken(token), now);
  if (!found?.user.isActive) return null;
  const grantRows = await activeGrants(db, found.user.id);
  const actor: Actor = {
    userId: found.user.id,
    personId: found.user.personId,
    grants: toDomainGrants(grantRows),
  };
  // Touch at most once a minute: the session table is not a write hot spot.
  if (now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, found.session.tokenHash));
  }
  return { session: found.session, user: found.user, actor, grantRows };
}

/** Ends a session. */
export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
