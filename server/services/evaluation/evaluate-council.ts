/**
 * The assigning body computes its cohort's proposed results once the council's scoring
 * window has closed: every head gets a total, a proposed level with its explanation,
 * and the cohort a quota proposal. Recomputable until finalization. Heads who have
 * self-assessed move to "scored".
 */
import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { assignments } from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { getCouncilResults } from '../results/get-results.ts';
import { type ComputedCohort, computeCohort, storeProposals } from './compute-cohort.ts';
import {
  type CouncilContext,
  finalizedOn,
  loadCouncilContext,
  requireAssigner,
  scoringClosed,
} from './council-access.ts';
import { loadCohort } from './load-cohort.ts';
import { evaluateQuarter } from './quarterly.ts';

/** The annual evaluation of a council's cohort as of the day its scoring opened. */
export async function computeAnnual(q: Queryable, c: CouncilContext): Promise<ComputedCohort> {
  const { council } = c;
  const cohort = await loadCohort(
    q,
    {
      cycleId: council.cycleId,
      assigningUnitId: council.assigningUnitId,
      councilId: council.id,
      asOf: council.opensOn,
      headsOn: council.opensOn,
      quarter: 0,
    },
    c.policy,
  );
  return computeCohort(cohort, c.policy, null);
}

/** Refuses once finalized, and while members may still score. */
export function assertEvaluable(c: CouncilContext): void {
  if (c.council.finalizedAt) throw new AppError('council_finalized', { finalizedOn: finalizedOn(c.council) });
  if (!scoringClosed(c.council, c.today))
    throw new AppError('council_window_open', { closesOn: formatShortDate(c.council.closesOn) });
}

/** Self-assessed assignments of the cohort are now scored (lifecycle), audited. */
export async function markScored(tx: Tx, ctx: ServiceContext, computed: ComputedCohort) {
  for (const { head } of computed.entries) {
    if (head.assignment.state !== 'self_assessed') continue;
    const [row] = await tx
      .update(assignments)
      .set({ state: 'scored', version: sql`${assignments.version} + 1`, updatedAt: ctx.clock() })
      .where(eq(assignments.id, head.assignment.id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'assignment.score',
      entityType: 'assignment',
      entityId: row.id,
      before: head.assignment,
      after: row,
    });
    head.assignment = row;
  }
}

/**
 * POST /councils/{id}/evaluate: stores the proposals and returns the cohort table. With a
 * quarter, the quarter's provisional results of the same cohort instead.
 */
export async function evaluateCouncil(
  ctx: ServiceContext,
  councilId: string,
  opts: { quarter?: number } = {},
) {
  if (opts.quarter) {
    const c = await loadCouncilContext(ctx, ctx.db, councilId);
    requireAssigner(c);
    return evaluateQuarter(ctx, {
      cycleId: c.council.cycleId,
      assigningUnitId: c.council.assigningUnitId,
      quarter: opts.quarter,
    });
  }
  await ctx.db.transaction(async (tx) => {
    const c = await loadCouncilContext(ctx, tx, councilId, true);
    requireAssigner(c);
    assertEvaluable(c);
    const computed = await computeAnnual(tx, c);
    await storeProposals(tx, ctx, computed, 0);
    await markScored(tx, ctx, computed);
  });
  return getCouncilResults(ctx, councilId);
}
