import { and, eq, isNull } from 'drizzle-orm';
import { errorMessage } from '../../contracts/errors.ts';
import type { Role } from '../../contracts/roles.ts';
import { ROLES } from '../../contracts/roles.ts';
import { systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { units } from '../db/schema/index.ts';
import { AppError } from '../domain/app-error.ts';
import { systemContext } from '../services/context.ts';
import { createUser } from '../services/users/create-user.ts';
import { grantRole } from '../services/users/grant-role.ts';

/** `mandate create-user`: an account, optionally with one role on a unit given by its code. */
export async function createUserCommand(
  db: Db,
  opts: {
    username?: string;
    password?: string;
    name?: string;
    role?: string;
    unit?: string;
    subtree?: boolean;
  },
): Promise<number> {
  if (!opts.username || !opts.password) {
    console.error(
      'Usage: mandate create-user --username U --password P [--name N] [--role ROLE --unit CODE [--subtree]]',
    );
    return 1;
  }
  if (opts.role && !ROLES.includes(opts.role as Role)) {
    console.error(`Unknown role "${opts.role}". Roles: ${ROLES.join(', ')}`);
    return 1;
  }
  const ctx = systemContext(db, systemClock);
  try {
    let unitId: string | undefined;
    if (opts.role) {
      const [unit] = await db
        .select()
        .from(units)
        .where(and(eq(units.code, opts.unit ?? ''), isNull(units.closedOn)));
      if (!unit) {
        console.error(`No open unit with code "${opts.unit}".`);
        return 1;
      }
      unitId = unit.id;
    }
    const user = await createUser(ctx, {
      username: opts.username,
      password: opts.password,
      displayName: opts.name ?? opts.username,
      mustChangePassword: false,
    });
    if (opts.role && unitId)
      await grantRole(ctx, {
        userId: user.id,
        role: opts.role as Role,
        unitId,
        includeSubtree: !!opts.subtree,
      });
    console.log(
      `Created user ${user.username}${opts.role ? ` with role ${opts.role} on ${opts.unit}` : ''}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(errorMessage(error.code, 'en', error.params));
      return 1;
    }
    throw error;
  }
}
