import { and, eq, sql } from 'drizzle-orm';
import type { SaveSheetInput } from '../../../contracts/councils.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { currentPolicy } from '../../db/repositories/cycles.ts';
import { cycles, scoreSheets } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { checkMemberScores } from '../../domain/scoring/aggregate.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilAccess } from '../councils/access.ts';
import { loadCohort, loadMembers } from '../councils/roster.ts';
import { assertScoringOpen } from '../councils/rules.ts';
import { assertVersion } from '../guards.ts';
import { checkSheetInput } from './score-input.ts';
import { scoringItems } from './scoring-items.ts';

/**
 * Saves the calling member's sheet for one head, within the scoring window. Partial
 * sheets are kept as drafts; `finished` needs every task that is not cancelled and every
 * general criterion scored. Refused, with nothing written: non-members, recused members,
 * scores outside [0, weight] / [0, bonusPerTask] / [0, max] or with more than 2 decimals,
 * and a stale version (409, so concurrent edits never lose a score).
 */
export async function saveSheet(
  ctx: ServiceContext,
  councilId: string,
  assignmentId: string,
  input: SaveSheetInput,
) {
  return ctx.db.transaction(async (tx) => {
    // A share lock: closing the window (an update lock) waits for saves in flight, and vice versa.
    const a = await loadCouncilAccess(ctx, tx, councilId, 'share');
    if (!a.member) throw new AppError('council_not_member');
    assertScoringOpen(a.council, a.today);
    const [me] = (await loadMembers(tx, councilId, a.council.opensOn)).filter((m) => m.id === a.member!.id);
    const [h] = await loadCohort(tx, a.council, [me], assignmentId);
    if (!h) throw notFound('assignment');
    const recusal = h.recused[0]?.reason;
    if (recusal) {
      const params = { head: h.head?.fullName ?? h.unit.name, unit: h.unit.name };
      throw new AppError(
        recusal === 'head' ? 'council_member_recused_head' : 'council_member_recused_unit',
        params,
      );
    }
    // The first score freezes the cycle's policy: hold the cycle row so a policy change waits (or we do).
    await tx.select({ id: cycles.id }).from(cycles).where(eq(cycles.id, a.council.cycleId)).for('share');
    const policy = (await currentPolicy(tx, a.council.cycleId))!.params;
    const items = await scoringItems(tx, h.assignment, a.council.opensOn, policy);
    const checked = checkSheetInput(input, items, policy, ctx.locale);
    checkMemberScores(
      {
        member: {
          personId: me.personId,
          unitIds: me.units.some((u) => u.path.startsWith(h.unit.path)) ? [h.unit.id] : [],
        },
        tasks: checked.tasks,
        criteria: checked.criteria,
      },
      { personId: h.head?.personId ?? '', unitId: h.unit.id },
      items,
      policy,
    );

    const [current] = await tx
      .select()
      .from(scoreSheets)
      .where(
        and(
          eq(scoreSheets.councilId, councilId),
          eq(scoreSheets.memberId, me.id),
          eq(scoreSheets.assignmentId, assignmentId),
        ),
      )
      .for('update');
    assertVersion(current ?? { version: 0 }, input.version);
    const finished = input.finished ?? !!current?.finishedAt;
    if (finished && checked.missing.length > 0) {
      throw new AppError(
        'score_sheet_incomplete',
        { count: checked.missing.length },
        checked.missing.map((m) => ({ field: m.field, code: 'score_sheet_incomplete' })),
      );
    }
    const values = {
      taskScores: checked.tasks,
      criterionScores: checked.criteria,
      comment: input.comment ?? null,
      finishedAt: finished ? (current?.finishedAt ?? ctx.clock()) : null,
      updatedAt: ctx.clock(),
    };
    let row: typeof scoreSheets.$inferSelect | undefined;
    if (current) {
      [row] = await tx
        .update(scoreSheets)
        .set({ ...values, version: sql`${scoreSheets.version} + 1` })
        .where(eq(scoreSheets.id, current.id))
        .returning();
    } else {
      // Two first saves racing: the unique index lets one in; the other finds nothing inserted.
      [row] = await tx
        .insert(scoreSheets)
        .values({ ...values, councilId, memberId: me.id, assignmentId })
        .onConflictDoNothing()
        .returning();
      if (!row) throw new AppError('version_conflict', { currentVersion: 1 });
    }
    await appendAudit(tx, ctx, {
      action: 'score_sheet.save',
      entityType: 'score_sheet',
      entityId: row.id,
      before: current ?? null,
      after: row,
    });
    return row;
  });
}
