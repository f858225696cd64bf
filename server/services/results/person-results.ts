/**
 * A person's results across cycles and posts (the person page). Each result is shown only
 * to those who may see it (see result-access.ts); a caller who may see none of them, and
 * is neither the person nor an admin over a unit where they served, gets a 404.
 */
import { eq, inArray } from 'drizzle-orm';
import { findPerson } from '../../db/repositories/people.ts';
import { unitsOfPerson } from '../../db/repositories/posts.ts';
import { evaluationResults, units } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { hasRoleOn } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { loadResultRows, presentResults } from './present.ts';
import { membersByCohort, resultRoles } from './result-access.ts';

/** GET /people/{id}/results. */
export async function getPersonResults(ctx: ServiceContext, personId: string) {
  const person = await findPerson(ctx.db, personId);
  if (!person) throw notFound('person');
  const rows = await loadResultRows(ctx.db, eq(evaluationResults.personId, personId));
  const assigningIds = [...new Set(rows.map((r) => r.assignment.assigningUnitId))];
  const assigning = new Map(
    assigningIds.length
      ? (
          await ctx.db
            .select({ id: units.id, path: units.path })
            .from(units)
            .where(inArray(units.id, assigningIds))
        ).map((u) => [u.id, u] as const)
      : [],
  );
  const members = await membersByCohort(
    ctx.db,
    rows.map((r) => ({ cycleId: r.assignment.cycleId, assigningUnitId: r.assignment.assigningUnitId })),
  );
  const visible = rows.filter(
    (r) =>
      resultRoles(ctx.actor, {
        personId: r.result.personId,
        published: r.result.finalizedAt !== null || r.result.quarter > 0,
        assigningUnit: assigning.get(r.assignment.assigningUnitId)!,
        assigneeUnitId: r.assignment.assigneeUnitId,
        members: members.get(`${r.assignment.cycleId}:${r.assignment.assigningUnitId}`) ?? [],
      }).canRead,
  );
  const itself = ctx.actor.personId === personId;
  const admin =
    itself || (await unitsOfPerson(ctx.db, personId)).some((u) => hasRoleOn(ctx.actor, u, ['admin']));
  if (!itself && !admin && visible.length === 0) throw notFound('person');
  // newest cycle first; within a cycle the annual result before the quarters
  visible.sort(
    (a, b) => b.cycle.startsOn.localeCompare(a.cycle.startsOn) || a.result.quarter - b.result.quarter,
  );
  const results = await presentResults(ctx.db, visible, ctx.locale);
  return { personId, fullName: person.fullName, results };
}
