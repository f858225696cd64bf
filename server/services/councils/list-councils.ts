import { asc, count, eq, inArray } from 'drizzle-orm';
import { findCycle } from '../../db/repositories/cycles.ts';
import { councilMembers, councils } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canSeeCycle } from '../../domain/assignment-access.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilAccess, presentCouncilSummary } from './access.ts';

/** The councils of a cycle that the caller may see (assigning bodies, members, council_member grants). */
export async function listCouncils(ctx: ServiceContext, cycleId: string) {
  const found = await findCycle(ctx.db, cycleId);
  if (!found) throw notFound('cycle');
  const rows = await ctx.db
    .select({ id: councils.id })
    .from(councils)
    .where(eq(councils.cycleId, cycleId))
    .orderBy(asc(councils.createdAt));
  const ids = rows.map((r) => r.id);
  const counts = new Map(
    ids.length
      ? (
          await ctx.db
            .select({ id: councilMembers.councilId, n: count() })
            .from(councilMembers)
            .where(inArray(councilMembers.councilId, ids))
            .groupBy(councilMembers.councilId)
        ).map((r) => [r.id, r.n])
      : [],
  );
  const visible = [];
  // Councils are few per cycle (one per assigning unit): one access check each is cheap.
  for (const { id } of rows) {
    try {
      visible.push(presentCouncilSummary(await loadCouncilAccess(ctx, ctx.db, id), counts.get(id) ?? 0));
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'council_not_found')) throw error;
    }
  }
  // Members may hold no role anywhere: their seat alone shows them the cycle's council.
  if (visible.length === 0 && !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
  return visible;
}
