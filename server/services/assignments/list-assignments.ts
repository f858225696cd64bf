import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { vnDate } from '../../clock.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { unitVisibleTo } from '../../db/repositories/units.ts';
import { assignments, people, posts, postTerms, tasks, units } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { assignmentRoles, canSeeCycle } from '../../domain/assignment-access.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The assignments of a cycle the caller may see — for an assigner, every head
 * they assign, with the state, task count, weight total and today's head.
 * Counts are aggregated in SQL.
 */
export async function listAssignments(
  ctx: ServiceContext,
  cycleId: string,
  filter: { assigningUnitId?: string } = {},
) {
  const found = await findCycle(ctx.db, cycleId);
  if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
  const assigningIds = ctx.actor.grants.filter((g) => g.role === 'assigner').map((g) => g.unitId);
  const assignee = alias(units, 'assignee');
  const assigning = alias(units, 'assigning');
  const today = vnDate(ctx.clock());
  const visible = sql`(${unitVisibleTo(ctx.actor, 'assignee')}${assigningIds.length ? sql` or ${inArray(assignments.assigningUnitId, assigningIds)}` : sql``})`;
  const rows = await ctx.db
    .select({
      assignment: assignments,
      assigneeName: assignee.name,
      assigneePath: assignee.path,
      assigneeCode: assignee.code,
      assigningName: assigning.name,
      assigningPath: assigning.path,
      postTitle: posts.title,
      headName: sql<
        string | null
      >`(select ${people.fullName} from ${postTerms} join ${people} on ${people.id} = ${postTerms.personId}
        where ${postTerms.postId} = ${assignments.headPostId} and ${postTerms.startOn} <= ${today}
          and (${postTerms.endOn} is null or ${postTerms.endOn} >= ${today}) limit 1)`,
      taskCount:
        sql<number>`(select count(*) from ${tasks} where ${tasks.assignmentId} = ${assignments.id} and ${tasks.cancelledOn} is null)`.mapWith(
          Number,
        ),
      weightTotal:
        sql<number>`(select coalesce(sum(${tasks.weight}), 0) from ${tasks} where ${tasks.assignmentId} = ${assignments.id} and ${tasks.cancelledOn} is null)`.mapWith(
          Number,
        ),
    })
    .from(assignments)
    .innerJoin(assignee, eq(assignee.id, assignments.assigneeUnitId))
    .innerJoin(assigning, eq(assigning.id, assignments.assigningUnitId))
    .innerJoin(posts, eq(posts.id, assignments.headPostId))
    .where(
      and(
        eq(assignments.cycleId, cycleId),
        visible,
        filter.assigningUnitId ? eq(assignments.assigningUnitId, filter.assigningUnitId) : undefined,
      ),
    )
    .orderBy(assigning.code, assignee.code);
  return rows.map((r) => ({
    ...r,
    roles: assignmentRoles(ctx.actor, {
      assigningUnit: { id: r.assignment.assigningUnitId, path: r.assigningPath },
      assigneeUnit: { id: r.assignment.assigneeUnitId, path: r.assigneePath },
    }),
  }));
}
