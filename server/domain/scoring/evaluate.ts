import {
  aggregateCouncil,
  type CriterionAggregate,
  type HeadRef,
  type MemberScoreSheet,
  type TaskAggregate,
} from './aggregate.ts';
import {
  applySubUnitRule,
  type Classification,
  classifyHead,
  type DisqualifyingEvent,
  type SubordinateResult,
} from './classify.ts';
import { DomainError } from './errors.ts';
import { div, fromHundredths, ONE, type Rational } from './exact.ts';
import { assertValidPolicy, type ScoringPolicy } from './policy.ts';
import { proposeQuota, type QuotaProposal } from './quota.ts';
import {
  computeTaskFacts,
  type IsoDate,
  proposeTaskScore,
  type ScoringTask,
  type TaskFacts,
  type TaskProposal,
} from './task-facts.ts';
import { computeTotal, type Deduction, type Total } from './total.ts';

/** Everything needed to evaluate one head for one cycle. */
export interface HeadEvaluationInput {
  head: HeadRef & { parentUnitId?: string | null };
  tasks: readonly ScoringTask[];
  sheets: readonly MemberScoreSheet[];
  deductions?: readonly Deduction[];
  disqualifyingEvents?: readonly DisqualifyingEvent[];
  /** Results of heads of units directly under this head's unit that are not in the cohort. */
  subordinates?: readonly SubordinateResult[];
  /** The day scoring opened: facts use only records dated on or before it. */
  asOf: IsoDate;
}

/** A quarter (or any span) for a provisional evaluation; both ends inclusive. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export interface TaskEvaluation {
  facts: TaskFacts;
  proposal: TaskProposal;
  aggregate: TaskAggregate;
}

export interface HeadEvaluation {
  headId: string;
  unitId: string;
  policy: { id: string; version: number };
  /** Quarterly results are provisional and never replace the annual one. */
  provisional: boolean;
  period: Period | null;
  /** The tasks that count (not cancelled; in the period when provisional). */
  tasks: TaskEvaluation[];
  cancelledTaskIds: string[];
  criteria: CriterionAggregate[];
  /** R / Σ weights of the counted tasks for a provisional result, else 1. */
  taskScale: Rational;
  total: Total;
  classification: Classification;
  recusedMemberIds: string[];
  /** Items nobody scored; a result with any is incomplete. */
  missing: { kind: 'task' | 'criterion'; id: string }[];
  complete: boolean;
  spreadFlags: { kind: 'task' | 'criterion'; id: string; spread: number }[];
}

/** Throws unless the weights of the tasks that are not cancelled add up to R. */
export function checkWeights(tasks: readonly ScoringTask[], policy: ScoringPolicy): void {
  const actual = tasks.filter((t) => !t.cancelled).reduce((s, t) => s + t.weight, 0);
  if (actual !== policy.resultsPart) {
    throw new DomainError('weights_must_sum_to_results_part', { expected: policy.resultsPart, actual });
  }
}

function evaluate(input: HeadEvaluationInput, policy: ScoringPolicy, period: Period | null): HeadEvaluation {
  assertValidPolicy(policy);
  const allFacts = input.tasks.map((t) => computeTaskFacts(t, input.asOf));
  const cancelledTaskIds = allFacts.filter((f) => f.cancelled).map((f) => f.taskId);
  const inPeriod = (f: TaskFacts) => !period || (f.deadline >= period.from && f.deadline <= period.to);
  const facts = allFacts.filter((f) => !f.cancelled && inPeriod(f));
  if (period && facts.length === 0) throw new DomainError('no_tasks_in_period', { ...period });
  if (!period) checkWeights(input.tasks, policy);

  const counted = new Set(facts.map((f) => f.taskId));
  // a provisional evaluation ignores scores of tasks outside its period
  const sheets = period
    ? input.sheets.map((s) => ({ ...s, tasks: s.tasks.filter((t) => counted.has(t.taskId)) }))
    : input.sheets;
  const aggregates = aggregateCouncil(sheets, input.head, period ? facts : allFacts, policy);
  const weightSum = facts.reduce((s, f) => s + f.weight, 0);
  if (period && weightSum === 0) throw new DomainError('no_tasks_in_period', { ...period });
  const taskScale = period ? div(fromHundredths(policy.resultsPart), fromHundredths(weightSum)) : ONE;

  const tasks = facts.map((f): TaskEvaluation => {
    const aggregate = aggregates.tasks.find((a) => a.taskId === f.taskId);
    if (!aggregate) throw new DomainError('task_not_aggregated', { taskId: f.taskId });
    return { facts: f, proposal: proposeTaskScore(f, policy), aggregate };
  });
  const total = computeTotal(
    {
      general: aggregates.criteria.map((c) => c.score),
      tasks: tasks.map((t) => t.aggregate.score),
      bonuses: tasks.map((t) => t.aggregate.bonus),
      deductions: input.deductions ?? [],
      taskScale,
    },
    policy,
  );
  const classification = classifyHead(
    {
      total: total.rounded,
      facts,
      disqualifyingEvents: input.disqualifyingEvents,
      subordinates: input.subordinates,
    },
    policy,
  );
  const spreadFlags = [
    ...aggregates.tasks
      .filter((a) => a.spreadFlagged)
      .map((a) => ({ kind: 'task' as const, id: a.taskId, spread: a.spread })),
    ...aggregates.criteria
      .filter((a) => a.spreadFlagged)
      .map((a) => ({ kind: 'criterion' as const, id: a.key, spread: a.spread })),
  ];
  return {
    headId: input.head.personId,
    unitId: input.head.unitId,
    policy: { id: policy.id, version: policy.version },
    provisional: period !== null,
    period,
    tasks,
    cancelledTaskIds,
    criteria: aggregates.criteria,
    taskScale,
    total,
    classification,
    recusedMemberIds: aggregates.recusedMemberIds,
    missing: aggregates.missing,
    complete: aggregates.missing.length === 0,
    spreadFlags,
  };
}

/** Evaluates one head for a cycle: facts → proposals → aggregates → total → classification. */
export function evaluateHead(input: HeadEvaluationInput, policy: ScoringPolicy): HeadEvaluation {
  return evaluate(input, policy, null);
}

/**
 * Quarterly provisional evaluation (Kết luận 198): the same rules on the tasks whose
 * deadline in force falls in the period, the results part scaled back to R.
 */
export function evaluateHeadProvisional(
  input: HeadEvaluationInput,
  policy: ScoringPolicy,
  period: Period,
): HeadEvaluation {
  if (!(period.from <= period.to)) throw new DomainError('invalid_period', { ...period });
  return evaluate(input, policy, period);
}

export interface CohortEvaluation {
  heads: HeadEvaluation[];
  /** Proposal only: levels in `heads` are not changed by it. */
  quota: QuotaProposal;
  provisional: boolean;
}

/**
 * Evaluates a cohort (same assigning body and cycle): each head, then the sub-unit rule
 * with subordinates that are in the cohort too, then the quota proposal. A provisional
 * cohort evaluation passes a period.
 */
export function evaluateCohort(
  heads: readonly HeadEvaluationInput[],
  policy: ScoringPolicy,
  period?: Period,
): CohortEvaluation {
  const ids = new Set<string>();
  for (const h of heads) {
    if (ids.has(h.head.personId)) throw new DomainError('duplicate_head', { headId: h.head.personId });
    ids.add(h.head.personId);
  }
  const base = heads.map((h) =>
    period ? evaluateHeadProvisional(h, policy, period) : evaluateHead(h, policy),
  );
  // one pass is enough: the rule never produces "not completed", the only level it reads
  const evaluations = base.map((e, i): HeadEvaluation => {
    const inCohort = heads
      .map((h, j): SubordinateResult | null =>
        h.head.parentUnitId === heads[i].head.unitId
          ? { unitId: h.head.unitId, headPersonId: h.head.personId, level: base[j].classification.level }
          : null,
      )
      .filter((s): s is SubordinateResult => s !== null);
    if (inCohort.length === 0) return e;
    const subordinates = [...(heads[i].subordinates ?? []), ...inCohort];
    return { ...e, classification: applySubUnitRule(e.classification, subordinates, policy) };
  });
  const quota = proposeQuota(
    evaluations.map((e) => ({ headId: e.headId, level: e.classification.level, total: e.total.rounded })),
    policy,
  );
  return { heads: evaluations, quota, provisional: period !== undefined };
}
