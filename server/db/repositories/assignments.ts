import { asc, eq, inArray } from 'drizzle-orm';
import type { Task as DomainTask, TaskChange } from '../../domain/assignment/task.ts';
import type { Queryable } from '../client.ts';
import { adjustments, assignments, supportCommitments, taskChanges, tasks } from '../schema/index.ts';

export type AssignmentRow = typeof assignments.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type SupportRow = typeof supportCommitments.$inferSelect;
export type ChangeRow = typeof taskChanges.$inferSelect;

/** One assignment, optionally locked (every change to it or its tasks locks this row first). */
export async function findAssignment(q: Queryable, id: string, forUpdate = false) {
  const query = q.select().from(assignments).where(eq(assignments.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** An assignment's tasks in order, with their support commitments and value history. */
export async function loadTasks(q: Queryable, assignmentId: string) {
  const taskRows = await q
    .select()
    .from(tasks)
    .where(eq(tasks.assignmentId, assignmentId))
    .orderBy(asc(tasks.position));
  const ids = taskRows.map((t) => t.id);
  // Sequential: `q` may be a transaction, whose queries share one connection.
  const support = ids.length
    ? await q
        .select()
        .from(supportCommitments)
        .where(inArray(supportCommitments.taskId, ids))
        .orderBy(asc(supportCommitments.position))
    : [];
  const changes = ids.length
    ? await q.select().from(taskChanges).where(inArray(taskChanges.taskId, ids)).orderBy(asc(taskChanges.seq))
    : [];
  return taskRows.map((task) => ({
    task,
    support: support.filter((s) => s.taskId === task.id),
    changes: changes.filter((c) => c.taskId === task.id),
  }));
}

export type LoadedTask = Awaited<ReturnType<typeof loadTasks>>[number];

/** The tasks of several assignments at once (three queries in all), by assignment id. */
export async function loadTasksOf(q: Queryable, assignmentIds: readonly string[]) {
  const byAssignment = new Map<string, LoadedTask[]>(assignmentIds.map((id) => [id, []]));
  if (assignmentIds.length === 0) return byAssignment;
  const taskRows = await q
    .select()
    .from(tasks)
    .where(inArray(tasks.assignmentId, [...assignmentIds]))
    .orderBy(asc(tasks.assignmentId), asc(tasks.position));
  const ids = taskRows.map((t) => t.id);
  const support = ids.length
    ? await q
        .select()
        .from(supportCommitments)
        .where(inArray(supportCommitments.taskId, ids))
        .orderBy(asc(supportCommitments.position))
    : [];
  const changes = ids.length
    ? await q.select().from(taskChanges).where(inArray(taskChanges.taskId, ids)).orderBy(asc(taskChanges.seq))
    : [];
  const group = <T extends { taskId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.taskId, [...(map.get(r.taskId) ?? []), r]);
    return map;
  };
  const supportBy = group(support);
  const changesBy = group(changes);
  for (const task of taskRows) {
    byAssignment.get(task.assignmentId)!.push({
      task,
      support: supportBy.get(task.id) ?? [],
      changes: changesBy.get(task.id) ?? [],
    });
  }
  return byAssignment;
}

/** Adjustment requests of an assignment, oldest first. */
export async function listAdjustments(q: Queryable, assignmentId: string) {
  return q
    .select()
    .from(adjustments)
    .where(eq(adjustments.assignmentId, assignmentId))
    .orderBy(asc(adjustments.createdAt));
}

/** A stored task as the domain's Task (weights in hundredths, history from approved changes). */
export function toDomainTask(t: LoadedTask, headPostId: string): DomainTask {
  const common = {
    id: t.task.id,
    title: t.task.title,
    weight: t.task.weight ?? 0,
    deadline: t.task.deadline ?? '',
    tags: t.task.tags as DomainTask['tags'],
    leadUnitId: t.task.leadUnitId ?? '',
    headPostId,
    coordinatingUnitIds: t.task.coordinatingUnitIds,
    supportCommitments: t.support.map((s) => ({
      kind: s.kind as DomainTask['supportCommitments'][number]['kind'],
      description: s.description,
      dueDate: s.dueOn ?? '',
    })),
    parentTaskId: t.task.parentTaskId,
    history: t.changes.map(
      (c) =>
        ({
          adjustmentId: c.adjustmentId,
          approvedOn: c.approvedOn,
          field: c.field,
          from: c.fromValue,
          to: c.toValue,
        }) as TaskChange,
    ),
    cancellation:
      t.task.cancelledOn && t.task.cancellationAdjustmentId
        ? {
            adjustmentId: t.task.cancellationAdjustmentId,
            approvedOn: t.task.cancelledOn,
            reason: t.task.cancellationReason ?? '',
          }
        : null,
  };
  if (t.task.kind === 'target') {
    return {
      ...common,
      kind: 'target',
      metric: t.task.metric ?? '',
      unitOfMeasure: t.task.unitOfMeasure ?? '',
      baseline: t.task.baseline === null ? null : Number(t.task.baseline),
      targetValue: Number(t.task.targetValue ?? 0),
      direction: (t.task.direction ?? 'at_least') as 'at_least' | 'at_most',
      rollup: (t.task.rollup ?? null) as 'sum' | 'average' | 'min' | null,
    };
  }
  return {
    ...common,
    kind: 'deliverable',
    expectedProduct: t.task.expectedProduct ?? '',
    acceptanceCriteria: t.task.acceptanceCriteria ?? '',
  };
}

/** Stored tasks as the issuing rules' drafts (numbers as numbers, support due dates as `dueDate`). */
export function toTaskDrafts(loaded: LoadedTask[]) {
  return loaded.map(({ task, support }) => ({
    ...task,
    baseline: task.baseline === null ? null : Number(task.baseline),
    targetValue: task.targetValue === null ? null : Number(task.targetValue),
    supportCommitments: support.map((s) => ({ kind: s.kind, description: s.description, dueDate: s.dueOn })),
  }));
}

/** A task field's value as issued: the `from` of its first approved change, else the current value. */
export function issuedValue<T>(t: LoadedTask, field: 'weight' | 'deadline' | 'targetValue', current: T): T {
  return (t.changes.find((c) => c.field === field)?.fromValue as T | undefined) ?? current;
}
