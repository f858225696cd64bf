/**
 * The facts a reminder sweep reads: assignments being executed with their tasks'
 * statuses on the day, open support requests, and who holds the head, delegate,
 * assigner and supporter roles on each unit. Reads only; run outside the write
 * transaction so that, on the embedded database, other requests interleave.
 */
import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { vietnamDate } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { loadTasks } from '../db/repositories/assignments.ts';
import { currentPolicy } from '../db/repositories/cycles.ts';
import {
  assignments,
  cycles,
  people,
  postTerms,
  roleGrants,
  supportRequests,
  tasks,
  units,
  users,
} from '../db/schema/index.ts';
import type { IsoDate } from '../domain/assignment/calendar.ts';
import { taskStatuses } from '../services/execution/task-statuses.ts';
import type { RecipientRole, Recipients, SweepAssignment, SweepRequest } from './sweep-plan.ts';

/** Assignment states whose tasks are being executed, and so reminded. */
export const SWEPT_STATES = ['committed', 'in_progress'] as const;

const ROLES: RecipientRole[] = ['head', 'delegate', 'assigner', 'supporter'];

/** Active users by (role, unit), from exact grants that are not revoked. */
export async function loadRecipients(q: Queryable): Promise<Recipients> {
  const rows = await q
    .select({ userId: roleGrants.userId, role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(isNull(roleGrants.revokedAt), eq(users.isActive, true), inArray(roleGrants.role, ROLES)));
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.role}:${r.unitId}`;
    const list = map.get(key) ?? [];
    if (!list.includes(r.userId)) list.push(r.userId);
    map.set(key, list);
  }
  return (role, unitId) => map.get(`${role}:${unitId}`) ?? [];
}

async function unitNames(q: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Who holds each head post on `today`. */
async function headNames(q: Queryable, postIds: string[], today: IsoDate): Promise<Map<string, string>> {
  if (postIds.length === 0) return new Map();
  const rows = await q
    .select({ postId: postTerms.postId, name: people.fullName })
    .from(postTerms)
    .innerJoin(people, eq(people.id, postTerms.personId))
    .where(
      and(
        inArray(postTerms.postId, [...new Set(postIds)]),
        lte(postTerms.startOn, today),
        or(isNull(postTerms.endOn), gte(postTerms.endOn, today)),
      ),
    );
  return new Map(rows.map((r) => [r.postId, r.name]));
}

/** Every assignment being executed in a cycle not yet over, with each task's status on `today`. */
export async function loadSweptAssignments(q: Queryable, today: IsoDate): Promise<SweepAssignment[]> {
  const rows = await q
    .select({ a: assignments, cycleEndsOn: cycles.endsOn })
    .from(assignments)
    .innerJoin(cycles, eq(cycles.id, assignments.cycleId))
    // After the cycle's last day every open task is not done: nothing left to remind of.
    .where(and(inArray(assignments.state, [...SWEPT_STATES]), gte(cycles.endsOn, today)));
  if (rows.length === 0) return [];
  const names = await unitNames(
    q,
    rows.flatMap((r) => [r.a.assigneeUnitId, r.a.assigningUnitId]),
  );
  const heads = await headNames(
    q,
    rows.map((r) => r.a.headPostId),
    today,
  );
  const policies = new Map<string, { dueSoonDays: number; silentDays: number }>();
  const result: SweepAssignment[] = [];
  // One assignment at a time, sequentially: memory stays bounded by the largest assignment.
  for (const { a, cycleEndsOn } of rows) {
    let policy = policies.get(a.cycleId);
    if (!policy) {
      const params = (await currentPolicy(q, a.cycleId))?.params;
      policy = { dueSoonDays: params?.dueSoonDays ?? 7, silentDays: params?.silentDays ?? 45 };
      policies.set(a.cycleId, policy);
    }
    const loaded = await loadTasks(q, a.id);
    const statuses = await taskStatuses(q, {
      loaded,
      headPostId: a.headPostId,
      issuedAt: a.issuedAt,
      cycleEnd: cycleEndsOn,
      policy,
      today,
    });
    result.push({
      assignmentId: a.id,
      assigneeUnitId: a.assigneeUnitId,
      assigneeUnitName: names.get(a.assigneeUnitId) ?? '',
      assigningUnitId: a.assigningUnitId,
      assigningUnitName: names.get(a.assigningUnitId) ?? '',
      headName: heads.get(a.headPostId) ?? null,
      issuedOn: a.issuedAt ? vietnamDate(a.issuedAt) : today,
      tasks: loaded.map(({ task }) => {
        const s = statuses.get(task.id)!;
        return {
          taskId: task.id,
          title: task.title,
          status: s.view.status,
          silent: s.view.silent,
          deadlineInForce: s.view.deadlineInForce,
          lastCheckIn: s.lastCheckIn?.reportedOn ?? null,
        };
      }),
    });
  }
  return result;
}

/** Every open support request, with the names its alerts show. */
export async function loadOpenRequests(q: Queryable): Promise<SweepRequest[]> {
  const rows = await q
    .select({
      requestId: supportRequests.id,
      assignmentId: supportRequests.assignmentId,
      taskId: supportRequests.taskId,
      taskTitle: tasks.title,
      subject: supportRequests.subject,
      assigneeUnitId: assignments.assigneeUnitId,
      assigningUnitId: assignments.assigningUnitId,
      routedTo: supportRequests.routedTo,
      routedToUnitId: supportRequests.routedToUnitId,
      responseDue: supportRequests.responseDue,
    })
    .from(supportRequests)
    .innerJoin(tasks, eq(tasks.id, supportRequests.taskId))
    .innerJoin(assignments, eq(assignments.id, supportRequests.assignmentId))
    .where(eq(supportRequests.state, 'open'));
  const names = await unitNames(
    q,
    rows.flatMap((r) => [r.assigneeUnitId, r.routedToUnitId]),
  );
  return rows.map(({ assigneeUnitId, ...r }) => ({
    ...r,
    raisedByUnitName: names.get(assigneeUnitId) ?? '',
    routedToUnitName: names.get(r.routedToUnitId) ?? '',
  }));
}
