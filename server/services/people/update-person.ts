import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { findPerson } from '../../db/repositories/people.ts';
import { unitsOfPerson } from '../../db/repositories/posts.ts';
import { people } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canReadPerson, canUpdatePerson } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import type { PersonInput } from './create-person.ts';

/** Edits a person's record, with optimistic concurrency. */
export async function updatePerson(
  ctx: ServiceContext,
  id: string,
  input: Partial<PersonInput> & { version: number },
) {
  return ctx.db.transaction(async (tx) => {
    const person = await findPerson(tx, id, true);
    if (!person) throw notFound('person');
    const postUnits = await unitsOfPerson(tx, id);
    if (!canReadPerson(ctx.actor, id, postUnits)) throw notFound('person');
    if (!canUpdatePerson(ctx.actor, postUnits)) throw new AppError('forbidden');
    assertVersion(person, input.version);
    const { version: _v, ...changes } = input;
    const [row] = await tx
      .update(people)
      .set({ ...changes, version: sql`${people.version} + 1`, updatedAt: ctx.clock() })
      .where(eq(people.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      before: person,
      after: row,
    });
    return row;
  });
}
