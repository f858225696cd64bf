/**
 * Per-task status rows on a day: the pure status of each task (task-statuses.ts) with the
 * counts dashboards show next to it (open and escalated support requests, support owed),
 * aggregated in SQL. Shared by the status, task page, board and overview reads.
 */
import { and, inArray, or, sql } from 'drizzle-orm';
import type { StatusCountsDto, TaskStatusDto } from '../../../contracts/execution.ts';
import { TASK_STATUSES } from '../../../contracts/execution.ts';
import type { Queryable } from '../../db/client.ts';
import type { AssignmentRow, LoadedTask } from '../../db/repositories/assignments.ts';
import { supportCommitments, supportRequests, tasks } from '../../db/schema/index.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { isOpen } from '../../domain/assignment/task-status.ts';
import { type StatusPolicyParams, taskStatuses } from './task-statuses.ts';

type Counts = { open: number; escalated: number };

/** SQL: a support request was open on `date`: raised by then, not answered by then, never withdrawn. */
export const requestOpenOn = (date: IsoDate) =>
  sql`(${supportRequests.state} <> 'withdrawn' and ${supportRequests.raisedOn} <= ${date} and (${supportRequests.respondedOn} is null or ${supportRequests.respondedOn} > ${date}))`;
/** SQL: an open request had escalated by `date`: stamped by the sweep, or past its response deadline. */
export const requestEscalatedOn = (date: IsoDate) =>
  sql`(${requestOpenOn(date)} and (${supportRequests.escalatedOn} <= ${date} or ${supportRequests.responseDue} < ${date}))`;
/**
 * SQL: a support commitment is owed on `date`: not given by then (a delivery dated after
 * `date` had not happened yet) and due by then; one without a due date is owed once
 * recorded as not given ("late", no delivery date). Commitments of cancelled tasks are
 * left out, like the tasks.
 */
export const supportOwedOn = (date: IsoDate) => {
  const c = supportCommitments;
  // Written so that no branch is NULL: "not NULL" would drop the row.
  const given = sql`(${c.state} <> 'due' and ((${c.deliveredOn} is not null and ${c.deliveredOn} <= ${date}) or (${c.state} = 'delivered' and ${c.deliveredOn} is null)))`;
  return and(
    sql`not ${given}`,
    or(
      sql`${c.dueOn} <= ${date}`,
      sql`(${c.dueOn} is null and ${c.state} = 'late' and ${c.deliveredOn} is null)`,
    ),
    sql`(${tasks.cancelledOn} is null or ${tasks.cancelledOn} > ${date})`,
  );
};

/** Open and escalated request counts, and support owed, per task of `taskIds` on `date` (two grouped queries). */
export async function taskCounts(q: Queryable, taskIds: string[], date: IsoDate) {
  const requests = new Map<string, Counts>();
  const owed = new Map<string, number>();
  if (taskIds.length === 0) return { requests, owed };
  const requestRows = await q
    .select({
      taskId: supportRequests.taskId,
      open: sql<number>`count(*) filter (where ${requestOpenOn(date)})`.mapWith(Number),
      escalated: sql<number>`count(*) filter (where ${requestEscalatedOn(date)})`.mapWith(Number),
    })
    .from(supportRequests)
    .where(inArray(supportRequests.taskId, taskIds))
    .groupBy(supportRequests.taskId);
  for (const r of requestRows) requests.set(r.taskId, { open: r.open, escalated: r.escalated });
  const owedRows = await q
    .select({ taskId: supportCommitments.taskId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(supportCommitments)
    .innerJoin(tasks, sql`${tasks.id} = ${supportCommitments.taskId}`)
    .where(and(inArray(supportCommitments.taskId, taskIds), supportOwedOn(date)))
    .groupBy(supportCommitments.taskId);
  for (const r of owedRows) owed.set(r.taskId, r.n);
  return { requests, owed };
}

/** What the status rules need to know about the assignment. */
export type StatusSubject = {
  assignment: Pick<AssignmentRow, 'headPostId' | 'issuedAt'>;
  cycle: { endsOn: IsoDate };
  policy: StatusPolicyParams;
};

/** Status rows of `loaded` tasks on `date`, in task order. */
export async function statusRows(
  q: Queryable,
  subject: StatusSubject,
  loaded: LoadedTask[],
  date: IsoDate,
): Promise<TaskStatusDto[]> {
  const statuses = await taskStatuses(q, {
    loaded,
    headPostId: subject.assignment.headPostId,
    issuedAt: subject.assignment.issuedAt,
    cycleEnd: subject.cycle.endsOn,
    policy: { dueSoonDays: subject.policy.dueSoonDays, silentDays: subject.policy.silentDays },
    today: date,
  });
  const { requests, owed } = await taskCounts(
    q,
    loaded.map((t) => t.task.id),
    date,
  );
  return loaded.map(({ task }) => {
    const entry = statuses.get(task.id)!;
    const last = entry.lastCheckIn;
    return {
      taskId: task.id,
      number: task.position + 1,
      title: task.title,
      kind: task.kind as TaskStatusDto['kind'],
      weight: task.weight === null ? null : task.weight / 100,
      unitOfMeasure: task.kind === 'target' ? task.unitOfMeasure : null,
      ...entry.view,
      lastCheckIn: last
        ? {
            id: last.id,
            reportedOn: last.reportedOn,
            value: last.value === null ? null : Number(last.value),
            percent: last.percent,
          }
        : null,
      checkInCount: entry.checkInCount,
      lastAppraisal: entry.lastAppraisal as TaskStatusDto['lastAppraisal'],
      productAwaitingAppraisal: entry.pendingProduct
        ? { checkInId: entry.pendingProduct.checkInId, submittedOn: entry.pendingProduct.reportedOn }
        : null,
      openRequests: requests.get(task.id)?.open ?? 0,
      escalatedRequests: requests.get(task.id)?.escalated ?? 0,
      owedSupport: owed.get(task.id) ?? 0,
    };
  });
}

/** Counts by status and flag; cancelled tasks count only as cancelled (SPEC §4: left out of every count). */
export function countStatuses(
  rows: readonly Pick<TaskStatusDto, 'status' | 'atRisk' | 'silent' | 'exceeded'>[],
): StatusCountsDto {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as StatusCountsDto['byStatus'];
  for (const r of rows) byStatus[r.status] += 1;
  const live = rows.filter((r) => r.status !== 'cancelled');
  return {
    total: live.length,
    byStatus,
    done: byStatus.done_early + byStatus.done_on_time + byStatus.done_late,
    atRisk: live.filter((r) => r.atRisk).length,
    silent: live.filter((r) => r.silent).length,
    exceeded: live.filter((r) => r.exceeded).length,
  };
}

/** Open tasks first, by deadline in force (then number); closed ones after, in task order. */
export function byNextDeadline<T extends Pick<TaskStatusDto, 'status' | 'deadlineInForce' | 'number'>>(
  a: T,
  b: T,
): number {
  const openA = isOpen(a.status);
  const openB = isOpen(b.status);
  if (openA !== openB) return openA ? -1 : 1;
  if (openA && a.deadlineInForce !== b.deadlineInForce) return a.deadlineInForce < b.deadlineInForce ? -1 : 1;
  return a.number - b.number;
}
