import { eq } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import { tasks } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { getAssignment } from '../assignments/get-assignment.ts';
import type { ServiceContext } from '../context.ts';
import { statusRows } from './status-rows.ts';
import { taskTimeline } from './task-timeline.ts';

/**
 * The task page: the task (values in force and their history) with its assignment,
 * its status on `date` and its whole timeline. 404 when the caller cannot read the
 * assignment it belongs to.
 */
export async function getTaskPage(ctx: ServiceContext, taskId: string, date?: IsoDate) {
  const [row] = await ctx.db
    .select({ assignmentId: tasks.assignmentId })
    .from(tasks)
    .where(eq(tasks.id, taskId));
  if (!row) throw notFound('task');
  let detail: Awaited<ReturnType<typeof getAssignment>>;
  try {
    detail = await getAssignment(ctx, row.assignmentId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound('task');
    throw error;
  }
  const day = date ?? vietnamDate(ctx.clock());
  const loaded = detail.tasks.find((t) => t.task.id === taskId)!;
  const status = detail.state === 'draft' ? null : (await statusRows(ctx.db, detail, [loaded], day))[0];
  return { detail, taskId, date: day, status, timeline: await taskTimeline(ctx.db, taskId) };
}
