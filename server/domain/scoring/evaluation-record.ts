import type { Classification } from './classify.ts';
import type { HeadEvaluation, Period } from './evaluate.ts';
import { type Hundredths, type Rational, ratToString, roundHalfUpToHundredths } from './exact.ts';
import { completionPercent } from './task-facts.ts';

/**
 * A JSON-safe copy of a head's evaluation for storage and display: every exact fraction
 * becomes its "n/d" spelling next to the value rounded half up to hundredths, because
 * BigInt does not survive JSON.
 */

export interface ScoreValue {
  /** Rounded half up to hundredths (display only; the total is rounded once, from `exact`). */
  rounded: Hundredths;
  /** Exact value in points, "n/d". */
  exact: string;
}

export interface EvaluationRecord {
  headId: string;
  unitId: string;
  policy: { id: string; version: number };
  provisional: boolean;
  period: Period | null;
  total: {
    rounded: Hundredths;
    exact: string;
    general: string;
    tasks: string;
    bonusBeforeCap: string;
    bonus: string;
    deductions: string;
    clamped: 'low' | 'high' | null;
  };
  taskScale: string;
  classification: Classification;
  tasks: {
    taskId: string;
    weight: Hundredths;
    done: boolean;
    onTime: boolean;
    late: boolean;
    overdue: boolean;
    exceeded: boolean;
    doneDate: string | null;
    doneDateSource: 'check_in' | 'appraisal' | null;
    deadline: string;
    originalDeadline: string;
    extended: boolean;
    finalActual: string | null;
    finalActualSource: 'appraisal' | 'check_in' | null;
    verified: boolean;
    fraction: string | null;
    /** Hundredths of a percent. */
    completionPercent: Hundredths;
    proposal: Hundredths;
    latePenalized: boolean;
    score: ScoreValue | null;
    bonus: ScoreValue | null;
    memberCount: number;
    spread: Hundredths;
    spreadFlagged: boolean;
  }[];
  criteria: {
    key: string;
    score: ScoreValue | null;
    memberCount: number;
    spread: Hundredths;
    spreadFlagged: boolean;
  }[];
  cancelledTaskIds: string[];
  recusedMemberIds: string[];
  missing: { kind: 'task' | 'criterion'; id: string }[];
  complete: boolean;
  spreadFlags: { kind: 'task' | 'criterion'; id: string; spread: number }[];
}

const value = (x: Rational | null): ScoreValue | null =>
  x === null ? null : { rounded: roundHalfUpToHundredths(x), exact: ratToString(x) };

/** Turns an evaluation into plain JSON data (no BigInt) for storage and the API. */
export function toEvaluationRecord(e: HeadEvaluation): EvaluationRecord {
  const t = e.total;
  return {
    headId: e.headId,
    unitId: e.unitId,
    policy: e.policy,
    provisional: e.provisional,
    period: e.period,
    total: {
      rounded: t.rounded,
      exact: ratToString(t.exact),
      general: ratToString(t.general),
      tasks: ratToString(t.tasks),
      bonusBeforeCap: ratToString(t.bonusBeforeCap),
      bonus: ratToString(t.bonus),
      deductions: ratToString(t.deductions),
      clamped: t.clamped,
    },
    taskScale: ratToString(e.taskScale),
    classification: e.classification,
    tasks: e.tasks.map(({ facts: f, proposal: p, aggregate: a }) => ({
      taskId: f.taskId,
      weight: f.weight,
      done: f.done,
      onTime: f.onTime,
      late: f.late,
      overdue: f.overdue,
      exceeded: f.exceeded,
      doneDate: f.doneDate,
      doneDateSource: f.doneDateSource,
      deadline: f.deadline,
      originalDeadline: f.originalDeadline,
      extended: f.extended,
      finalActual: f.finalActual,
      finalActualSource: f.finalActualSource,
      verified: f.verified,
      fraction: f.fraction,
      completionPercent: completionPercent(f),
      proposal: p.proposal,
      latePenalized: p.latePenalized,
      score: value(a.score),
      bonus: value(a.bonus),
      memberCount: a.memberCount,
      spread: a.spread,
      spreadFlagged: a.spreadFlagged,
    })),
    criteria: e.criteria.map((c) => ({
      key: c.key,
      score: value(c.score),
      memberCount: c.memberCount,
      spread: c.spread,
      spreadFlagged: c.spreadFlagged,
    })),
    cancelledTaskIds: e.cancelledTaskIds,
    recusedMemberIds: e.recusedMemberIds,
    missing: e.missing,
    complete: e.complete,
    spreadFlags: e.spreadFlags,
  };
}
