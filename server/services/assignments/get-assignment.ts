import { and, eq, inArray } from 'drizzle-orm';
import { vnDate } from '../../clock.ts';
import { listAdjustments, loadTasks, toTaskDrafts } from '../../db/repositories/assignments.ts';
import { findPost, listPostsWithTerms } from '../../db/repositories/posts.ts';
import { assignments, tasks, units } from '../../db/schema/index.ts';
import { issuingProblems } from '../../domain/assignment/issuing-rules.ts';
import { rollUp, type SplitProblem, splitProblems } from '../../domain/assignment/rollup.ts';
import type { Direction, RollupMethod } from '../../domain/assignment/task.ts';
import { termAt } from '../../domain/posts.ts';
import type { ServiceContext } from '../context.ts';
import { loadAssignmentContext } from './load-context.ts';

/**
 * An assignment with everything its pages show: tasks with support and
 * history, adjustments, the head today, cascade links (parent target and the
 * child tasks split from each target), and — for drafts — every problem that
 * would stop it from being issued.
 */
export async function getAssignment(ctx: ServiceContext, id: string) {
  const c = await loadAssignmentContext(ctx, ctx.db, id);
  const [loaded, adjustmentRows, post] = await Promise.all([
    loadTasks(ctx.db, id),
    listAdjustments(ctx.db, id),
    findPost(ctx.db, c.assignment.headPostId),
  ]);
  const postWithTerms = post
    ? (await listPostsWithTerms(ctx.db, post.unitId)).find((p) => p.id === post.id)
    : undefined;
  const holder = postWithTerms ? termAt(postWithTerms.terms, vnDate(ctx.clock())) : undefined;

  const taskIds = loaded.map((t) => t.task.id);
  const parentIds = loaded.map((t) => t.task.parentTaskId).filter((x): x is string => !!x);
  const unitIds = [
    ...new Set(
      loaded
        .flatMap((t) => [t.task.leadUnitId, ...t.task.coordinatingUnitIds])
        .filter((x): x is string => !!x),
    ),
  ];
  const [unitRows, parents, children] = await Promise.all([
    unitIds.length
      ? ctx.db
          .select({ id: units.id, name: units.name, code: units.code })
          .from(units)
          .where(inArray(units.id, unitIds))
      : [],
    parentIds.length
      ? ctx.db
          .select({
            id: tasks.id,
            title: tasks.title,
            assignmentId: tasks.assignmentId,
            targetValue: tasks.targetValue,
            rollup: tasks.rollup,
          })
          .from(tasks)
          .where(inArray(tasks.id, parentIds))
      : [],
    taskIds.length
      ? ctx.db
          .select({
            id: tasks.id,
            parentTaskId: tasks.parentTaskId,
            assignmentId: tasks.assignmentId,
            targetValue: tasks.targetValue,
            direction: tasks.direction,
            unitOfMeasure: tasks.unitOfMeasure,
            cancelledOn: tasks.cancelledOn,
            unitName: units.name,
            state: assignments.state,
          })
          .from(tasks)
          .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
          .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
          .where(and(inArray(tasks.parentTaskId, taskIds)))
      : [],
  ]);
  const problems =
    c.state === 'draft'
      ? issuingProblems(
          {
            documentNumber: c.assignment.documentNumber,
            documentDate: c.assignment.documentDate,
            signer: c.assignment.signerName,
            headPostId: c.assignment.headPostId,
            tasks: toTaskDrafts(loaded),
          },
          {
            resultsPart: c.policy.resultsPart,
            cycle: { startDate: c.cycle.startsOn, endDate: c.cycle.endsOn },
          },
        ).filter((p) => !['documentNumber', 'documentDate', 'signer'].includes(p.field))
      : [];
  // A target split among the units below: do the children's targets, rolled up its way, meet it?
  const splits = new Map<
    string,
    { method: RollupMethod; rolledUp: number | null; problems: SplitProblem[] }
  >();
  for (const { task } of loaded) {
    const kids = children.filter((k) => k.parentTaskId === task.id);
    if (task.kind !== 'target' || !task.rollup || kids.length === 0) continue;
    const method = task.rollup as RollupMethod;
    const childTargets = kids.map((k) => ({
      taskId: k.id,
      targetValue: Number(k.targetValue ?? 0),
      direction: (k.direction ?? 'at_least') as Direction,
      unitOfMeasure: k.unitOfMeasure ?? '',
      cancelled: k.cancelledOn !== null,
    }));
    splits.set(task.id, {
      method,
      rolledUp: rollUp(
        method,
        childTargets.map((k) => ({ taskId: k.taskId, value: k.targetValue, cancelled: k.cancelled })),
      ).value,
      problems: splitProblems(
        {
          targetValue: Number(task.targetValue ?? 0),
          direction: (task.direction ?? 'at_least') as Direction,
          unitOfMeasure: task.unitOfMeasure ?? '',
          rollup: method,
        },
        childTargets,
      ),
    });
  }
  return {
    ...c,
    splits,
    tasks: loaded,
    adjustments: adjustmentRows,
    headPost: post ?? null,
    head: holder ? { personId: holder.personId, fullName: holder.personName, since: holder.startOn } : null,
    units: new Map(unitRows.map((u) => [u.id, u])),
    parents: new Map(parents.map((p) => [p.id, p])),
    children,
    problems,
  };
}
