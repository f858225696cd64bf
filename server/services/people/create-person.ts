import { appendAudit } from '../../db/audit-log.ts';
import { people } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { type Actor, canManageUsers } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';

export type PersonInput = {
  fullName: string;
  birthYear?: number | null;
  gender?: string | null;
  email?: string | null;
  phone?: string | null;
};

/** Anyone who manages posts somewhere (admin or assigner) may record a new person. */
function canCreatePerson(actor: Actor): boolean {
  return canManageUsers(actor) || actor.grants.some((g) => g.role === 'assigner');
}

/** Records a person (cán bộ); posts are given to them separately, by appointment. */
export async function createPerson(ctx: ServiceContext, input: PersonInput) {
  if (!canCreatePerson(ctx.actor)) throw new AppError('forbidden');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(people)
      .values({
        fullName: input.fullName,
        birthYear: input.birthYear ?? null,
        gender: input.gender ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
      })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'person.create',
      entityType: 'person',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
