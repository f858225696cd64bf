import { and, eq, ne, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { findUser } from '../../db/repositories/users.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { assertStrongPassword } from '../../domain/passwords.ts';
import type { ServiceContext } from '../context.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

/** Changes the caller's own password and ends their other sessions. */
export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string; keepSessionHash: string },
) {
  const user = await findUser(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_password', {}, [{ field: 'currentPassword', code: 'wrong_password' }]);
  }
  assertStrongPassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, input.keepSessionHash)));
    await appendAudit(tx, ctx, { action: 'user.change_password', entityType: 'user', entityId: user.id });
  });
}
