/**
 * Execution status of a task on a given day (SPEC §3), in the vocabulary of the
 * Government Office's tracking reports: open (not_due, due_soon, overdue), done
 * (done_early, done_on_time, done_late), not_done after the cycle, cancelled by an
 * approved adjustment; with the flags at_risk, exceeded and silent alongside.
 */
import { addDays, daysBetween, type IsoDate } from './calendar.ts';
import { type Appraisal, type CheckIn, completionFacts, upTo } from './completion.ts';
import { deadlineInForce, isCancelled, originalValue, type Task } from './task.ts';

/** Every status a task can have. */
export const TASK_STATUSES = [
  'not_due',
  'due_soon',
  'overdue',
  'done_early',
  'done_on_time',
  'done_late',
  'not_done',
  'cancelled',
] as const;
/** One task status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Policy numbers the status rules use. */
export interface StatusPolicy {
  /** A task is due soon when at most this many days remain before the deadline in force. */
  dueSoonDays: number;
  /** A task is silent when its last check-in (or its issue, if none) is older than this. */
  checkInIntervalDays: number;
  /** Done early = done at least this many days before the original deadline (1 = any earlier day). */
  earlyByDays: number;
}

/** Defaults: a week's warning, monthly reporting, early means any day before the deadline. */
export const DEFAULT_STATUS_POLICY: StatusPolicy = {
  dueSoonDays: 7,
  checkInIntervalDays: 31,
  earlyByDays: 1,
};

/** Everything the status of one task depends on. */
export interface TaskStatusInput {
  task: Task;
  checkIns: readonly CheckIn[];
  appraisals: readonly Appraisal[];
  /** The day the assignment was issued: the start of the silence clock. */
  issuedOn: IsoDate;
  /** Last day of the cycle; an open task becomes not_done the day after. */
  cycleEnd: IsoDate;
  today: IsoDate;
  policy?: StatusPolicy;
}

/** The status of a task on a day, with its flags and the dates that explain it. */
export interface TaskStatusView {
  status: TaskStatus;
  /** The last appraisal on or before today says the task is at risk (open tasks only). */
  atRisk: boolean;
  /** Done and beyond the target (targets) or marked exceeded by the appraisal (deliverables). */
  exceeded: boolean;
  /** Open, and no check-in within the policy interval. */
  silent: boolean;
  doneDate: IsoDate | null;
  deadlineInForce: IsoDate;
  originalDeadline: IsoDate;
  /** An approved extension moved the deadline. */
  extended: boolean;
  /** Days from today to the deadline in force (negative when past); null once closed. */
  daysToDeadline: number | null;
}

/** True for the done statuses that count as "on time" in the scoring rules (early included). */
export function isOnTime(status: TaskStatus): boolean {
  return status === 'done_early' || status === 'done_on_time';
}

/** True for not_due, due_soon and overdue. */
export function isOpen(status: TaskStatus): boolean {
  return status === 'not_due' || status === 'due_soon' || status === 'overdue';
}

function doneStatus(
  doneDate: IsoDate,
  deadline: IsoDate,
  originalDeadline: IsoDate,
  earlyByDays: number,
): TaskStatus {
  if (doneDate > deadline) return 'done_late';
  // Early is measured against the earlier of the two deadlines: a task that needed an
  // extension was not ahead of schedule, even if it beat the extended date.
  const earliest = originalDeadline < deadline ? originalDeadline : deadline;
  return doneDate <= addDays(earliest, -earlyByDays) ? 'done_early' : 'done_on_time';
}

/** The status of `task` on `today`, from the records dated up to that day. */
export function taskStatus(input: TaskStatusInput): TaskStatusView {
  const { task, today, cycleEnd } = input;
  const policy = input.policy ?? DEFAULT_STATUS_POLICY;
  const deadline = deadlineInForce(task, today);
  const originalDeadline = originalValue(task, 'deadline') as IsoDate;
  const dates = { deadlineInForce: deadline, originalDeadline, extended: deadline !== originalDeadline };
  const closed = { atRisk: false, silent: false, daysToDeadline: null };

  if (isCancelled(task, today))
    return { ...dates, ...closed, status: 'cancelled', exceeded: false, doneDate: null };

  const facts = completionFacts(task, input.checkIns, input.appraisals, today);
  if (facts.done && facts.doneDate !== null) {
    const status = doneStatus(facts.doneDate, deadline, originalDeadline, policy.earlyByDays);
    return { ...dates, ...closed, status, exceeded: facts.exceeded, doneDate: facts.doneDate };
  }

  if (today > cycleEnd) return { ...dates, ...closed, status: 'not_done', exceeded: false, doneDate: null };

  const daysToDeadline = daysBetween(today, deadline);
  const status: TaskStatus =
    daysToDeadline < 0 ? 'overdue' : daysToDeadline <= policy.dueSoonDays ? 'due_soon' : 'not_due';
  const lastAppraisal = upTo(input.appraisals, today).at(-1);
  const lastCheckIn = upTo(input.checkIns, today).at(-1);
  const silenceFrom = lastCheckIn?.date ?? input.issuedOn;
  return {
    ...dates,
    status,
    atRisk: lastAppraisal?.atRisk === true,
    exceeded: false,
    silent: daysBetween(silenceFrom, today) > policy.checkInIntervalDays,
    doneDate: null,
    daysToDeadline,
  };
}
