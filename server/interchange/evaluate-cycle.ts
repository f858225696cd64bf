import type { Locale } from '../../contracts/errors.ts';
import type { CycleDocument, InterchangeAssignment } from '../../contracts/interchange/cycle-format.ts';
import { applySubUnitRule, LEVELS, type Level, type SubordinateResult } from '../domain/scoring/classify.ts';
import { DomainError } from '../domain/scoring/errors.ts';
import {
  evaluateHead,
  evaluateHeadProvisional,
  type HeadEvaluation,
  type Period,
} from '../domain/scoring/evaluate.ts';
import { formatHundredths, parseHundredths } from '../domain/scoring/exact.ts';
import { proposeQuota } from '../domain/scoring/quota.ts';
import { type Recommendation, recommendPersonnelActions } from '../domain/scoring/recommendations.ts';
import { type DocumentIndex, indexDocument, isEvaluated } from './document-index.ts';
import { headInput } from './domain-inputs.ts';
import {
  EVALUATION_FORMAT,
  type HeadOutput,
  headOutput,
  type UnitRef,
  unitRef,
} from './evaluation-output.ts';
import { quarterPeriod } from './period.ts';
import { toScoringPolicy } from './policy.ts';

/**
 * Evaluates a whole cycle document with the scoring domain, without a database: each
 * head (facts fixed on the day their council's scoring opened), the sub-unit rule across
 * the whole document, each cohort's quota proposal and the personnel recommendations.
 * The document must have passed validateCycleDocument.
 */

export interface EvaluateCycleOptions {
  /** A provisional evaluation of the tasks due in this quarter of the cycle (1-based). */
  quarter?: number;
  /** Fixes the facts on this day instead of each council's opening day. */
  asOf?: string;
  locale?: Locale;
}

export interface CohortOutput {
  assigningUnit: UnitRef;
  councilId: string | null;
  asOf: string;
  assignmentIds: string[];
  counts: Record<Level, number>;
  quota: {
    percentOfGood: number;
    breached: boolean;
    /** The most heads that may be rated excellent with the current number of good heads. */
    limit: number;
    excellent: number;
    good: number;
    movesNeeded: number;
    /** Heads proposed to move from excellent to good (strictly below the cut). */
    proposedMoves: string[];
    /** Heads tied at the cut: `tiedToMove` of them move, the assigning body picks. */
    tiedAtCut: string[];
    tiedTotal: string | null;
    tiedToMove: number;
    after: { excellent: number; good: number };
  };
}

export interface CycleEvaluation {
  format: typeof EVALUATION_FORMAT;
  cycle: { id: string; name: string; kind: string; startsOn: string; endsOn: string };
  policy: { preset: string; version: number };
  provisional: boolean;
  period: (Period & { quarter: number }) | null;
  /** The --as-of override, or null when each cohort uses its council's opening day. */
  asOf: string | null;
  locale: Locale;
  heads: HeadOutput[];
  cohorts: CohortOutput[];
  recommendations: (Recommendation & { assignmentId: string; personId: string; basis: 'proposed_level' })[];
  skipped: { assignmentId: string; reason: 'draft' | 'no_tasks_in_period' }[];
}

interface Evaluated {
  assignment: InterchangeAssignment;
  evaluation: HeadEvaluation;
  asOf: string;
}

/**
 * The day a cohort's facts are fixed: the override, else the day its council's scoring
 * opened, else the cycle's last day. A quarter uses the same day: its appraisals come
 * after the quarter ends, and a task done late stays late whenever it is looked at.
 */
function cohortAsOf(doc: CycleDocument, assigningUnitId: string, options: EvaluateCycleOptions) {
  if (options.asOf) return options.asOf;
  return doc.councils.find((c) => c.assigningUnitId === assigningUnitId)?.scoringOpensOn ?? doc.cycle.endsOn;
}

export function evaluateCycle(doc: CycleDocument, options: EvaluateCycleOptions = {}): CycleEvaluation {
  const locale = options.locale ?? 'vi';
  const index = indexDocument(doc);
  const policy = toScoringPolicy(doc.policy);
  const period = options.quarter === undefined ? null : quarterPeriod(doc.cycle, options.quarter);
  const skipped: CycleEvaluation['skipped'] = [];
  const evaluated: Evaluated[] = [];
  for (const assignment of doc.assignments) {
    if (!isEvaluated(assignment)) {
      skipped.push({ assignmentId: assignment.id, reason: 'draft' });
      continue;
    }
    const asOf = cohortAsOf(doc, assignment.assigningUnitId, options);
    const input = headInput(index, assignment, asOf);
    try {
      const evaluation = period
        ? evaluateHeadProvisional(input, policy, period)
        : evaluateHead(input, policy);
      evaluated.push({ assignment, evaluation, asOf });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'no_tasks_in_period')) throw error;
      skipped.push({ assignmentId: assignment.id, reason: 'no_tasks_in_period' });
    }
  }
  const capped = applySubUnitRuleAcross(index, evaluated, policy);
  const heads = capped.map((x) => headOutput(index, x.assignment, x.evaluation, x.asOf, locale));
  const previous = new Map((doc.previousResults ?? []).map((p) => [p.personId, p]));
  return {
    format: EVALUATION_FORMAT,
    cycle: {
      id: doc.cycle.id,
      name: doc.cycle.name,
      kind: doc.cycle.kind,
      startsOn: doc.cycle.startsOn,
      endsOn: doc.cycle.endsOn,
    },
    policy: { preset: doc.policy.preset, version: doc.policy.version },
    provisional: period !== null,
    period: period && options.quarter !== undefined ? { quarter: options.quarter, ...period } : null,
    asOf: options.asOf ?? null,
    locale,
    heads,
    cohorts: cohorts(index, capped, options),
    // an unfinished scoring proves nothing about the head: no recommendation from it
    recommendations: capped.flatMap(({ assignment, evaluation }) => {
      if (!evaluation.complete) return [];
      const before = previous.get(assignment.headPersonId);
      return recommendPersonnelActions({
        level: evaluation.classification.level,
        cycleId: doc.cycle.id,
        provisional: evaluation.provisional,
        previous: before ? { cycleId: before.cycleId, level: before.level } : null,
      }).map((r) => ({
        ...r,
        assignmentId: assignment.id,
        personId: assignment.headPersonId,
        basis: 'proposed_level' as const,
      }));
    }),
    skipped,
  };
}

/**
 * The sub-unit rule over the whole document: a head's subordinates are the heads of
 * units whose parent is the head's unit, whichever cohort assigned them, plus the
 * results given for units evaluated elsewhere. One pass is enough: the rule only ever
 * lowers excellent to good, and it reads only "not completed".
 */
function applySubUnitRuleAcross(
  index: DocumentIndex,
  evaluated: readonly Evaluated[],
  policy: ReturnType<typeof toScoringPolicy>,
): Evaluated[] {
  const external = index.doc.subordinateResults ?? [];
  const parentOf = (unitId: string) => index.units.get(unitId)?.parentId ?? '';
  const byParent = new Map<string, Evaluated[]>();
  for (const o of evaluated) {
    const parent = parentOf(o.assignment.assigneeUnitId);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(o);
    else byParent.set(parent, [o]);
  }
  return evaluated.map((x) => {
    const unitId = x.assignment.assigneeUnitId;
    const inDocument = (byParent.get(unitId) ?? [])
      .filter((o) => o !== x)
      .map(
        (o): SubordinateResult => ({
          unitId: o.assignment.assigneeUnitId,
          headPersonId: o.assignment.headPersonId,
          level: o.evaluation.classification.level,
        }),
      );
    const given = external
      .filter((s) => index.units.get(s.unitId)?.parentId === unitId)
      .map((s): SubordinateResult => ({ unitId: s.unitId, level: s.level }));
    const classification = applySubUnitRule(x.evaluation.classification, [...inDocument, ...given], policy);
    return { ...x, evaluation: { ...x.evaluation, classification } };
  });
}

function cohorts(
  index: DocumentIndex,
  evaluated: readonly Evaluated[],
  options: EvaluateCycleOptions,
): CohortOutput[] {
  const policy = index.doc.policy.params;
  const groups = new Map<string, Evaluated[]>();
  for (const x of evaluated) {
    const list = groups.get(x.assignment.assigningUnitId) ?? [];
    list.push(x);
    groups.set(x.assignment.assigningUnitId, list);
  }
  return [...groups].map(([assigningUnitId, members]): CohortOutput => {
    const entries = members.map((x) => ({
      headId: x.assignment.id,
      level: x.evaluation.classification.level,
      total: x.evaluation.total.rounded,
    }));
    const q = proposeQuota(entries, toScoringPolicy(index.doc.policy));
    const counts = Object.fromEntries(LEVELS.map((l) => [l, entries.filter((e) => e.level === l).length]));
    const limit = (BigInt(q.good) * BigInt(parseHundredths(policy.excellentQuotaPercentOfGood))) / 10000n;
    return {
      assigningUnit: unitRef(index, assigningUnitId),
      councilId: index.doc.councils.find((c) => c.assigningUnitId === assigningUnitId)?.id ?? null,
      asOf: cohortAsOf(index.doc, assigningUnitId, options),
      assignmentIds: members.map((x) => x.assignment.id),
      counts: counts as Record<Level, number>,
      quota: {
        percentOfGood: policy.excellentQuotaPercentOfGood,
        breached: q.breach,
        limit: Number(limit),
        excellent: q.excellent,
        good: q.good,
        movesNeeded: q.movesNeeded,
        proposedMoves: q.move,
        tiedAtCut: q.tie?.headIds ?? [],
        tiedTotal: q.tie ? formatHundredths(q.tie.total) : null,
        tiedToMove: q.tie?.toMove ?? 0,
        after: q.after,
      },
    };
  });
}
