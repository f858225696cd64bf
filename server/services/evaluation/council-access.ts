/**
 * A council with its cycle, policy, assigning unit and members, and what the caller is to
 * it. Personnel results are read only by the assigning body, the council's members and
 * admins (SPEC §5): everyone else gets a 404, as if the council did not exist.
 */
import { asc, eq } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { currentPolicy, findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { councilMembers, councils, people } from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import { type Actor, hasRoleOn } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { councilNotFound } from '../councils/access.ts';

export type CouncilRow = typeof councils.$inferSelect;

/** True when the actor holds `role` on exactly this unit (acting roles are exact, not inherited). */
export const holdsExact = (actor: Actor, role: string, unitId: string): boolean =>
  actor.grants.some((g) => g.role === role && g.unitId === unitId);

/** The council's members in order, with their names. */
export async function loadMembers(q: Queryable, councilId: string) {
  return q
    .select({
      id: councilMembers.id,
      personId: councilMembers.personId,
      userId: councilMembers.userId,
      role: councilMembers.role,
      position: councilMembers.position,
      fullName: people.fullName,
    })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(asc(councilMembers.position));
}

export type MemberRow = Awaited<ReturnType<typeof loadMembers>>[number];

/** Whether `actor` sits on the council: by the member's account, or by the account's person. */
export const isMemberActor = (actor: Actor, m: { userId: string | null; personId: string }): boolean =>
  (m.userId !== null && m.userId === actor.userId) ||
  (actor.personId !== null && m.personId === actor.personId);

/** Loads a council (optionally locked) with its context; 404 when it does not exist. */
export async function loadCouncilContext(ctx: ServiceContext, q: Queryable, councilId: string, lock = false) {
  const query = q.select().from(councils).where(eq(councils.id, councilId));
  const [council] = lock ? await query.for('update') : await query;
  if (!council) throw councilNotFound();
  // Sequential on purpose: inside a transaction all queries share one connection.
  const assigningUnit = (await findUnit(q, council.assigningUnitId))!;
  const cycle = (await findCycle(q, council.cycleId))!.cycle;
  const policy = (await currentPolicy(q, council.cycleId))!.params;
  const members = await loadMembers(q, councilId);
  const isAssigner = holdsExact(ctx.actor, 'assigner', assigningUnit.id);
  const isAdmin = hasRoleOn(ctx.actor, assigningUnit, ['admin']);
  const member = members.find((m) => isMemberActor(ctx.actor, m)) ?? null;
  const today = vietnamDate(ctx.clock());
  return {
    council,
    assigningUnit,
    cycle,
    policy,
    members,
    today,
    roles: { isAssigner, isAdmin, member, canReadResults: isAssigner || isAdmin || member !== null },
  };
}

export type CouncilContext = Awaited<ReturnType<typeof loadCouncilContext>>;

/** 404 unless the caller may read the council's results. */
export function requireResultsReader(c: CouncilContext): void {
  if (!c.roles.canReadResults) throw councilNotFound();
}

/** The assigning body acts; readers who are not it get 403, everyone else 404. */
export function requireAssigner(c: CouncilContext): void {
  requireResultsReader(c);
  if (!c.roles.isAssigner) throw new AppError('forbidden');
}

/** Scoring is over once the window's last day has passed or the council closed it early. */
export function scoringClosed(council: CouncilRow, today: string): boolean {
  return council.closedAt !== null || today > council.closesOn;
}

/** The day the council finalized, in Vietnam, for messages. */
export const finalizedOn = (council: CouncilRow): string | null =>
  council.finalizedAt ? formatShortDate(vietnamDate(council.finalizedAt)) : null;
