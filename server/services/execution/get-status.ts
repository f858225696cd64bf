import type { AssignmentStatusDto } from '../../../contracts/execution.ts';
import { vietnamDate } from '../../clock.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { AppError } from '../../domain/app-error.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { countStatuses, statusRows } from './status-rows.ts';

/**
 * The status of every task of an assignment on `date` (default today, Vietnam time),
 * with counts by status (SPEC §3). Anyone who reads the assignment may ask.
 */
export async function getAssignmentStatus(
  ctx: ServiceContext,
  assignmentId: string,
  date?: IsoDate,
): Promise<AssignmentStatusDto> {
  const c = await loadAssignmentContext(ctx, ctx.db, assignmentId);
  if (c.state === 'draft') throw new AppError('assignment_not_issued');
  const day = date ?? vietnamDate(ctx.clock());
  const rows = await statusRows(ctx.db, c, await loadTasks(ctx.db, assignmentId), day);
  return { assignmentId, date: day, state: c.state, tasks: rows, counts: countStatuses(rows) };
}
