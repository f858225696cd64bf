import { eq, sql } from 'drizzle-orm';
import { vnDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { codeTaken, findUnit } from '../../db/repositories/units.ts';
import { unitEvents, units } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canManageUnit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion, denyUnless } from '../guards.ts';

export type UpdateUnitInput = {
  version: number;
  kind?: string;
  code?: string;
  name?: string;
  shortName?: string | null;
  effectiveOn?: string;
};

/** Renames or re-codes a unit; a rename is kept in the unit's lineage with the old name. */
export async function updateUnit(ctx: ServiceContext, id: string, input: UpdateUnitInput) {
  return ctx.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id, true);
    if (!unit) throw notFound('unit');
    denyUnless(canManageUnit(ctx.actor, unit), ctx.actor, unit, 'unit');
    assertVersion(unit, input.version);
    if (unit.closedOn) throw new AppError('unit_closed');
    if (input.code && input.code !== unit.code && (await codeTaken(tx, input.code, id))) {
      throw new AppError('duplicate_code', { code: input.code }, [{ field: 'code', code: 'duplicate_code' }]);
    }
    const [row] = await tx
      .update(units)
      .set({
        kind: input.kind ?? unit.kind,
        code: input.code ?? unit.code,
        name: input.name ?? unit.name,
        shortName: input.shortName === undefined ? unit.shortName : input.shortName,
        version: sql`${units.version} + 1`,
        updatedAt: ctx.clock(),
      })
      .where(eq(units.id, id))
      .returning();
    if (input.name && input.name !== unit.name) {
      await tx.insert(unitEvents).values({
        unitId: id,
        kind: 'renamed',
        effectiveOn: input.effectiveOn ?? vnDate(ctx.clock()),
        details: { from: unit.name, to: input.name },
      });
    }
    await appendAudit(tx, ctx, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: id,
      before: unit,
      after: row,
    });
    return row;
  });
}
