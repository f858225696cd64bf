/**
 * Runs the scoring rules over a loaded cohort and stores each head's proposal with the
 * record of which numbers and conditions decided it. Proposals are recomputed freely
 * until the council finalizes; a finalized result is never overwritten.
 */
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { evaluationResults } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import type { DisqualifyingEvent, SubordinateResult } from '../../domain/scoring/classify.ts';
import { evaluateCohort, type HeadEvaluation, type Period } from '../../domain/scoring/evaluate.ts';
import { type EvaluationRecord, toEvaluationRecord } from '../../domain/scoring/evaluation-record.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import { proposeQuota, type QuotaProposal } from '../../domain/scoring/quota.ts';
import type { Deduction } from '../../domain/scoring/total.ts';
import type { ServiceContext } from '../context.ts';
import type { Cohort, CohortHead } from './load-cohort.ts';

/** What is stored as a result's explanation: the evaluation record and the inputs that shaped it. */
export interface StoredExplanation extends EvaluationRecord {
  assignmentId: string;
  quarter: number;
  asOf: string;
  deductionsApplied: Deduction[];
  disqualifyingEvents: DisqualifyingEvent[];
  /** Subordinate results from other cohorts that the sub-unit rule read. */
  subordinatesOutside: SubordinateResult[];
  /** Council members recused for this head (the head, or members of their unit), whether or not they saved a sheet. */
  recusedCouncilMemberIds: string[];
  /** Whether the cohort's quota proposal moves this head, or names them among heads tied at the cut. */
  quota: { move: boolean; tie: boolean };
}

export interface CohortEntry {
  head: CohortHead;
  evaluation: HeadEvaluation;
  record: StoredExplanation;
}

export interface ComputedCohort {
  cohort: Cohort;
  entries: CohortEntry[];
  /** Keyed by assignment id. */
  quota: QuotaProposal;
  skipped: { assignmentId: string; unitName: string }[];
  period: Period | null;
}

/** True when a task counts in the period: not cancelled, its deadline in force inside it. */
const dueIn = (period: Period) => (t: CohortHead['scoringTasks'][number]) => {
  const deadline = t.extendedDeadline || t.deadline;
  return !t.cancelled && t.weight > 0 && deadline >= period.from && deadline <= period.to;
};

/**
 * Evaluates the cohort: each head, the sub-unit rule within and across cohorts, then the
 * quota proposal over the cohort (keyed by assignment). A quarter leaves out heads with no
 * task due in it.
 */
export function computeCohort(
  cohort: Cohort,
  policy: ScoringPolicy,
  period: Period | null,
  quarter = 0,
): ComputedCohort {
  const counted = period ? cohort.heads.filter((h) => h.scoringTasks.some(dueIn(period))) : cohort.heads;
  const skipped = cohort.heads
    .filter((h) => !counted.includes(h))
    .map((h) => ({ assignmentId: h.assignment.id, unitName: h.unit.name }));
  if (counted.length === 0) throw new AppError('quarter_without_tasks', { quarter });
  const byPerson = new Map<string, CohortHead[]>();
  for (const h of counted) byPerson.set(h.person.id, [...(byPerson.get(h.person.id) ?? []), h]);
  const twice = [...byPerson.values()].find((hs) => hs.length > 1);
  if (twice) {
    throw new AppError('duplicate_head_in_cohort', { names: twice.map((h) => h.unit.name).join(', ') });
  }

  const evaluation = evaluateCohort(
    counted.map((h) => h.input),
    policy,
    period ?? undefined,
  );
  const quota = proposeQuota(
    evaluation.heads.map((e, i) => ({
      headId: counted[i].assignment.id,
      level: e.classification.level,
      total: e.total.rounded,
    })),
    policy,
  );
  const moved = new Set(quota.move);
  const tied = new Set(quota.tie?.headIds ?? []);
  const entries = evaluation.heads.map((e, i): CohortEntry => {
    const head = counted[i];
    return {
      head,
      evaluation: e,
      record: {
        ...toEvaluationRecord(e),
        assignmentId: head.assignment.id,
        quarter,
        asOf: cohort.scope.asOf,
        deductionsApplied: [...(head.input.deductions ?? [])],
        disqualifyingEvents: [...(head.input.disqualifyingEvents ?? [])],
        subordinatesOutside: [...(head.input.subordinates ?? [])],
        recusedCouncilMemberIds: head.recusedMemberIds,
        quota: { move: moved.has(head.assignment.id), tie: tied.has(head.assignment.id) },
      },
    };
  });
  return { cohort, entries, quota, skipped, period };
}

/** Upserts each head's proposal for the quarter (0 = annual); refuses to touch a finalized result. */
export async function storeProposals(tx: Tx, ctx: ServiceContext, computed: ComputedCohort, quarter: number) {
  const stored: (typeof evaluationResults.$inferSelect)[] = [];
  for (const { head, evaluation, record } of computed.entries) {
    const [existing] = await tx
      .select()
      .from(evaluationResults)
      .where(
        and(eq(evaluationResults.assignmentId, head.assignment.id), eq(evaluationResults.quarter, quarter)),
      )
      .for('update');
    if (existing?.finalizedAt) throw new AppError('results_locked');
    const values = {
      personId: head.person.id,
      total: evaluation.total.rounded,
      proposedLevel: evaluation.classification.level,
      quotaProposedLevel: record.quota.move ? 'good' : null,
      explanation: record,
      updatedAt: ctx.clock(),
    };
    const [row] = existing
      ? await tx
          .update(evaluationResults)
          .set({ ...values, version: sql`${evaluationResults.version} + 1` })
          .where(eq(evaluationResults.id, existing.id))
          .returning()
      : await tx
          .insert(evaluationResults)
          .values({ ...values, assignmentId: head.assignment.id, quarter })
          .returning();
    await appendAudit(tx, ctx, {
      action: quarter === 0 ? 'evaluation_result.propose' : 'evaluation_result.propose_quarter',
      entityType: 'evaluation_result',
      entityId: row.id,
      before: existing ? { ...existing, explanation: undefined } : null,
      after: { ...row, explanation: undefined },
    });
    stored.push(row);
  }
  return stored;
}
