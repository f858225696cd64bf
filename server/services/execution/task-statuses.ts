/**
 * Live status of an assignment's tasks on a day (SPEC §3): loads the check-ins in force
 * and the appraisal lines, and asks the pure rules. Used by the task board, the task
 * page, the assigner's overview and the reminder sweep.
 */

import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { type LoadedTask, toDomainTask } from '../../db/repositories/assignments.ts';
import { loadAppraisalLines, loadCheckIns } from '../../db/repositories/execution.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { type TaskStatusView, taskStatus } from '../../domain/assignment/task-status.ts';
import { effectiveCheckIns, toAppraisals, toCheckIns } from '../../domain/execution/records.ts';

export type StatusPolicyParams = { dueSoonDays: number; silentDays: number };

export type TaskStatusEntry = {
  taskId: string;
  view: TaskStatusView;
  /** Last check-in in force, if any. */
  lastCheckIn: { id: string; reportedOn: IsoDate; value: string | null; percent: number | null } | null;
  checkInCount: number;
  /** The task's latest appraisal line on or before the day, if any. */
  lastAppraisal: AppraisalSummary | null;
  /** Deliverables: the product submitted (check-in in force) and not judged by an appraisal since. */
  pendingProduct: { checkInId: string; reportedOn: IsoDate } | null;
};

export type AppraisalSummary = {
  appraisalId: string;
  appraisedOn: IsoDate;
  kind: string;
  quarter: number | null;
  progress: string;
  productDecision: string | null;
  verifiedValue: number | null;
  verifiedFraction: number | null;
};

type Line = Awaited<ReturnType<typeof loadAppraisalLines>>[number];
type StoredCheckIn = Awaited<ReturnType<typeof loadCheckIns>>[number];

const num = (v: string | null) => (v === null ? null : Number(v));
const time = (v: Date | string) => (v instanceof Date ? v.getTime() : Date.parse(v));

/** True when `line` judged the product carried by `checkIn`: it names it, or came after it. */
function judges(line: Line, checkIn: StoredCheckIn): boolean {
  if (line.productDecision === null) return false;
  if (line.acceptedCheckInId === checkIn.id) return true;
  if (line.appraisedOn !== checkIn.reportedOn) return line.appraisedOn > checkIn.reportedOn;
  return time(line.createdAt) >= time(checkIn.createdAt);
}

function summary(line: Line | undefined): AppraisalSummary | null {
  if (!line) return null;
  return {
    appraisalId: line.appraisalId,
    appraisedOn: line.appraisedOn,
    kind: line.kind,
    quarter: line.quarter,
    progress: line.progress,
    productDecision: line.productDecision,
    verifiedValue: num(line.verifiedValue),
    verifiedFraction: num(line.verifiedFraction),
  };
}

/** Statuses of `loaded` tasks of one assignment on `today`. */
export async function taskStatuses(
  q: Queryable,
  input: {
    loaded: LoadedTask[];
    headPostId: string;
    issuedAt: Date | null;
    cycleEnd: IsoDate;
    policy: StatusPolicyParams;
    today: IsoDate;
  },
): Promise<Map<string, TaskStatusEntry>> {
  const ids = input.loaded.map((t) => t.task.id);
  const checkIns = await loadCheckIns(q, ids);
  const lines = await loadAppraisalLines(q, ids);
  const issuedOn = input.issuedAt ? vietnamDate(input.issuedAt) : input.today;
  const result = new Map<string, TaskStatusEntry>();
  for (const loaded of input.loaded) {
    const own = checkIns.filter((c) => c.taskId === loaded.task.id);
    const inForce = effectiveCheckIns(own).filter((c) => c.reportedOn <= input.today);
    const view = taskStatus({
      task: toDomainTask(loaded, input.headPostId),
      checkIns: toCheckIns(own),
      appraisals: toAppraisals(lines.filter((l) => l.taskId === loaded.task.id)),
      issuedOn,
      cycleEnd: input.cycleEnd,
      today: input.today,
      policy: {
        dueSoonDays: input.policy.dueSoonDays,
        checkInIntervalDays: input.policy.silentDays,
        earlyByDays: 1,
      },
    });
    const last = inForce.at(-1);
    const ownLines = lines.filter((l) => l.taskId === loaded.task.id && l.appraisedOn <= input.today);
    const product =
      loaded.task.kind === 'deliverable' ? inForce.filter((c) => c.submitsProduct).at(-1) : undefined;
    const pending = product && !ownLines.some((l) => judges(l, product)) ? product : undefined;
    result.set(loaded.task.id, {
      taskId: loaded.task.id,
      view,
      lastCheckIn: last
        ? { id: last.id, reportedOn: last.reportedOn, value: last.value, percent: last.percent }
        : null,
      checkInCount: inForce.length,
      lastAppraisal: summary(ownLines.at(-1)),
      pendingProduct: pending ? { checkInId: pending.id, reportedOn: pending.reportedOn } : null,
    });
  }
  return result;
}
