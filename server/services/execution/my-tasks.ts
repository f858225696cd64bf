import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { MyTasksDto } from '../../../contracts/execution.ts';
import { vietnamDate } from '../../clock.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { currentPolicy } from '../../db/repositories/cycles.ts';
import { assignments, cycles, supportCommitments, tasks, units } from '../../db/schema/index.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import type { ServiceContext } from '../context.ts';
import { byNextDeadline, countStatuses, statusRows, supportOwedOn } from './status-rows.ts';

/** Assignments a head works on: committed, and every later state. */
const BOARD_STATES = ['committed', 'in_progress', 'self_assessed', 'scored', 'finalized'];

/**
 * The head's (or delegate's) board (UI.md: "what is due, what is late, what they owe and
 * what is owed to them"): every task of the committed assignments of the units where the
 * caller is head or delegate, open tasks first by deadline, with the support owed to them.
 */
export async function getMyTasks(
  ctx: ServiceContext,
  filter: { date?: IsoDate; cycleId?: string } = {},
): Promise<MyTasksDto> {
  const day = filter.date ?? vietnamDate(ctx.clock());
  const unitIds = [
    ...new Set(
      ctx.actor.grants.filter((g) => g.role === 'head' || g.role === 'delegate').map((g) => g.unitId),
    ),
  ];
  if (unitIds.length === 0) return { date: day, tasks: [], counts: countStatuses([]) };
  const rows = await ctx.db
    .select({ assignment: assignments, cycle: cycles, unitName: units.name })
    .from(assignments)
    .innerJoin(cycles, eq(cycles.id, assignments.cycleId))
    .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
    .where(
      and(
        inArray(assignments.assigneeUnitId, unitIds),
        inArray(assignments.state, BOARD_STATES),
        filter.cycleId ? eq(assignments.cycleId, filter.cycleId) : undefined,
      ),
    )
    .orderBy(asc(cycles.startsOn));
  const out: MyTasksDto['tasks'] = [];
  for (const { assignment: a, cycle, unitName } of rows) {
    const policy = (await currentPolicy(ctx.db, cycle.id))!.params;
    const loaded = await loadTasks(ctx.db, a.id);
    const statuses = await statusRows(ctx.db, { assignment: a, cycle, policy }, loaded, day);
    const owed = loaded.length
      ? await ctx.db
          .select({ s: supportCommitments })
          .from(supportCommitments)
          .innerJoin(tasks, sql`${tasks.id} = ${supportCommitments.taskId}`)
          .where(
            and(
              inArray(
                supportCommitments.taskId,
                loaded.map((t) => t.task.id),
              ),
              supportOwedOn(day),
            ),
          )
          .orderBy(asc(supportCommitments.dueOn))
      : [];
    const header = {
      id: a.id,
      state: a.state,
      cycleId: cycle.id,
      cycleName: cycle.name,
      assigneeUnit: { id: a.assigneeUnitId, name: unitName },
      documentNumber: a.documentNumber,
    };
    for (const row of statuses) {
      out.push({
        ...row,
        assignment: header,
        supportOwed: owed
          .filter(({ s }) => s.taskId === row.taskId)
          .map(({ s }) => ({
            id: s.id,
            kind: s.kind,
            description: s.description,
            dueOn: s.dueOn,
            state: s.state,
          })),
      });
    }
  }
  out.sort(byNextDeadline);
  return { date: day, tasks: out, counts: countStatuses(out) };
}
