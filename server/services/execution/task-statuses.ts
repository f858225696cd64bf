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
};

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
    result.set(loaded.task.id, {
      taskId: loaded.task.id,
      view,
      lastCheckIn: last
        ? { id: last.id, reportedOn: last.reportedOn, value: last.value, percent: last.percent }
        : null,
      checkInCount: inForce.length,
    });
  }
  return result;
}
