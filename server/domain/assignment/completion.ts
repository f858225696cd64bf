/**
 * Completion facts of a task on a given day (SPEC §4 item 3): done, done date, exceeded,
 * final actual. Only records dated on or before `asOf` count, so the same function
 * answers "as of today" on a dashboard and "as of when scoring opened" for the council.
 */
import type { IsoDate } from './calendar.ts';
import { type DeliverableTask, type Direction, type TargetTask, type Task, valueInForce } from './task.ts';

/** Progress reported by the head or a delegate. */
export interface CheckIn {
  id: string;
  date: IsoDate;
  /** Current value of a target; absent for a deliverable or a narrative-only report. */
  value?: number | null;
}

/** A functional agency's verification of a task (kiểm tra, thẩm định). */
export interface Appraisal {
  date: IsoDate;
  /** For a target: the value the agency verified. */
  verifiedValue?: number | null;
  /** For a deliverable: share of the expected product accepted, 1 = accepted. */
  appraisedFraction?: number | null;
  /** For a deliverable: the check-in that carried the accepted product. */
  acceptedCheckInId?: string | null;
  /** For a deliverable: more, better or earlier than required. */
  exceeded?: boolean;
  /** The agency judges the task at risk of not being done in time. */
  atRisk?: boolean;
}

/** What is known about a task's completion on a given day. */
export interface CompletionFacts {
  done: boolean;
  /** The day the task became done, or null. */
  doneDate: IsoDate | null;
  exceeded: boolean;
  /** Target: the final actual (latest verified value, else latest reported); null otherwise. */
  finalActual: number | null;
  /** Target: true when the final actual comes from an appraisal rather than a check-in. */
  verified: boolean;
  /** Deliverable: the latest appraised fraction; null otherwise. */
  appraisedFraction: number | null;
}

/** True when `actual` meets `target`: ≥ for "at least", ≤ for "at most". */
export function meetsTarget(actual: number, target: number, direction: Direction): boolean {
  return direction === 'at_least' ? actual >= target : actual <= target;
}

/** True when `actual` strictly beats `target` in its direction (vượt). */
export function beatsTarget(actual: number, target: number, direction: Direction): boolean {
  return direction === 'at_least' ? actual > target : actual < target;
}

/** Records dated on or before `asOf`, oldest first; same-day records keep their given order. */
export function upTo<T extends { date: IsoDate }>(records: readonly T[], asOf: IsoDate): T[] {
  return records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.date <= asOf)
    .sort((a, b) =>
      a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.index - b.index,
    )
    .map(({ record }) => record);
}

function hasNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function targetFacts(
  task: TargetTask,
  checkIns: CheckIn[],
  appraisals: Appraisal[],
  asOf: IsoDate,
): CompletionFacts {
  const target = valueInForce(task, 'targetValue', asOf) as number;
  const verifiedValues = appraisals.filter((appraisal) => hasNumber(appraisal.verifiedValue));
  const reported = checkIns.filter((checkIn) => hasNumber(checkIn.value));
  const lastVerified = verifiedValues.at(-1);
  const finalActual = lastVerified
    ? (lastVerified.verifiedValue as number)
    : (reported.at(-1)?.value ?? null);
  const none = {
    done: false,
    doneDate: null,
    exceeded: false,
    verified: Boolean(lastVerified),
    appraisedFraction: null,
  };
  if (finalActual === null) return { ...none, finalActual: null };
  if (!meetsTarget(finalActual, target, task.direction)) return { ...none, finalActual };
  // SPEC: the first check-in whose value met the target. When only an appraisal showed it
  // met (the head under-reported), the first such appraisal is the earliest proof we have.
  const firstMet =
    reported.find((checkIn) => meetsTarget(checkIn.value as number, target, task.direction)) ??
    verifiedValues.find((appraisal) =>
      meetsTarget(appraisal.verifiedValue as number, target, task.direction),
    );
  return {
    done: true,
    doneDate: firstMet?.date ?? null,
    exceeded: beatsTarget(finalActual, target, task.direction),
    finalActual,
    verified: Boolean(lastVerified),
    appraisedFraction: null,
  };
}

function deliverableFacts(
  _task: DeliverableTask,
  checkIns: CheckIn[],
  appraisals: Appraisal[],
): CompletionFacts {
  const latest = appraisals.filter((appraisal) => hasNumber(appraisal.appraisedFraction)).at(-1);
  const appraisedFraction = latest ? (latest.appraisedFraction as number) : null;
  const base = { finalActual: null, verified: Boolean(latest), appraisedFraction };
  if (!latest || appraisedFraction !== 1) return { ...base, done: false, doneDate: null, exceeded: false };
  // The product counts from the day it was submitted, not the day the agency got to it;
  // without a link to that check-in, the acceptance date is the only provable date.
  const carrier = checkIns.find((checkIn) => checkIn.id === latest.acceptedCheckInId);
  return { ...base, done: true, doneDate: carrier?.date ?? latest.date, exceeded: latest.exceeded === true };
}

/** Completion facts of the task on `asOf`, from its check-ins and appraisals (any order). */
export function completionFacts(
  task: Task,
  checkIns: readonly CheckIn[],
  appraisals: readonly Appraisal[],
  asOf: IsoDate,
): CompletionFacts {
  const ins = upTo(checkIns, asOf);
  const appraised = upTo(appraisals, asOf);
  return task.kind === 'target'
    ? targetFacts(task, ins, appraised, asOf)
    : deliverableFacts(task, ins, appraised);
}
