import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { countOpenChildren, findUnit } from '../../db/repositories/units.ts';
import { unitEvents, units } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { assertCanClose } from '../../domain/org-tree.ts';
import { canManageUnit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion, denyUnless } from '../guards.ts';

/** Closes (dissolves) a unit from a date; it keeps its history and frees its code. */
export async function closeUnit(
  ctx: ServiceContext,
  id: string,
  input: { version: number; closedOn: string; reason?: string },
) {
  return ctx.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id, true);
    if (!unit) throw notFound('unit');
    denyUnless(canManageUnit(ctx.actor, unit), ctx.actor, unit, 'unit');
    assertVersion(unit, input.version);
    assertCanClose(unit, input.closedOn, await countOpenChildren(tx, id));
    const [row] = await tx
      .update(units)
      .set({ closedOn: input.closedOn, version: sql`${units.version} + 1`, updatedAt: ctx.clock() })
      .where(eq(units.id, id))
      .returning();
    await tx.insert(unitEvents).values({
      unitId: id,
      kind: 'closed',
      effectiveOn: input.closedOn,
      details: { reason: input.reason ?? null },
    });
    await appendAudit(tx, ctx, {
      action: 'unit.close',
      entityType: 'unit',
      entityId: id,
      before: unit,
      after: row,
    });
    return row;
  });
}
