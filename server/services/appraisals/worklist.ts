import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { WorklistDto } from '../../../contracts/appraisals.ts';
import { vietnamDate } from '../../clock.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { currentPolicy } from '../../db/repositories/cycles.ts';
import { unitVisibleTo } from '../../db/repositories/units.ts';
import { appraisals, assignments, cycles, units } from '../../db/schema/index.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { isOpen } from '../../domain/assignment/task-status.ts';
import type { ServiceContext } from '../context.ts';
import { headNameOn } from '../execution/head-name.ts';
import { taskStatuses } from '../execution/task-statuses.ts';
import { quarterEnd, quarterStart } from './appraisal-rules.ts';
import { appraiserGrants } from './appraiser-grant.ts';
import { APPRAISABLE_STATES, issuedOn } from './record-appraisal.ts';

/**
 * What waits for an appraiser (UI.md: "a worklist of what waits for them"): for each
 * assignment in execution whose unit their appraiser grants reach, the products
 * submitted and not judged since, the tasks at risk or overdue, the tasks never
 * appraised, the last appraisal and the quarters begun without a quarterly appraisal.
 */
export async function getWorklist(ctx: ServiceContext, date?: IsoDate): Promise<WorklistDto> {
  const day = date ?? vietnamDate(ctx.clock());
  const grants = appraiserGrants(ctx.actor);
  if (grants.length === 0) return { date: day, items: [] };
  const assignee = alias(units, 'assignee');
  const rows = await ctx.db
    .select({
      assignment: assignments,
      cycle: cycles,
      unit: { id: assignee.id, name: assignee.name },
      headName: headNameOn(assignments.headPostId, day),
    })
    .from(assignments)
    .innerJoin(cycles, eq(cycles.id, assignments.cycleId))
    .innerJoin(assignee, eq(assignee.id, assignments.assigneeUnitId))
    .where(
      and(
        inArray(assignments.state, [...APPRAISABLE_STATES]),
        unitVisibleTo({ ...ctx.actor, grants }, 'assignee'),
      ),
    );
  if (rows.length === 0) return { date: day, items: [] };
  const quarterly = await ctx.db
    .selectDistinct({ id: appraisals.assignmentId, quarter: appraisals.quarter })
    .from(appraisals)
    .where(
      and(
        inArray(
          appraisals.assignmentId,
          rows.map((r) => r.assignment.id),
        ),
        eq(appraisals.kind, 'quarterly'),
        lte(appraisals.appraisedOn, day),
        sql`${appraisals.quarter} is not null`,
      ),
    );

  const items: WorklistDto['items'] = [];
  for (const { assignment: a, cycle, unit, headName } of rows) {
    const policy = (await currentPolicy(ctx.db, cycle.id))!.params;
    const loaded = await loadTasks(ctx.db, a.id);
    const statuses = await taskStatuses(ctx.db, {
      loaded,
      headPostId: a.headPostId,
      issuedAt: a.issuedAt,
      cycleEnd: cycle.endsOn,
      policy: { dueSoonDays: policy.dueSoonDays, silentDays: policy.silentDays },
      today: day,
    });
    const tasks = loaded.map(({ task }) => ({
      ref: { taskId: task.id, number: task.position + 1, title: task.title },
      entry: statuses.get(task.id)!,
    }));
    const live = tasks.filter((t) => t.entry.view.status !== 'cancelled');
    const done = new Set(quarterly.filter((x) => x.id === a.id).map((x) => x.quarter));
    const issued = issuedOn(a, day);
    const quarters = [1, 2, 3, 4].filter((q) => {
      const start = quarterStart(cycle.startsOn, q);
      return start <= day && start <= cycle.endsOn && quarterEnd(cycle.startsOn, q) >= issued && !done.has(q);
    });
    const dates = tasks.map((t) => t.entry.lastAppraisal?.appraisedOn).filter((d): d is string => !!d);
    items.push({
      assignmentId: a.id,
      cycleId: cycle.id,
      cycleName: cycle.name,
      state: a.state,
      assigneeUnit: unit,
      headName,
      documentNumber: a.documentNumber,
      productsAwaiting: live
        .filter((t) => t.entry.pendingProduct)
        .map((t) => ({
          ...t.ref,
          checkInId: t.entry.pendingProduct!.checkInId,
          submittedOn: t.entry.pendingProduct!.reportedOn,
        })),
      atRiskOrOverdue: live
        .filter(
          (t) => isOpen(t.entry.view.status) && (t.entry.view.atRisk || t.entry.view.status === 'overdue'),
        )
        .map((t) => ({ ...t.ref, status: t.entry.view.status, atRisk: t.entry.view.atRisk })),
      neverAppraised: live.filter((t) => t.entry.lastAppraisal === null).map((t) => t.ref),
      lastAppraisedOn: dates.sort().at(-1) ?? null,
      quartersNotAppraised: quarters,
    });
  }
  const collator = new Intl.Collator('vi');
  items.sort((x, y) => collator.compare(x.assigneeUnit.name, y.assigneeUnit.name));
  return { date: day, items };
}
