import { findUnit, listChildren, listVisibleTops, searchUnits } from '../../db/repositories/units.ts';
import { notFound } from '../../domain/app-error.ts';
import { canReadUnit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';

/** Lists units for the tree: children of a unit, the caller's topmost units, or a name/code search. */
export async function listUnits(
  ctx: ServiceContext,
  query: { parentId?: string; q?: string; includeClosed?: boolean; limit?: number },
) {
  const includeClosed = query.includeClosed ?? false;
  if (query.q) {
    const rows = await searchUnits(ctx.db, ctx.actor, query.q, query.limit ?? 50);
    return rows.map((unit) => ({ unit, childCount: undefined }));
  }
  if (query.parentId) {
    const parent = await findUnit(ctx.db, query.parentId);
    if (!parent || !canReadUnit(ctx.actor, parent)) throw notFound('unit');
    return listChildren(ctx.db, ctx.actor, query.parentId, includeClosed);
  }
  return listVisibleTops(ctx.db, ctx.actor, includeClosed);
}
