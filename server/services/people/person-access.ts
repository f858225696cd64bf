import type { Queryable } from '../../db/client.ts';
import { findPerson } from '../../db/repositories/people.ts';
import { unitsOfPerson } from '../../db/repositories/posts.ts';
import { notFound } from '../../domain/app-error.ts';
import { canReadPerson } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';

/** The person, if the caller may see them; someone outside their scope does not exist for them (404). */
export async function findVisiblePerson(ctx: ServiceContext, q: Queryable, personId: string) {
  const person = await findPerson(q, personId);
  if (!person || !canReadPerson(ctx.actor, personId, await unitsOfPerson(q, personId)))
    throw notFound('person');
  return person;
}
