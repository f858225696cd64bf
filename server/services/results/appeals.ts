/**
 * Appeals (SPEC §4 item 10): the person evaluated appeals a finalized result within the
 * policy's days (the last day included), once; the assigning body answers, upholding the
 * level or changing it, and a changed result keeps the earlier level in its history.
 */
import { eq, sql } from 'drizzle-orm';
import type { LevelDto } from '../../../contracts/results.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import {
  appeals,
  evaluationResultHistory,
  evaluationResults,
  notifications,
  users,
} from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadResultRows, presentResults } from './present.ts';
import { syncRecommendations } from './recommendations.ts';
import { loadResultContext } from './result-access.ts';

/** GET /results/{id}: one result with its explanation, appeal and history. */
export async function getResult(ctx: ServiceContext, resultId: string) {
  await loadResultContext(ctx, ctx.db, resultId);
  const rows = await loadResultRows(ctx.db, eq(evaluationResults.id, resultId));
  return (await presentResults(ctx.db, rows, ctx.locale))[0];
}

/** POST /results/{id}/appeal: the person evaluated, within the appeal period, once. */
export async function fileAppeal(ctx: ServiceContext, resultId: string, input: { reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const c = await loadResultContext(ctx, tx, resultId, true);
    if (!c.roles.isPerson) throw new AppError('appeal_not_allowed');
    if (!c.result.finalizedAt || c.result.quarter !== 0) throw new AppError('result_not_finalized');
    const [existing] = await tx.select().from(appeals).where(eq(appeals.resultId, resultId));
    if (existing) throw new AppError('appeal_exists', { filedOn: formatShortDate(existing.filedOn) });
    const today = vietnamDate(ctx.clock());
    if (!c.result.appealUntil || today > c.result.appealUntil) {
      throw new AppError('appeal_window_closed', {
        appealUntil: c.result.appealUntil ? formatShortDate(c.result.appealUntil) : '',
      });
    }
    const [row] = await tx
      .insert(appeals)
      .values({ resultId, filedOn: today, reason: input.reason.trim(), filedBy: ctx.actor.userId })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'appeal.file',
      entityType: 'appeal',
      entityId: row.id,
      after: row,
    });
  });
  return getResult(ctx, resultId);
}

/** POST /appeals/{id}/answer: the assigning body upholds or changes the level, with its response. */
export async function answerAppeal(
  ctx: ServiceContext,
  appealId: string,
  input: { version: number; response: string; level: LevelDto },
) {
  const resultId = await ctx.db.transaction(async (tx) => {
    const [found] = await tx.select().from(appeals).where(eq(appeals.id, appealId));
    if (!found) throw new AppError('appeal_not_found');
    const c = await loadResultContext(ctx, tx, found.resultId, true);
    if (!c.roles.isAssigner) throw new AppError('forbidden');
    const [appeal] = await tx.select().from(appeals).where(eq(appeals.id, appealId)).for('update');
    if (appeal.state !== 'open')
      throw new AppError('appeal_already_answered', {
        answeredOn: appeal.answeredOn ? formatShortDate(appeal.answeredOn) : '',
      });
    assertVersion(appeal, input.version);
    const today = vietnamDate(ctx.clock());
    const now = ctx.clock();
    const before = c.result;
    const changed = input.level !== before.decidedLevel;
    let result = before;
    if (changed) {
      await tx.insert(evaluationResultHistory).values({
        resultId: before.id,
        level: before.decidedLevel!,
        total: before.total,
        reason: input.response.trim(),
        cause: 'appeal',
        changedBy: ctx.actor.userId,
        changedAt: now,
      });
      [result] = await tx
        .update(evaluationResults)
        .set({ decidedLevel: input.level, version: sql`${evaluationResults.version} + 1`, updatedAt: now })
        .where(eq(evaluationResults.id, before.id))
        .returning();
      await appendAudit(tx, ctx, {
        action: 'evaluation_result.change_on_appeal',
        entityType: 'evaluation_result',
        entityId: before.id,
        before: { ...before, explanation: undefined },
        after: { ...result, explanation: undefined },
      });
      await syncRecommendations(tx, ctx, result, (await findCycle(tx, c.assignment.cycleId))!.cycle);
    }
    const [row] = await tx
      .update(appeals)
      .set({
        state: changed ? 'changed' : 'upheld',
        response: input.response.trim(),
        newLevel: input.level,
        answeredOn: today,
        answeredBy: ctx.actor.userId,
        version: sql`${appeals.version} + 1`,
      })
      .where(eq(appeals.id, appealId))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'appeal.answer',
      entityType: 'appeal',
      entityId: appealId,
      before: appeal,
      after: row,
    });
    const [filer] = await tx.select({ id: users.id }).from(users).where(eq(users.id, appeal.filedBy));
    if (filer) {
      await tx
        .insert(notifications)
        .values({
          userId: filer.id,
          key: `appeal:${appealId}`,
          kind: 'appeal_answered',
          params: { state: row.state, level: input.level },
          entityType: 'evaluation_result',
          entityId: result.id,
        })
        .onConflictDoNothing();
    }
    return result.id;
  });
  return getResult(ctx, resultId);
}
