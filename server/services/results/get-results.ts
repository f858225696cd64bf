/**
 * The cohort's result table (annual, or one quarter's provisional results), read by the
 * assigning body, the council's members and admins only.
 */
import { and, eq } from 'drizzle-orm';
import type { CohortDto } from '../../../contracts/results.ts';
import type { Queryable } from '../../db/client.ts';
import { assignments, evaluationResults } from '../../db/schema/index.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilContext, requireResultsReader } from '../evaluation/council-access.ts';
import { cohortAssignments } from '../evaluation/load-cohort.ts';
import { type CohortRef, loadCohortAccess } from '../evaluation/quarterly.ts';
import { loadResultRows, presentResults, quotaOf } from './present.ts';

/** The stored results of one cohort and quarter, presented. */
export async function cohortTable(
  ctx: ServiceContext,
  q: Queryable,
  ref: CohortRef & { council: { id: string; finalizedAt: Date | null; version: number } | null },
  policy: ScoringPolicy,
): Promise<CohortDto> {
  const rows = await loadResultRows(
    q,
    and(
      eq(assignments.cycleId, ref.cycleId),
      eq(assignments.assigningUnitId, ref.assigningUnitId),
      eq(evaluationResults.quarter, ref.quarter),
    )!,
  );
  const results = await presentResults(q, rows, ctx.locale);
  const withResult = new Set(rows.map((r) => r.result.assignmentId));
  const skipped =
    ref.quarter > 0 && rows.length > 0
      ? (await cohortAssignments(q, ref.cycleId, ref.assigningUnitId))
          .filter((a) => !withResult.has(a.assignment.id))
          .map((a) => ({ assignmentId: a.assignment.id, unitName: a.unit.name }))
      : [];
  return {
    councilId: ref.council?.id ?? null,
    cycleId: ref.cycleId,
    assigningUnitId: ref.assigningUnitId,
    quarter: ref.quarter,
    provisional: ref.quarter > 0,
    finalizedAt: ref.quarter === 0 ? (ref.council?.finalizedAt?.toISOString() ?? null) : null,
    councilVersion: ref.council?.version ?? null,
    results,
    quota: quotaOf(results, policy, ctx.locale),
    skipped,
  };
}

/** GET /councils/{id}/results[?quarter=N]. */
export async function getCouncilResults(ctx: ServiceContext, councilId: string, quarter = 0) {
  const c = await loadCouncilContext(ctx, ctx.db, councilId);
  requireResultsReader(c);
  return cohortTable(
    ctx,
    ctx.db,
    {
      cycleId: c.council.cycleId,
      assigningUnitId: c.council.assigningUnitId,
      quarter,
      council: c.council,
    },
    c.policy,
  );
}

/** GET /cycles/{cycleId}/quarterly?assigningUnitId=&quarter=: the stored provisional results. */
export async function getQuarterlyResults(ctx: ServiceContext, ref: CohortRef) {
  const a = await loadCohortAccess(ctx, ctx.db, ref);
  return cohortTable(ctx, ctx.db, { ...ref, council: a.council }, a.policy);
}
