import type { CheckInHistoryDto } from '../../../contracts/check-ins.ts';
import { loadCheckIns } from '../../db/repositories/execution.ts';
import type { ServiceContext } from '../context.ts';
import { checkInViews } from './check-in-view.ts';
import { loadTaskContext } from './load-task-context.ts';

/**
 * A task's check-in history, newest first, corrected entries included and marked
 * (so the history shows what was replaced and why), with what the caller may do.
 */
export async function listCheckIns(ctx: ServiceContext, taskId: string): Promise<CheckInHistoryDto> {
  const c = await loadTaskContext(ctx, ctx.db, taskId);
  const rows = await loadCheckIns(ctx.db, [taskId]);
  const items = (await checkInViews(ctx.db, rows)).reverse();
  const allowed = c.isReporter && c.reportable;
  return {
    taskId,
    taskKind: c.task.kind as CheckInHistoryDto['taskKind'],
    items,
    abilities: { record: allowed, correct: allowed && items.some((i) => i.inForce) },
  };
}
