import { appendAudit } from '../../db/audit-log.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { cycles, policyVersions } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canManageCycle } from '../../domain/assignment-access.ts';
import { policyPreset } from '../../domain/scoring/policy.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';

export type CreateCycleInput = {
  ownerUnitId: string;
  name: string;
  kind: 'year' | 'term';
  startsOn: string;
  endsOn: string;
  preset: 'qd366' | 'product-only';
};

/** Opens an evaluation cycle for an assigning unit, with version 1 of the chosen policy preset. */
export async function createCycle(ctx: ServiceContext, input: CreateCycleInput) {
  if (input.endsOn <= input.startsOn)
    throw new AppError('cycle_dates_invalid', {}, [{ field: 'endsOn', code: 'cycle_dates_invalid' }]);
  const policy = { ...policyPreset(input.preset), version: 1 };
  return ctx.db.transaction(async (tx) => {
    const owner = await findUnit(tx, input.ownerUnitId);
    if (!owner) throw notFound('unit');
    denyUnless(canManageCycle(ctx.actor, owner), ctx.actor, owner, 'unit');
    const [cycle] = await tx
      .insert(cycles)
      .values({
        ownerUnitId: owner.id,
        name: input.name,
        kind: input.kind,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      })
      .returning();
    const [pv] = await tx
      .insert(policyVersions)
      .values({
        cycleId: cycle.id,
        version: 1,
        preset: input.preset,
        params: policy,
        createdBy: ctx.actor.userId || null,
      })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'cycle.create',
      entityType: 'cycle',
      entityId: cycle.id,
      after: { cycle, policy: pv },
    });
    return cycle;
  });
}
