/**
 * Loads a council with what the caller is to it. The council is seen by the assigning
 * body (its assigner, admins over it), by its members, and by holders of the
 * council_member role over the assigning unit; anyone else gets 404.
 */
import { and, eq } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { councilMembers, councils } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { canAssignFrom } from '../../domain/assignment-access.ts';
import { hasRoleOn } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { windowState } from './rules.ts';

export const councilNotFound = () => new AppError('council_not_found');

/** The council, optionally locked (`update` to change it, `share` while scoring under it). */
export async function loadCouncilAccess(
  ctx: ServiceContext,
  q: Queryable,
  id: string,
  lock?: 'update' | 'share',
) {
  const query = q.select().from(councils).where(eq(councils.id, id));
  const [council] = lock ? await query.for(lock) : await query;
  if (!council) throw councilNotFound();
  const assigningUnit = (await findUnit(q, council.assigningUnitId))!;
  const [member] = ctx.actor.userId
    ? await q
        .select()
        .from(councilMembers)
        .where(and(eq(councilMembers.councilId, id), eq(councilMembers.userId, ctx.actor.userId)))
    : [];
  const isAssigner = canAssignFrom(ctx.actor, assigningUnit);
  const isAdmin = hasRoleOn(ctx.actor, assigningUnit, ['admin']);
  const isChair = member?.role === 'chair';
  const canSee = isAssigner || isAdmin || !!member || hasRoleOn(ctx.actor, assigningUnit, ['council_member']);
  if (!canSee) throw councilNotFound();
  const today = vietnamDate(ctx.clock());
  const state = windowState(council, today);
  return {
    council,
    assigningUnit,
    member: member ?? null,
    isAssigner,
    isAdmin,
    isChair,
    today,
    state,
    /** Forms and edits the council: the assigner of the unit, or an admin over it. */
    canManage: isAssigner || isAdmin,
  };
}

export type CouncilAccess = Awaited<ReturnType<typeof loadCouncilAccess>>;

/** What the caller may do with the council now (sent as abilities). */
export function councilAbilities(a: CouncilAccess) {
  const open = !a.council.finalizedAt && a.state !== 'closed';
  return {
    edit: a.canManage && open,
    editMembers: a.canManage && a.state === 'not_open',
    close: (a.isChair || a.isAssigner) && a.state === 'open',
    progress: a.isChair || a.isAssigner || a.isAdmin,
    scores: (!!a.member || a.isAssigner || a.isAdmin) && a.state === 'closed',
    score: !!a.member && a.state === 'open',
  };
}

/** The council as lists show it. */
export function presentCouncilSummary(a: CouncilAccess, memberCount: number) {
  const c = a.council;
  return {
    id: c.id,
    cycleId: c.cycleId,
    assigningUnit: { id: a.assigningUnit.id, name: a.assigningUnit.name, code: a.assigningUnit.code },
    name: c.name,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    closedAt: c.closedAt?.toISOString() ?? null,
    finalizedAt: c.finalizedAt?.toISOString() ?? null,
    windowState: a.state,
    memberCount,
    myRole: (a.member?.role ?? null) as 'chair' | 'member' | null,
    version: c.version,
    abilities: councilAbilities(a),
  };
}
