import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DraftTaskInput } from '../../../contracts/tasks.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { assignments, supportCommitments, tasks, units } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { canEditTasksDirectly } from '../../domain/assignment/lifecycle.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadAssignmentContext } from './load-context.ts';

/** Weights and scores travel as points with two decimals and are stored as exact hundredths. */
export const toHundredths = (points: number | null) => (points === null ? null : Math.round(points * 100));

/** Refuses, listing every one, unknown unit ids and parents that are not targets of the assigning unit's own assignment in the cycle. */
async function checkReferences(tx: Tx, input: DraftTaskInput[], cycleId: string, assigningUnitId: string) {
  const problems: { field: string; code: string }[] = [];
  const unitIds = [
    ...new Set(
      input.flatMap((t) => [t.leadUnitId, ...t.coordinatingUnitIds]).filter((id): id is string => !!id),
    ),
  ];
  const found = unitIds.length
    ? new Set(
        (await tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds))).map((r) => r.id),
      )
    : new Set<string>();
  input.forEach((t, i) => {
    if (t.leadUnitId && !found.has(t.leadUnitId))
      problems.push({ field: `tasks.${i}.leadUnitId`, code: 'unit_not_found_in_scope' });
    t.coordinatingUnitIds.forEach((id, j) => {
      if (!found.has(id))
        problems.push({ field: `tasks.${i}.coordinatingUnitIds.${j}`, code: 'unit_not_found_in_scope' });
    });
  });
  const parentIds = [...new Set(input.map((t) => t.parentTaskId).filter((id): id is string => !!id))];
  if (parentIds.length) {
    const parents = await tx
      .select({ id: tasks.id, kind: tasks.kind })
      .from(tasks)
      .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
      .where(
        and(
          inArray(tasks.id, parentIds),
          eq(assignments.cycleId, cycleId),
          eq(assignments.assigneeUnitId, assigningUnitId),
        ),
      );
    const valid = new Set(parents.filter((p) => p.kind === 'target').map((p) => p.id));
    input.forEach((t, i) => {
      if (t.parentTaskId && !valid.has(t.parentTaskId))
        problems.push({ field: `tasks.${i}.parentTaskId`, code: 'parent_task_invalid' });
    });
  }
  if (problems.length) {
    const first =
      problems[0].code === 'parent_task_invalid' ? 'parent_task_invalid' : 'unit_not_found_in_scope';
    throw new AppError(first, { ref: problems.length }, problems);
  }
}

function taskValues(assignmentId: string, t: DraftTaskInput, position: number) {
  const target = t.kind === 'target';
  return {
    assignmentId,
    position,
    kind: t.kind,
    title: t.title,
    weight: toHundredths(t.weight),
    deadline: t.deadline,
    tags: t.tags,
    leadUnitId: t.leadUnitId,
    coordinatingUnitIds: t.coordinatingUnitIds,
    metric: target ? t.metric : null,
    unitOfMeasure: target ? t.unitOfMeasure : null,
    baseline: target && t.baseline !== null ? String(t.baseline) : null,
    targetValue: target && t.targetValue !== null ? String(t.targetValue) : null,
    direction: target ? t.direction : null,
    rollup: target ? t.rollup : null,
    expectedProduct: target ? null : t.expectedProduct,
    acceptanceCriteria: target ? null : t.acceptanceCriteria,
    parentTaskId: t.parentTaskId,
  };
}

const CHUNK = 1000;

/** Updates kept tasks row by row, inserts new ones in bulk, then rewrites every support commitment in bulk. */
async function writeTasks(tx: Tx, assignmentId: string, input: DraftTaskInput[], keep: Set<string>) {
  const ids: string[] = new Array(input.length);
  const fresh: { index: number; values: ReturnType<typeof taskValues> }[] = [];
  for (const [i, t] of input.entries()) {
    if (t.id && keep.has(t.id)) {
      await tx
        .update(tasks)
        .set({ ...taskValues(assignmentId, t, i), version: sql`${tasks.version} + 1` })
        .where(eq(tasks.id, t.id));
      ids[i] = t.id;
    } else fresh.push({ index: i, values: taskValues(assignmentId, t, i) });
  }
  for (let from = 0; from < fresh.length; from += CHUNK) {
    const part = fresh.slice(from, from + CHUNK);
    const rows = await tx
      .insert(tasks)
      .values(part.map((f) => f.values))
      .returning({ id: tasks.id, position: tasks.position });
    for (const r of rows) ids[r.position] = r.id;
  }
  const kept = ids.filter((id, i) => input[i].id === id);
  if (kept.length) await tx.delete(supportCommitments).where(inArray(supportCommitments.taskId, kept));
  const support = input.flatMap((t, i) =>
    t.supportCommitments.map((s, position) => ({
      taskId: ids[i],
      position,
      kind: s.kind,
      description: s.description,
      dueOn: s.dueOn,
    })),
  );
  for (let from = 0; from < support.length; from += CHUNK)
    await tx.insert(supportCommitments).values(support.slice(from, from + CHUNK));
}

/**
 * Saves a draft's whole task list in one transaction: tasks with an id are
 * updated, new ones added, missing ones removed. Issued assignments change
 * only through adjustments.
 */
export async function saveTasks(
  ctx: ServiceContext,
  assignmentId: string,
  input: { version: number; tasks: DraftTaskInput[] },
  action = 'assignment.save_tasks',
) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, assignmentId, true);
    if (!c.roles.isAssigner && !c.roles.isHead && !c.roles.isDelegate) throw new AppError('forbidden');
    assertVersion(c.assignment, input.version);
    if (!canEditTasksDirectly(c.state)) throw new AppError('assignment_not_editable');
    await checkReferences(tx, input.tasks, c.assignment.cycleId, c.assignment.assigningUnitId);
    const before = await loadTasks(tx, assignmentId);
    const keep = new Set(before.map((t) => t.task.id));
    const kept = input.tasks.map((t) => t.id).filter((id): id is string => !!id && keep.has(id));
    const removed = before.filter((t) => !kept.includes(t.task.id)).map((t) => t.task.id);
    if (removed.length) {
      await tx.delete(supportCommitments).where(inArray(supportCommitments.taskId, removed));
      await tx
        .delete(tasks)
        .where(
          and(eq(tasks.assignmentId, assignmentId), kept.length ? notInArray(tasks.id, kept) : undefined),
        );
    }
    await writeTasks(tx, assignmentId, input.tasks, keep);
    const [row] = await tx
      .update(assignments)
      .set({ version: sql`${assignments.version} + 1`, updatedAt: ctx.clock() })
      .where(eq(assignments.id, assignmentId))
      .returning();
    const after = await loadTasks(tx, assignmentId);
    await appendAudit(tx, c.auditCtx, {
      action,
      entityType: 'assignment',
      entityId: assignmentId,
      before: { tasks: before.map((t) => ({ ...t.task, support: t.support })) },
      after: { tasks: after.map((t) => ({ ...t.task, support: t.support })) },
    });
    return row;
  });
}
