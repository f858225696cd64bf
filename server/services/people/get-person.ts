import { vnDate } from '../../clock.ts';
import { findPerson, listPeople } from '../../db/repositories/people.ts';
import {
  currentPostsOf,
  historyOfPerson,
  unitsOfPeople,
  unitsOfPerson,
} from '../../db/repositories/posts.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { notFound } from '../../domain/app-error.ts';
import { canReadPerson, canReadUnit, canUpdatePerson } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';

/** A person with their whole post history across units (their record follows them across posts). */
export async function getPerson(ctx: ServiceContext, id: string) {
  const person = await findPerson(ctx.db, id);
  if (!person) throw notFound('person');
  const postUnits = await unitsOfPerson(ctx.db, id);
  if (!canReadPerson(ctx.actor, id, postUnits)) throw notFound('person');
  const [history, current] = await Promise.all([
    historyOfPerson(ctx.db, id),
    currentPostsOf(ctx.db, [id], vnDate(ctx.clock())),
  ]);
  return { person, history, currentPosts: current, canUpdate: canUpdatePerson(ctx.actor, postUnits) };
}

/** People the caller may see, with the posts each holds today. */
export async function searchPeople(
  ctx: ServiceContext,
  filter: { q?: string; unitId?: string; limit?: number },
) {
  if (filter.unitId) {
    const unit = await findUnit(ctx.db, filter.unitId);
    if (!unit || !canReadUnit(ctx.actor, unit)) throw notFound('unit');
  }
  const rows = await listPeople(ctx.db, ctx.actor, { ...filter, limit: filter.limit ?? 100 });
  const current = await currentPostsOf(
    ctx.db,
    rows.map((r) => r.id),
    vnDate(ctx.clock()),
  );
  const postUnits = await unitsOfPeople(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((person) => ({
    person,
    currentPosts: current.filter((c) => c.personId === person.id),
    canUpdate: canUpdatePerson(ctx.actor, postUnits.get(person.id) ?? []),
  }));
}
