/**
 * Deductions (điểm trừ: recorded penalties taken off the total) and disqualifying events
 * (discipline, corruption in the unit: "not completed" whatever the total), recorded by the
 * assigning body on an assignment until its results are finalized. Both are personnel data:
 * read like results (the person, the assigning body, the council, admins).
 */
import { and, asc, desc, eq, isNotNull, lte } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Queryable } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import {
  councils,
  deductions,
  disqualifyingEvents,
  evaluationResults,
  postTerms,
} from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { toHundredths } from '../assignments/save-tasks.ts';
import type { ServiceContext } from '../context.ts';
import { totalText } from '../results/present.ts';
import { resultRoles } from '../results/result-access.ts';
import { loadMembers } from './council-access.ts';

/** The assignment and the caller's standing towards its personnel data; 404 when none. */
async function loadPersonnelContext(ctx: ServiceContext, q: Queryable, assignmentId: string, lock = false) {
  const assignment = await findAssignment(q, assignmentId, lock);
  if (!assignment) throw notFound('assignment');
  const assigningUnit = (await findUnit(q, assignment.assigningUnitId))!;
  const cycle = (await findCycle(q, assignment.cycleId))!.cycle;
  const today = vietnamDate(ctx.clock());
  const [day] = [today, cycle.endsOn].sort();
  const [holder] = await q
    .select({ personId: postTerms.personId })
    .from(postTerms)
    .where(and(eq(postTerms.postId, assignment.headPostId), lte(postTerms.startOn, day)))
    .orderBy(desc(postTerms.startOn))
    .limit(1);
  const [council] = await q
    .select()
    .from(councils)
    .where(
      and(eq(councils.cycleId, assignment.cycleId), eq(councils.assigningUnitId, assignment.assigningUnitId)),
    );
  const roles = resultRoles(ctx.actor, {
    personId: holder?.personId ?? null,
    published: true,
    assigningUnit,
    assigneeUnitId: assignment.assigneeUnitId,
    members: council ? await loadMembers(q, council.id) : [],
  });
  if (!roles.canRead) throw notFound('assignment');
  return { assignment, roles, today };
}

/** Refuses unless the caller is the assigning body and the results are still open. */
async function assertOpenForRecording(q: Queryable, c: Awaited<ReturnType<typeof loadPersonnelContext>>) {
  if (!c.roles.isAssigner) throw new AppError('forbidden');
  const [final] = await q
    .select({ id: evaluationResults.id })
    .from(evaluationResults)
    .where(
      and(
        eq(evaluationResults.assignmentId, c.assignment.id),
        eq(evaluationResults.quarter, 0),
        isNotNull(evaluationResults.finalizedAt),
      ),
    );
  if (final || c.assignment.state === 'finalized') throw new AppError('results_locked');
}

const presentDeduction = (d: typeof deductions.$inferSelect) => ({
  id: d.id,
  points: totalText(d.points),
  reason: d.reason,
  recordedOn: d.recordedOn,
});
const presentEvent = (e: typeof disqualifyingEvents.$inferSelect) => ({
  id: e.id,
  kind: e.kind,
  note: e.note,
  recordedOn: e.recordedOn,
});

/** GET /assignments/{id}/deductions. */
export async function listDeductions(ctx: ServiceContext, assignmentId: string) {
  await loadPersonnelContext(ctx, ctx.db, assignmentId);
  const rows = await ctx.db
    .select()
    .from(deductions)
    .where(eq(deductions.assignmentId, assignmentId))
    .orderBy(asc(deductions.createdAt));
  return { items: rows.map(presentDeduction) };
}

/** GET /assignments/{id}/disqualifying-events. */
export async function listDisqualifyingEvents(ctx: ServiceContext, assignmentId: string) {
  await loadPersonnelContext(ctx, ctx.db, assignmentId);
  const rows = await ctx.db
    .select()
    .from(disqualifyingEvents)
    .where(eq(disqualifyingEvents.assignmentId, assignmentId))
    .orderBy(asc(disqualifyingEvents.createdAt));
  return { items: rows.map(presentEvent) };
}

/** POST /assignments/{id}/deductions {points, reason}: points with at most two decimals. */
export async function recordDeduction(
  ctx: ServiceContext,
  assignmentId: string,
  input: { points: number; reason: string },
) {
  await ctx.db.transaction(async (tx) => {
    const c = await loadPersonnelContext(ctx, tx, assignmentId, true);
    await assertOpenForRecording(tx, c);
    const [row] = await tx
      .insert(deductions)
      .values({
        assignmentId,
        points: toHundredths(input.points)!,
        reason: input.reason.trim(),
        recordedOn: c.today,
        recordedBy: ctx.actor.userId,
      })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'deduction.record',
      entityType: 'deduction',
      entityId: row.id,
      after: row,
    });
  });
  return listDeductions(ctx, assignmentId);
}

/** POST /assignments/{id}/disqualifying-events {kind, note}. */
export async function recordDisqualifyingEvent(
  ctx: ServiceContext,
  assignmentId: string,
  input: { kind: string; note: string },
) {
  await ctx.db.transaction(async (tx) => {
    const c = await loadPersonnelContext(ctx, tx, assignmentId, true);
    await assertOpenForRecording(tx, c);
    const [row] = await tx
      .insert(disqualifyingEvents)
      .values({
        assignmentId,
        kind: input.kind,
        note: input.note.trim(),
        recordedOn: c.today,
        recordedBy: ctx.actor.userId,
      })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'disqualifying_event.record',
      entityType: 'disqualifying_event',
      entityId: row.id,
      after: row,
    });
  });
  return listDisqualifyingEvents(ctx, assignmentId);
}
