import { eq, sql } from 'drizzle-orm';
import { vnDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { lockTree } from '../../db/locks.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { unitEvents, units } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { assertCanMove, childPath } from '../../domain/org-tree.ts';
import { canManageUnit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion, denyUnless } from '../guards.ts';

/** Moves a unit (and its whole subtree) under a new parent; moving under its own descendant is refused. */
export async function moveUnit(
  ctx: ServiceContext,
  id: string,
  input: { version: number; parentId: string; effectiveOn?: string },
) {
  return ctx.db.transaction(async (tx) => {
    // Paths are materialized: every writer of a path takes the tree lock, so a move never misses a new descendant.
    await lockTree(tx);
    const unit = await findUnit(tx, id, true);
    if (!unit) throw notFound('unit');
    denyUnless(canManageUnit(ctx.actor, unit), ctx.actor, unit, 'unit');
    const parent = await findUnit(tx, input.parentId, true);
    if (!parent) throw notFound('unit');
    denyUnless(canManageUnit(ctx.actor, parent), ctx.actor, parent, 'unit');
    assertVersion(unit, input.version);
    assertCanMove(unit, parent);
    const newPath = childPath(parent, unit.id);
    const depthShift = parent.depth + 1 - unit.depth;
    // One statement rewrites the whole subtree's paths, so a concurrent reader never sees half a move.
    await tx.execute(sql`
      update ${units}
         set path = ${newPath} || substr(path, ${unit.path.length + 1}),
             depth = depth + ${depthShift}
       where path like ${`${unit.path}%`} and id <> ${unit.id}`);
    const [row] = await tx
      .update(units)
      .set({
        parentId: parent.id,
        path: newPath,
        depth: parent.depth + 1,
        version: sql`${units.version} + 1`,
        updatedAt: ctx.clock(),
      })
      .where(eq(units.id, id))
      .returning();
    await tx.insert(unitEvents).values({
      unitId: id,
      kind: 'moved',
      effectiveOn: input.effectiveOn ?? vnDate(ctx.clock()),
      details: { fromParentId: unit.parentId, toParentId: parent.id },
    });
    await appendAudit(tx, ctx, {
      action: 'unit.move',
      entityType: 'unit',
      entityId: id,
      before: unit,
      after: row,
    });
    return row;
  });
}
