/**
 * Who reads and writes a head's self-assessment. It is personnel evaluation (SPEC §5):
 * read by the head and their delegate, the assigning body (assigner, admins over the
 * unit) and the members of the cohort's council; drafted by the head or a delegate;
 * submitted by the head alone.
 */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { councilMembers, councils, selfAssessments } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import type { AssignmentState } from '../../domain/assignment/lifecycle.ts';
import { hasRoleOn } from '../../domain/permissions.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import type { AssignmentContext } from './report.ts';

/** Assignment states in which the head drafts and submits the report. */
export const SELF_ASSESSMENT_OPEN_STATES: readonly AssignmentState[] = ['committed', 'in_progress'];

export type SelfAssessmentRow = typeof selfAssessments.$inferSelect;

/** True when the caller sits on the council of the assignment's cohort (its assigning unit and cycle). */
async function hasCouncilSeat(
  ctx: ServiceContext,
  q: Queryable,
  a: { cycleId: string; assigningUnitId: string },
): Promise<boolean> {
  if (!ctx.actor.userId) return false;
  const [seat] = await q
    .select({ id: councilMembers.id })
    .from(councilMembers)
    .innerJoin(councils, eq(councils.id, councilMembers.councilId))
    .where(
      and(
        eq(councils.cycleId, a.cycleId),
        eq(councils.assigningUnitId, a.assigningUnitId),
        eq(councilMembers.userId, ctx.actor.userId),
      ),
    )
    .limit(1);
  return !!seat;
}

/**
 * The assignment's context for reading its report. A council member reads the reports of
 * the heads they score even without a role over their units: membership gives that read.
 */
export async function loadReadableContext(ctx: ServiceContext, q: Queryable, id: string) {
  try {
    return await loadAssignmentContext(ctx, q, id);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    const a = await findAssignment(q, id);
    if (!a || !(await hasCouncilSeat(ctx, q, a))) throw error;
    const unit = (await findUnit(q, a.assigneeUnitId))!;
    const seat = {
      role: 'council_member' as const,
      unitId: unit.id,
      unitPath: unit.path,
      includeSubtree: false,
    };
    return loadAssignmentContext(
      { ...ctx, actor: { ...ctx.actor, grants: [...ctx.actor.grants, seat] } },
      q,
      id,
    );
  }
}

/** Refuses (403) a reader who is neither the head's side, the assigning body nor the council. */
export async function assertCanRead(ctx: ServiceContext, q: Queryable, c: AssignmentContext): Promise<void> {
  const r = c.roles;
  if (r.isHead || r.isDelegate || r.isAssigner) return;
  if (hasRoleOn(ctx.actor, c.assigneeUnit, ['admin']) || hasRoleOn(ctx.actor, c.assigningUnit, ['admin']))
    return;
  if (await hasCouncilSeat(ctx, q, c.assignment)) return;
  throw new AppError('forbidden');
}

/** The stored report of an assignment, optionally locked. */
export async function findSelfAssessment(q: Queryable, assignmentId: string, lock = false) {
  const query = q.select().from(selfAssessments).where(eq(selfAssessments.assignmentId, assignmentId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The first day the head may submit: the first day of the cycle's last month (the year-end review). */
export const submissionOpensOn = (cycleEndsOn: string): string => `${cycleEndsOn.slice(0, 8)}01`;

/** What the caller may do with the report on `today`. */
export function selfAssessmentAbilities(
  c: AssignmentContext,
  row: SelfAssessmentRow | undefined,
  today: string,
) {
  const open = SELF_ASSESSMENT_OPEN_STATES.includes(c.state) && row?.state !== 'submitted';
  return {
    edit: open && (c.roles.isHead || !!c.roles.isDelegate),
    submit: open && c.roles.isHead && !!row && today >= submissionOpensOn(c.cycle.endsOn),
  };
}
