import { and, count, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { currentPolicy } from '../../db/repositories/cycles.ts';
import { scoreSheets, tasks } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilAccess, presentCouncilSummary } from './access.ts';
import { loadRoster } from './roster.ts';

/**
 * Who has finished scoring whom (the chair, the assigner or an admin): per member and
 * head, whether the sheet is started or finished and how many items are scored. Never a
 * score: scoring is blind until the window closes.
 */
export async function councilProgress(ctx: ServiceContext, id: string) {
  const a = await loadCouncilAccess(ctx, ctx.db, id);
  if (!a.isChair && !a.isAssigner && !a.isAdmin) throw new AppError('forbidden');
  const { members, cohort } = await loadRoster(ctx.db, a.council);
  const criteria = (await currentPolicy(ctx.db, a.council.cycleId))!.params.generalCriteria.length;
  const sheets = await ctx.db
    .select({
      memberId: scoreSheets.memberId,
      assignmentId: scoreSheets.assignmentId,
      finishedAt: scoreSheets.finishedAt,
      taskScores: scoreSheets.taskScores,
      criterionScores: scoreSheets.criterionScores,
    })
    .from(scoreSheets)
    .where(eq(scoreSheets.councilId, id));
  const assignmentIds = cohort.map((h) => h.assignment.id);
  // Tasks still to score: those not cancelled on the day scoring opened.
  const taskCounts = new Map(
    assignmentIds.length
      ? (
          await ctx.db
            .select({ id: tasks.assignmentId, n: count() })
            .from(tasks)
            .where(
              and(
                inArray(tasks.assignmentId, assignmentIds),
                or(isNull(tasks.cancelledOn), gt(tasks.cancelledOn, a.council.opensOn)),
              ),
            )
            .groupBy(tasks.assignmentId)
        ).map((r) => [r.id, r.n])
      : [],
  );
  return {
    council: presentCouncilSummary(a, members.length),
    members: members.map((m) => {
      const heads = cohort.map((h) => {
        const sheet = sheets.find((s) => s.memberId === m.id && s.assignmentId === h.assignment.id);
        const scored = sheet
          ? (sheet.taskScores as unknown[]).length + (sheet.criterionScores as unknown[]).length
          : 0;
        return {
          assignmentId: h.assignment.id,
          recused: h.recused.some((r) => r.memberId === m.id),
          started: !!sheet,
          finished: !!sheet?.finishedAt,
          itemsScored: scored,
          itemsTotal: (taskCounts.get(h.assignment.id) ?? 0) + criteria,
        };
      });
      const expected = heads.filter((h) => !h.recused);
      return {
        memberId: m.id,
        fullName: m.fullName,
        role: m.role,
        finishedCount: expected.filter((h) => h.finished).length,
        expectedCount: expected.length,
        heads,
      };
    }),
  };
}
