/**
 * The assigning body finalizes its cohort (SPEC §4 item 10): one decision per head, a
 * written reason wherever the decided level differs from the proposed one. In one
 * transaction the proposals are recomputed from the sheets, every result is locked with
 * its decision and appeal deadline, each changed level keeps the proposal in history,
 * the assignments are finalized, recommendations created and the heads notified.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { FinalizeInput } from '../../../contracts/results.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import {
  assignments,
  councils,
  evaluationResultHistory,
  evaluationResults,
  notifications,
  users,
} from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { addDays } from '../../domain/assignment/calendar.ts';
import type { ServiceContext } from '../context.ts';
import type { CohortEntry } from '../evaluation/compute-cohort.ts';
import { storeProposals } from '../evaluation/compute-cohort.ts';
import { loadCouncilContext, requireAssigner } from '../evaluation/council-access.ts';
import { assertEvaluable, computeAnnual, markScored } from '../evaluation/evaluate-council.ts';
import { assertVersion } from '../guards.ts';
import { getCouncilResults } from './get-results.ts';
import { totalText } from './present.ts';
import { syncRecommendations } from './recommendations.ts';

const READY = new Set(['self_assessed', 'scored']);

/** Every head must have self-assessed and every item must carry at least one member's score. */
function assertReady(entries: CohortEntry[], locale: ServiceContext['locale']): void {
  const notReady = entries.filter((e) => !READY.has(e.head.assignment.state));
  if (notReady.length) {
    throw new AppError(
      'self_assessment_missing',
      { items: notReady.map((e) => e.head.unit.name).join(', ') },
      notReady.map((e) => ({ field: `assignments.${e.head.assignment.id}`, code: 'not_self_assessed' })),
    );
  }
  const incomplete = entries.filter((e) => !e.evaluation.complete);
  if (incomplete.length) {
    const vi = locale === 'vi';
    const items = incomplete.map((e) => {
      const tasks = e.evaluation.missing.filter((m) => m.kind === 'task').length;
      const criteria = e.evaluation.missing.length - tasks;
      const parts = [
        tasks ? (vi ? `${tasks} nhiệm vụ` : `${tasks} tasks`) : '',
        criteria ? (vi ? `${criteria} tiêu chí chung` : `${criteria} general criteria`) : '',
      ].filter(Boolean);
      return `${e.head.unit.name}: ${parts.join(', ')}`;
    });
    throw new AppError(
      'scoring_incomplete',
      { count: incomplete.reduce((n, e) => n + e.evaluation.missing.length, 0), items: items.join('; ') },
      incomplete.flatMap((e) =>
        e.evaluation.missing.map((m) => ({
          field: `assignments.${e.head.assignment.id}.${m.kind === 'task' ? 'tasks' : 'criteria'}.${m.id}`,
          code: 'not_scored',
        })),
      ),
    );
  }
}

/** Exactly one decision per head; a level other than the proposal needs a reason. */
function checkDecisions(entries: CohortEntry[], decisions: FinalizeInput['decisions']) {
  const heads = new Map(entries.map((e) => [e.head.assignment.id, e]));
  const seen = new Set<string>();
  const wrong: { field: string; code: string }[] = [];
  decisions.forEach((d, i) => {
    if (!heads.has(d.assignmentId))
      wrong.push({ field: `decisions.${i}.assignmentId`, code: 'not_in_cohort' });
    else if (seen.has(d.assignmentId))
      wrong.push({ field: `decisions.${i}.assignmentId`, code: 'duplicate' });
    seen.add(d.assignmentId);
  });
  for (const id of heads.keys()) if (!seen.has(id)) wrong.push({ field: `decisions.${id}`, code: 'missing' });
  if (wrong.length) throw new AppError('decisions_incomplete', { count: wrong.length }, wrong);
  const unexplained = decisions
    .map((d, i) => ({ d, i }))
    .filter(
      ({ d }) => d.level !== heads.get(d.assignmentId)!.evaluation.classification.level && !d.reason?.trim(),
    )
    .map(({ i }) => ({ field: `decisions.${i}.reason`, code: 'required' }));
  if (unexplained.length)
    throw new AppError('decision_reason_required', { count: unexplained.length }, unexplained);
  return new Map(decisions.map((d) => [d.assignmentId, d]));
}

/** Tells the head (every active account of the person) that their result is out. */
async function notifyHead(tx: Tx, result: typeof evaluationResults.$inferSelect, cycleName: string) {
  if (!result.personId) return;
  const accounts = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, result.personId), eq(users.isActive, true)));
  for (const account of accounts) {
    await tx
      .insert(notifications)
      .values({
        userId: account.id,
        key: `result:${result.id}`,
        kind: 'evaluation_result_finalized',
        params: {
          cycleName,
          level: result.decidedLevel,
          total: totalText(result.total),
          appealUntil: result.appealUntil,
        },
        entityType: 'evaluation_result',
        entityId: result.id,
      })
      .onConflictDoNothing();
  }
}

/** POST /councils/{id}/finalize. */
export async function finalizeCouncil(ctx: ServiceContext, councilId: string, input: FinalizeInput) {
  await ctx.db.transaction(async (tx) => {
    const c = await loadCouncilContext(ctx, tx, councilId, true);
    requireAssigner(c);
    assertEvaluable(c);
    assertVersion(c.council, input.version);
    const computed = await computeAnnual(tx, c);
    const stored = await storeProposals(tx, ctx, computed, 0);
    assertReady(computed.entries, ctx.locale);
    const decisions = checkDecisions(computed.entries, input.decisions);
    await markScored(tx, ctx, computed);

    const now = ctx.clock();
    const appealUntil = addDays(c.today, c.policy.appealDays);
    for (const [i, { head }] of computed.entries.entries()) {
      const before = stored[i];
      const decision = decisions.get(head.assignment.id)!;
      const changed = decision.level !== before.proposedLevel;
      if (changed) {
        await tx.insert(evaluationResultHistory).values({
          resultId: before.id,
          level: before.proposedLevel,
          total: before.total,
          reason: decision.reason!.trim(),
          cause: 'finalization',
          changedBy: ctx.actor.userId,
          changedAt: now,
        });
      }
      const [result] = await tx
        .update(evaluationResults)
        .set({
          decidedLevel: decision.level,
          decisionReason: decision.reason?.trim() || null,
          finalizedAt: now,
          finalizedBy: ctx.actor.userId,
          appealUntil,
          version: sql`${evaluationResults.version} + 1`,
          updatedAt: now,
        })
        .where(eq(evaluationResults.id, before.id))
        .returning();
      await appendAudit(tx, ctx, {
        action: 'evaluation_result.finalize',
        entityType: 'evaluation_result',
        entityId: result.id,
        before: { ...before, explanation: undefined },
        after: { ...result, explanation: undefined },
      });
      const [assignment] = await tx
        .update(assignments)
        .set({ state: 'finalized', version: sql`${assignments.version} + 1`, updatedAt: now })
        .where(eq(assignments.id, head.assignment.id))
        .returning();
      await appendAudit(tx, ctx, {
        action: 'assignment.finalize',
        entityType: 'assignment',
        entityId: assignment.id,
        before: head.assignment,
        after: assignment,
      });
      await syncRecommendations(tx, ctx, result, c.cycle);
      await notifyHead(tx, result, c.cycle.name);
    }
    const [council] = await tx
      .update(councils)
      .set({
        finalizedAt: now,
        finalizedBy: ctx.actor.userId,
        closedAt: c.council.closedAt ?? now,
        version: sql`${councils.version} + 1`,
      })
      .where(eq(councils.id, councilId))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'council.finalize',
      entityType: 'council',
      entityId: councilId,
      before: c.council,
      after: council,
    });
  });
  return getCouncilResults(ctx, councilId);
}
