import { and, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OverviewDto } from '../../../contracts/execution.ts';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { currentPolicy, findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import {
  appraisals,
  assignments,
  posts,
  supportCommitments,
  supportRequests,
  tasks,
  units,
} from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { canAssignFrom, canSeeCycle } from '../../domain/assignment-access.ts';
import { canReadUnit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';
import { headNameOn } from './head-name.ts';
import { countStatuses, requestEscalatedOn, requestOpenOn, supportOwedOn } from './status-rows.ts';
import { taskStatuses } from './task-statuses.ts';

/** Open and escalated requests, support owed and the last appraisal date per assignment, each one grouped query. */
async function assignmentCounts(q: Queryable, ids: string[], date: IsoDate) {
  const requests = await q
    .select({
      id: supportRequests.assignmentId,
      open: sql<number>`count(*) filter (where ${requestOpenOn(date)})`.mapWith(Number),
      escalated: sql<number>`count(*) filter (where ${requestEscalatedOn(date)})`.mapWith(Number),
    })
    .from(supportRequests)
    .where(inArray(supportRequests.assignmentId, ids))
    .groupBy(supportRequests.assignmentId);
  const owed = await q
    .select({ id: tasks.assignmentId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(supportCommitments)
    .innerJoin(tasks, eq(tasks.id, supportCommitments.taskId))
    .where(and(inArray(tasks.assignmentId, ids), supportOwedOn(date)))
    .groupBy(tasks.assignmentId);
  const appraised = await q
    .select({ id: appraisals.assignmentId, last: sql<string>`max(${appraisals.appraisedOn})` })
    .from(appraisals)
    .where(and(inArray(appraisals.assignmentId, ids), lte(appraisals.appraisedOn, date)))
    .groupBy(appraisals.assignmentId);
  return {
    requests: new Map(requests.map((r) => [r.id, r])),
    owed: new Map(owed.map((r) => [r.id, r.n])),
    appraised: new Map(appraised.map((r) => [r.id, String(r.last)])),
  };
}

/**
 * The assigning body's dashboard for a cycle (SPEC §6): every head it assigned (issued
 * or later) with counts by status, overdue, due soon, silent, at risk, done, exceeded,
 * open and escalated requests, support owed and the last appraisal; by unit name in
 * Vietnamese order. For the unit's assigner, or anyone who reads the assigning unit.
 */
export async function getCycleOverview(
  ctx: ServiceContext,
  cycleId: string,
  assigningUnitId: string,
  date?: IsoDate,
): Promise<OverviewDto> {
  const found = await findCycle(ctx.db, cycleId);
  if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
  const assigning = await findUnit(ctx.db, assigningUnitId);
  if (!assigning) throw notFound('unit');
  const isAssigner = canAssignFrom(ctx.actor, assigning);
  denyUnless(isAssigner || canReadUnit(ctx.actor, assigning), ctx.actor, assigning, 'unit');
  const day = date ?? vietnamDate(ctx.clock());
  const policy = (await currentPolicy(ctx.db, cycleId))!.params;
  const assignee = alias(units, 'assignee');
  const rows = (
    await ctx.db
      .select({
        assignment: assignments,
        unit: { id: assignee.id, name: assignee.name, code: assignee.code, path: assignee.path },
        postTitle: posts.title,
        headName: headNameOn(assignments.headPostId, day),
      })
      .from(assignments)
      .innerJoin(assignee, eq(assignee.id, assignments.assigneeUnitId))
      .innerJoin(posts, eq(posts.id, assignments.headPostId))
      .where(
        and(
          eq(assignments.cycleId, cycleId),
          eq(assignments.assigningUnitId, assigningUnitId),
          ne(assignments.state, 'draft'),
        ),
      )
  ).filter((r) => isAssigner || canReadUnit(ctx.actor, r.unit));
  const counts = rows.length
    ? await assignmentCounts(
        ctx.db,
        rows.map((r) => r.assignment.id),
        day,
      )
    : { requests: new Map(), owed: new Map(), appraised: new Map() };

  const out: OverviewDto['rows'] = [];
  for (const r of rows) {
    const loaded = await loadTasks(ctx.db, r.assignment.id);
    const statuses = await taskStatuses(ctx.db, {
      loaded,
      headPostId: r.assignment.headPostId,
      issuedAt: r.assignment.issuedAt,
      cycleEnd: found.cycle.endsOn,
      policy: { dueSoonDays: policy.dueSoonDays, silentDays: policy.silentDays },
      today: day,
    });
    const tally = countStatuses([...statuses.values()].map((s) => s.view));
    const requests = counts.requests.get(r.assignment.id);
    out.push({
      assignmentId: r.assignment.id,
      state: r.assignment.state,
      assigneeUnit: { id: r.unit.id, name: r.unit.name, code: r.unit.code },
      headPostTitle: r.postTitle,
      headName: r.headName,
      documentNumber: r.assignment.documentNumber,
      counts: tally,
      overdue: tally.byStatus.overdue,
      dueSoon: tally.byStatus.due_soon,
      openRequests: requests?.open ?? 0,
      escalatedRequests: requests?.escalated ?? 0,
      owedSupport: counts.owed.get(r.assignment.id) ?? 0,
      lastAppraisedOn: counts.appraised.get(r.assignment.id) ?? null,
    });
  }
  const collator = new Intl.Collator('vi');
  out.sort((a, b) => collator.compare(a.assigneeUnit.name, b.assigneeUnit.name));
  return {
    cycleId,
    assigningUnit: { id: assigning.id, name: assigning.name },
    date: day,
    rows: out,
    totals: totalsOf(out),
  };
}

function totalsOf(rows: OverviewDto['rows']): OverviewDto['totals'] {
  const sum = (pick: (r: OverviewDto['rows'][number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const byStatus = Object.fromEntries(
    Object.keys(rows[0]?.counts.byStatus ?? countStatuses([]).byStatus).map((s) => [
      s,
      sum((r) => r.counts.byStatus[s as keyof typeof r.counts.byStatus]),
    ]),
  ) as OverviewDto['totals']['byStatus'];
  return {
    total: sum((r) => r.counts.total),
    byStatus,
    done: sum((r) => r.counts.done),
    atRisk: sum((r) => r.counts.atRisk),
    silent: sum((r) => r.counts.silent),
    exceeded: sum((r) => r.counts.exceeded),
    overdue: sum((r) => r.overdue),
    dueSoon: sum((r) => r.dueSoon),
    openRequests: sum((r) => r.openRequests),
    escalatedRequests: sum((r) => r.escalatedRequests),
    owedSupport: sum((r) => r.owedSupport),
  };
}
