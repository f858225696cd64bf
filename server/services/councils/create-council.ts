import type { CreateCouncilInput } from '../../../contracts/councils.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { councilMembers, councils } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canAssignFrom, canSeeCycle } from '../../domain/assignment-access.ts';
import { canReadUnit, hasRoleOn } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { resolveMembers } from './members.ts';
import { checkWindowDates } from './rules.ts';

/**
 * Forms the advisory council of one cohort (the heads `assigningUnitId` assigns in the
 * cycle): its members, chair and scoring window. By the unit's assigner or an admin over it;
 * one council per assigning unit and cycle.
 */
export async function createCouncil(ctx: ServiceContext, cycleId: string, input: CreateCouncilInput) {
  return ctx.db.transaction(async (tx) => {
    const found = await findCycle(tx, cycleId);
    if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
    const unit = await findUnit(tx, input.assigningUnitId);
    if (!unit || !(canReadUnit(ctx.actor, unit) || canAssignFrom(ctx.actor, unit))) throw notFound('unit');
    if (!canAssignFrom(ctx.actor, unit) && !hasRoleOn(ctx.actor, unit, ['admin']))
      throw new AppError('forbidden');
    checkWindowDates(input.opensOn, input.closesOn, found.cycle.startsOn);
    const members = await resolveMembers(tx, input.members);
    const [council] = await tx
      .insert(councils)
      .values({
        cycleId,
        assigningUnitId: unit.id,
        name: input.name,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        createdBy: ctx.actor.userId || null,
      })
      .onConflictDoNothing()
      .returning();
    if (!council) throw new AppError('council_exists');
    const memberRows = await tx
      .insert(councilMembers)
      .values(members.map((m) => ({ ...m, councilId: council.id })))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'council.create',
      entityType: 'council',
      entityId: council.id,
      after: { ...council, members: memberRows },
    });
    return council;
  });
}
