import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { activeGrants, findUser } from '../../db/repositories/users.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { assertStrongPassword } from '../../domain/passwords.ts';
import { canManageUser, canManageUsers } from '../../domain/permissions.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { findVisiblePerson } from '../people/person-access.ts';

/** The account, locked, if the caller may manage it; otherwise it does not exist for them. */
async function findManagedUser(ctx: ServiceContext, tx: Tx, id: string) {
  const user = await findUser(tx, id, true);
  if (!user) throw notFound('user');
  const grants = await activeGrants(tx, id);
  if (
    !canManageUser(
      ctx.actor,
      grants.map((g) => ({ id: g.grant.unitId, path: g.unitPath })),
    )
  )
    throw notFound('user');
  return user;
}

export type UpdateUserInput = {
  version: number;
  displayName?: string;
  personId?: string | null;
  locale?: 'vi' | 'en';
  isActive?: boolean;
};

/** Edits an account; disabling it also ends its sessions. */
export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserInput) {
  if (!canManageUsers(ctx.actor)) throw notFound('user');
  return ctx.db.transaction(async (tx) => {
    const user = await findManagedUser(ctx, tx, id);
    assertVersion(user, input.version);
    if (input.personId) await findVisiblePerson(ctx, tx, input.personId);
    const { version: _v, ...changes } = input;
    const [row] = await tx
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning();
    if (input.isActive === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    await appendAudit(tx, ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: user,
      after: row,
    });
    return row;
  });
}

/** Sets a new password for another user (admins), who must change it at next sign-in; their sessions end. */
export async function resetPassword(
  ctx: ServiceContext,
  id: string,
  input: { version: number; newPassword: string },
) {
  if (!canManageUsers(ctx.actor)) throw notFound('user');
  assertStrongPassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction(async (tx) => {
    const user = await findManagedUser(ctx, tx, id);
    assertVersion(user, input.version);
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning();
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await appendAudit(tx, ctx, { action: 'user.reset_password', entityType: 'user', entityId: id });
    return row;
  });
}
