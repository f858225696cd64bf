/**
 * Who sees a personnel result (SPEC §5): the person evaluated, the assigning body (exact
 * assigner of the result's assigning unit), the members of that cohort's council, and
 * admins over the assigning unit. Anyone else gets a 404, as if it did not exist.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { councilMembers, councils, evaluationResults } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { type Actor, hasRoleOn } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { holdsExact, isMemberActor, loadMembers } from '../evaluation/council-access.ts';

type UnitRef = { id: string; path: string };

/**
 * The account of the person evaluated. An account linked to a person is that person's; an
 * account linked to nobody counts as the head's own when it holds the exact head grant on
 * the unit (accounts created before people were recorded). A delegate never is.
 */
export function isEvaluatedPerson(actor: Actor, personId: string | null, assigneeUnitId: string): boolean {
  if (actor.personId !== null) return personId !== null && actor.personId === personId;
  return holdsExact(actor, 'head', assigneeUnitId);
}

export interface ResultScope {
  personId: string | null;
  /** The person sees a result once it is finalized (or a quarter's provisional one), not the proposal. */
  published: boolean;
  assigningUnit: UnitRef;
  assigneeUnitId: string;
  /** Members of the cohort's council (empty when none was formed). */
  members: { userId: string | null; personId: string }[];
}

/** The caller's standing towards one result. */
export function resultRoles(actor: Actor, s: ResultScope) {
  const isAssigner = holdsExact(actor, 'assigner', s.assigningUnit.id);
  const isAdmin = hasRoleOn(actor, s.assigningUnit, ['admin']);
  const isMember = s.members.some((m) => isMemberActor(actor, m));
  const isPerson = s.published && isEvaluatedPerson(actor, s.personId, s.assigneeUnitId);
  return { isAssigner, isAdmin, isMember, isPerson, canRead: isAssigner || isAdmin || isMember || isPerson };
}

/** Council members of each (cycle, assigning unit), for filtering many results at once. */
export async function membersByCohort(q: Queryable, cohorts: { cycleId: string; assigningUnitId: string }[]) {
  const map = new Map<string, { userId: string | null; personId: string }[]>();
  const cycleIds = [...new Set(cohorts.map((c) => c.cycleId))];
  if (cycleIds.length === 0) return map;
  const rows = await q
    .select({
      cycleId: councils.cycleId,
      assigningUnitId: councils.assigningUnitId,
      userId: councilMembers.userId,
      personId: councilMembers.personId,
    })
    .from(councilMembers)
    .innerJoin(councils, eq(councils.id, councilMembers.councilId))
    .where(inArray(councils.cycleId, cycleIds));
  for (const r of rows) {
    const key = `${r.cycleId}:${r.assigningUnitId}`;
    map.set(key, [...(map.get(key) ?? []), { userId: r.userId, personId: r.personId }]);
  }
  return map;
}

/** Loads a result with its assignment, units and council; 404 unless the caller may see it. */
export async function loadResultContext(ctx: ServiceContext, q: Queryable, resultId: string, lock = false) {
  const query = q.select().from(evaluationResults).where(eq(evaluationResults.id, resultId));
  const [result] = lock ? await query.for('update') : await query;
  if (!result) throw new AppError('result_not_found');
  const assignment = (await findAssignment(q, result.assignmentId))!;
  const assigningUnit = (await findUnit(q, assignment.assigningUnitId))!;
  const assigneeUnit = (await findUnit(q, assignment.assigneeUnitId))!;
  const [council] = await q
    .select()
    .from(councils)
    .where(
      and(eq(councils.cycleId, assignment.cycleId), eq(councils.assigningUnitId, assignment.assigningUnitId)),
    );
  const members = council ? await loadMembers(q, council.id) : [];
  const roles = resultRoles(ctx.actor, {
    personId: result.personId,
    published: result.finalizedAt !== null || result.quarter > 0,
    assigningUnit,
    assigneeUnitId: assigneeUnit.id,
    members,
  });
  if (!roles.canRead) throw new AppError('result_not_found');
  return { result, assignment, assigningUnit, assigneeUnit, council: council ?? null, roles };
}
