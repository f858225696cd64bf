import { eq } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { tasks } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { isReportable } from './check-in-rules.ts';

/**
 * A task with its assignment's context (roles, cycle, audit context); 404 naming
 * `entity` when the task does not exist or the caller cannot read its assignment.
 * With `lock`, the assignment row is locked first and the task read after it, so a
 * cancellation approved meanwhile is seen.
 */
export async function loadTaskContext(
  ctx: ServiceContext,
  q: Queryable,
  taskId: string,
  opts: { lock?: boolean; entity?: string } = {},
) {
  const entity = opts.entity ?? 'task';
  const find = async () => (await q.select().from(tasks).where(eq(tasks.id, taskId)))[0];
  const first = await find();
  if (!first) throw notFound(entity);
  let c: Awaited<ReturnType<typeof loadAssignmentContext>>;
  try {
    c = await loadAssignmentContext(ctx, q, first.assignmentId, opts.lock ?? false);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound(entity);
    throw error;
  }
  const task = opts.lock ? ((await find()) ?? first) : first;
  const a = c.assignment;
  return {
    ...c,
    task,
    /** The assignment's decision date; the day it was entered as issued when no date was recorded. */
    issuedOn: a.documentDate ?? (a.issuedAt ? vietnamDate(a.issuedAt) : null),
    /** The head in person, or their delegate, may report on this task. */
    isReporter: c.roles.isHead || !!c.roles.isDelegate,
    reportable: isReportable({ task, assignmentState: c.state }),
  };
}

export type TaskContext = Awaited<ReturnType<typeof loadTaskContext>>;
