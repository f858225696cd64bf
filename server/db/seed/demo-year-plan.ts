/**
 * How the demo's 2022 year plays out for each commune of Yên Lạc: which head is
 * strong, on time, late or weak, and from that the values each quarterly report
 * carries. Pure and deterministic, so the demo is the same on every machine.
 */
import { addDays } from '../../domain/assignment/calendar.ts';

export type Profile = 'excellent' | 'good' | 'late' | 'weak';

/** The head's year, by commune code. Three strong heads out of a cohort of fifteen trip the quota. */
export function profileOf(code: string): Profile {
  if (['NGUYETDUC', 'TTYL', 'DONGCUONG'].includes(code)) return 'excellent';
  if (['BINHDINH', 'HONGPHUONG'].includes(code)) return 'late';
  if (code === 'VANTIEN') return 'weak';
  return 'good';
}

/** The days the heads report (a few days after each quarter, and before the year closes). */
export const CHECKPOINTS = ['2022-04-05', '2022-07-05', '2022-10-05', '2022-12-20'] as const;

export type PlannedTask = {
  position: number;
  kind: 'target' | 'deliverable';
  direction: 'at_least' | 'at_most' | null;
  baseline: number | null;
  target: number | null;
  /** Deadline in force. */
  deadline: string;
  extended: boolean;
};

export type PlannedReport = {
  date: string;
  value?: number;
  percent?: number;
  submitsProduct?: boolean;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The day the task is done, or null when the head does not finish it this year. */
export function doneDay(task: PlannedTask, profile: Profile): string | null {
  if (profile === 'weak' && task.position % 3 === 0) return null;
  // An extended deadline was needed: the work lands just before the new date.
  if (task.extended) return addDays(task.deadline, -5);
  const before = CHECKPOINTS.filter((d) => d <= task.deadline);
  const after = CHECKPOINTS.filter((d) => d > task.deadline);
  // A late head misses one autumn deadline (one task in eight: still "completed", not "good").
  const autumn = task.deadline >= '2022-10-01' && task.deadline < '2022-12-01';
  if (profile === 'late' && autumn && after.length > 0) return after[0]!;
  if (before.length === 0) return CHECKPOINTS[0];
  if (profile === 'excellent' && before.length > 1) return before.at(-2)!;
  return before.at(-1)!;
}

/** The value a target ends the year at: beaten by the strong, short when not done. */
function finalValue(task: PlannedTask, profile: Profile, done: boolean): number {
  const t = task.target ?? 0;
  const up = task.direction !== 'at_most';
  if (!done) {
    const b = task.baseline ?? (up ? 0 : t * 1.5);
    return round2(b + (t - b) * 0.8);
  }
  if (profile === 'excellent') return round2(up ? t * 1.1 : t * 0.9);
  return t;
}

/** The reports of one task over the year, oldest first. */
export function plannedReports(task: PlannedTask, profile: Profile): PlannedReport[] {
  const done = doneDay(task, profile);
  const days = [...new Set([...CHECKPOINTS, ...(done ? [done] : [])])].sort();
  const last = days.length - 1;
  return days.map((date, i): PlannedReport => {
    const finished = done !== null && date >= done;
    if (task.kind === 'deliverable') {
      if (finished) return { date, percent: 100, submitsProduct: date === done };
      const percent = Math.min(90, Math.round(((i + 1) / (last + 2)) * 100));
      return { date, percent: done === null ? Math.min(percent, 80) : percent };
    }
    const end = finalValue(task, profile, done !== null);
    if (finished) return { date, value: end };
    const t = task.target ?? 0;
    const up = task.direction !== 'at_most';
    const b = task.baseline ?? (up ? 0 : t * 1.5);
    // Short of the target until the day it is met.
    const share = ((i + 1) / (last + 2)) * 0.9;
    return { date, value: round2(b + ((done === null ? end : t) - b) * share) };
  });
}

/** Whether a reported value meets its target in its direction. */
export function meets(task: PlannedTask, value: number): boolean {
  const t = task.target ?? 0;
  return task.direction === 'at_most' ? value <= t : value >= t;
}
