import { appendAudit } from '../../db/audit-log.ts';
import { findUserByUsername } from '../../db/repositories/users.ts';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { assertStrongPassword } from '../../domain/passwords.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ServiceContext } from '../context.ts';
import { findVisiblePerson } from '../people/person-access.ts';

export type CreateUserInput = {
  username: string;
  displayName: string;
  password: string;
  personId?: string | null;
  locale?: 'vi' | 'en';
  mustChangePassword?: boolean;
};

/** Creates an account (admins only), optionally linked to a person; the first password must be changed at first sign-in. */
export async function createUser(ctx: ServiceContext, input: CreateUserInput) {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  const username = input.username.toLowerCase();
  assertStrongPassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (await findUserByUsername(tx, username)) {
      throw new AppError('duplicate_username', { username }, [
        { field: 'username', code: 'duplicate_username' },
      ]);
    }
    if (input.personId) await findVisiblePerson(ctx, tx, input.personId);
    const [row] = await tx
      .insert(users)
      .values({
        username,
        displayName: input.displayName,
        passwordHash,
        personId: input.personId ?? null,
        locale: input.locale ?? 'vi',
        mustChangePassword: input.mustChangePassword ?? true,
      })
      .returning();
    await appendAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: row.id, after: row });
    return row;
  });
}
