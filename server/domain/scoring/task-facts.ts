import { DomainError } from './errors.ts';
import {
  clamp,
  cmp,
  div,
  fromHundredths,
  type Hundredths,
  max,
  min,
  mul,
  ONE,
  parseDecimal,
  percentOf,
  type Rational,
  rat,
  roundHalfUpToHundredths,
  sub,
  ZERO,
} from './exact.ts';
import type { ScoringPolicy } from './policy.ts';

/** A calendar date 'YYYY-MM-DD'; such strings order correctly when compared as text. */
export type IsoDate = string;
/** A metric value as typed: "12.5", 1200, "1e6". */
export type Decimal = string | number;

interface TaskCommon {
  id: string;
  weight: Hundredths;
  /** The deadline as issued; kept and shown even after an extension. */
  deadline: IsoDate;
  /** The deadline of the latest approved extension, which is then the one in force. */
  extendedDeadline?: IsoDate | null;
  /** Cancelled by an approved adjustment: left out of every count. */
  cancelled?: boolean;
}

export interface TargetCheckIn {
  date: IsoDate;
  value?: Decimal | null;
}

export interface TargetAppraisal {
  date: IsoDate;
  /** The value the appraisal verified; absent when it verified none. */
  verifiedValue?: Decimal | null;
}

export interface TargetTask extends TaskCommon {
  kind: 'target';
  direction: 'at_least' | 'at_most';
  target: Decimal;
  checkIns: TargetCheckIn[];
  appraisals: TargetAppraisal[];
}

export interface DeliverableAppraisal {
  date: IsoDate;
  /** Appraised fraction of the product delivered, 0..1. */
  fraction: Decimal;
  accepted: boolean;
  /** More, better or earlier than required. */
  exceeded?: boolean;
  /** The check-in that carried the accepted product. */
  productCheckIn?: { id: string; date: IsoDate } | null;
}

export interface DeliverableTask extends TaskCommon {
  kind: 'deliverable';
  appraisals: DeliverableAppraisal[];
}

export type ScoringTask = TargetTask | DeliverableTask;

/** The facts of SPEC §4 item 3, fixed when scoring opens (`asOf`). */
export interface TaskFacts {
  taskId: string;
  kind: ScoringTask['kind'];
  weight: Hundredths;
  cancelled: boolean;
  /** Deadline in force. */
  deadline: IsoDate;
  originalDeadline: IsoDate;
  extended: boolean;
  done: boolean;
  doneDate: IsoDate | null;
  doneDateSource: 'check_in' | 'appraisal' | null;
  /** Done no later than the deadline in force (covers "early"). */
  onTime: boolean;
  /** Done after the deadline in force. */
  late: boolean;
  /** Not done and the deadline in force passed before `asOf`. */
  overdue: boolean;
  exceeded: boolean;
  /** Target: the final actual as typed; deliverable: null. */
  finalActual: string | null;
  finalActualSource: 'appraisal' | 'check_in' | null;
  /** False when the final actual comes from a check-in no appraisal verified. */
  verified: boolean;
  /** Deliverable: the latest appraised fraction as typed. */
  fraction: string | null;
  /** Completion in [0, 1] used by the proposal (SPEC §4 item 4). */
  completion: Rational;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: unknown, field: string, taskId: string): IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new DomainError('invalid_date', { taskId, field, value });
  }
  return value;
}

/** Stable sort by date, so records of the same day keep their entry order ("latest" = last). */
function byDate<T extends { date: IsoDate }>(records: readonly T[], asOf: IsoDate, taskId: string): T[] {
  for (const [i, r] of records.entries()) checkDate(r.date, `records.${i}.date`, taskId);
  return records
    .filter((r) => r.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const present = (v: Decimal | null | undefined): v is Decimal => v !== null && v !== undefined && v !== '';

/** Whether an actual meets the target in the task's direction. */
export function meetsTarget(direction: TargetTask['direction'], actual: Rational, target: Rational): boolean {
  const c = cmp(actual, target);
  return direction === 'at_least' ? c >= 0 : c <= 0;
}

/** Completion of a target: actual/target (at least) or target/actual (at most), within [0, 1]. */
export function targetCompletion(
  direction: TargetTask['direction'],
  actual: Rational | null,
  target: Rational,
): Rational {
  if (actual === null) return ZERO;
  if (meetsTarget(direction, actual, target)) return ONE;
  // a ratio means nothing against a zero or negative target: met is 1, missed is 0
  if (direction === 'at_least') return target.n > 0n ? clamp(div(actual, target), ZERO, ONE) : ZERO;
  return target.n >= 0n && actual.n > 0n ? clamp(div(target, actual), ZERO, ONE) : ZERO;
}

/** Computes the scoring facts of one task from its records dated on or before `asOf`. */
export function computeTaskFacts(task: ScoringTask, asOf: IsoDate): TaskFacts {
  checkDate(asOf, 'asOf', task.id);
  const originalDeadline = checkDate(task.deadline, 'deadline', task.id);
  const extended = present(task.extendedDeadline);
  const deadline = extended
    ? checkDate(task.extendedDeadline, 'extendedDeadline', task.id)
    : originalDeadline;
  if (!Number.isSafeInteger(task.weight) || task.weight < 0) {
    throw new DomainError('invalid_weight', { taskId: task.id, weight: task.weight });
  }
  const base = {
    taskId: task.id,
    kind: task.kind,
    weight: task.weight,
    cancelled: task.cancelled === true,
    deadline,
    originalDeadline,
    extended,
  };
  const outcome = task.kind === 'target' ? targetOutcome(task, asOf) : deliverableOutcome(task, asOf);
  const { done, doneDate } = outcome;
  const onTime = done && doneDate !== null && doneDate <= deadline;
  return {
    ...base,
    ...outcome,
    onTime,
    late: done && !onTime,
    overdue: !done && deadline < asOf,
  };
}

type Outcome = Omit<
  TaskFacts,
  keyof TaskCommon | 'taskId' | 'kind' | 'originalDeadline' | 'extended' | 'onTime' | 'late' | 'overdue'
>;

function targetOutcome(task: TargetTask, asOf: IsoDate): Outcome {
  const target = parseDecimal(task.target);
  const checkIns = byDate(task.checkIns, asOf, task.id).filter((c) => present(c.value));
  const appraisals = byDate(task.appraisals, asOf, task.id).filter((a) => present(a.verifiedValue));
  const lastAppraisal = appraisals.at(-1);
  const lastCheckIn = checkIns.at(-1);
  const finalRecord = lastAppraisal
    ? { value: lastAppraisal.verifiedValue as Decimal, source: 'appraisal' as const }
    : lastCheckIn
      ? { value: lastCheckIn.value as Decimal, source: 'check_in' as const }
      : null;
  const actual = finalRecord ? parseDecimal(finalRecord.value) : null;
  const done = actual !== null && meetsTarget(task.direction, actual, target);

  let doneDate: IsoDate | null = null;
  let doneDateSource: TaskFacts['doneDateSource'] = null;
  if (done) {
    const meets = (v: Decimal) => meetsTarget(task.direction, parseDecimal(v), target);
    const firstCheckIn = checkIns.find((c) => meets(c.value as Decimal));
    // when only an appraisal's verified value met the target, it is the first proof of done
    const firstAppraisal = appraisals.find((a) => meets(a.verifiedValue as Decimal));
    if (firstCheckIn) [doneDate, doneDateSource] = [firstCheckIn.date, 'check_in'];
    else if (firstAppraisal) [doneDate, doneDateSource] = [firstAppraisal.date, 'appraisal'];
  }
  const beats = actual !== null && cmp(actual, target) !== 0 && done;
  return {
    done,
    doneDate,
    doneDateSource,
    exceeded: beats,
    finalActual: finalRecord ? String(finalRecord.value) : null,
    finalActualSource: finalRecord?.source ?? null,
    verified: finalRecord?.source === 'appraisal',
    fraction: null,
    completion: targetCompletion(task.direction, actual, target),
  };
}

function deliverableOutcome(task: DeliverableTask, asOf: IsoDate): Outcome {
  const latest = byDate(task.appraisals, asOf, task.id).at(-1);
  const none: Outcome = {
    done: false,
    doneDate: null,
    doneDateSource: null,
    exceeded: false,
    finalActual: null,
    finalActualSource: null,
    verified: false,
    fraction: null,
    completion: ZERO,
  };
  if (!latest) return none;
  const fraction = parseDecimal(latest.fraction);
  if (cmp(fraction, ZERO) < 0 || cmp(fraction, ONE) > 0) {
    throw new DomainError('invalid_fraction', { taskId: task.id, fraction: String(latest.fraction) });
  }
  if (latest.accepted && cmp(fraction, ONE) !== 0) {
    throw new DomainError('accepted_fraction_not_one', {
      taskId: task.id,
      fraction: String(latest.fraction),
    });
  }
  const done = latest.accepted;
  const productDate = latest.productCheckIn?.date;
  if (present(productDate)) checkDate(productDate, 'productCheckIn.date', task.id);
  return {
    ...none,
    done,
    // without the product's check-in the appraisal date is the earliest proven date
    doneDate: done ? (productDate ?? latest.date) : null,
    doneDateSource: done ? (productDate ? 'check_in' : 'appraisal') : null,
    exceeded: done && latest.exceeded === true,
    verified: true,
    fraction: String(latest.fraction),
    completion: fraction,
  };
}

export interface TaskProposal {
  taskId: string;
  /** Whether the late penalty was taken: the task was done after its deadline (SPEC §4 items 3-4). */
  latePenalized: boolean;
  exact: Rational;
  /** Rounded half up to hundredths: what members see as a suggestion. */
  proposal: Hundredths;
}

/** Proposes a task score: weight × min(completion, 1), minus the late penalty, never below 0. */
export function proposeTaskScore(facts: TaskFacts, policy: ScoringPolicy): TaskProposal {
  const weight = fromHundredths(facts.weight);
  // "Late" is defined for done tasks only (§4 item 3); an unfinished task already loses through its completion.
  const latePenalized = facts.late;
  const raw = mul(weight, min(facts.completion, ONE));
  const penalty = latePenalized ? mul(weight, percentOf(policy.latePenaltyPercent)) : ZERO;
  const exact = max(ZERO, sub(raw, penalty));
  return { taskId: facts.taskId, latePenalized, exact, proposal: roundHalfUpToHundredths(exact) };
}

/** The completion as a percentage rounded half up to hundredths of a percent. */
export const completionPercent = (facts: TaskFacts): Hundredths =>
  roundHalfUpToHundredths(mul(facts.completion, rat(100)));
