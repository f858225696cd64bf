import { and, eq, inArray } from 'drizzle-orm';
import { currentPolicy } from '../../db/repositories/cycles.ts';
import { scoreSheets, selfAssessments } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilAccess, presentCouncilSummary } from '../councils/access.ts';
import { loadCohort, loadMembers } from '../councils/roster.ts';
import { RECUSAL_LABELS } from '../councils/rules.ts';
import { presentSheet } from './member-sheets.ts';
import { toPoints } from './score-input.ts';
import { presentScoringItem, scoringItems } from './scoring-items.ts';

/**
 * The calling member's scoring page: every head they may score, each task with its weight
 * and the system's proposal (facts as of the opening day), the general criteria, and their
 * own sheets only (scoring is blind); the heads they are recused from, with the reason.
 */
export async function mySheets(ctx: ServiceContext, councilId: string) {
  const a = await loadCouncilAccess(ctx, ctx.db, councilId);
  if (!a.member) throw new AppError('council_not_member');
  const members = await loadMembers(ctx.db, a.council.id, a.council.opensOn);
  const me = members.find((m) => m.id === a.member!.id)!;
  const cohort = await loadCohort(ctx.db, a.council, [me]);
  const policy = (await currentPolicy(ctx.db, a.council.cycleId))!.params;
  const rows = await ctx.db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.councilId, councilId), eq(scoreSheets.memberId, me.id)));
  const ids = cohort.map((h) => h.assignment.id);
  const submitted = new Set(
    ids.length
      ? (
          await ctx.db
            .select({ id: selfAssessments.assignmentId })
            .from(selfAssessments)
            .where(and(inArray(selfAssessments.assignmentId, ids), eq(selfAssessments.state, 'submitted')))
        ).map((r) => r.id)
      : [],
  );
  const heads = [];
  const recused = [];
  for (const h of cohort) {
    const ref = {
      assignmentId: h.assignment.id,
      unit: { id: h.unit.id, name: h.unit.name, code: h.unit.code },
      head: h.head,
    };
    const reason = h.recused[0]?.reason;
    if (reason) {
      recused.push({ ...ref, reason, reasonLabel: RECUSAL_LABELS[reason][ctx.locale] });
      continue;
    }
    const items = await scoringItems(ctx.db, h.assignment, a.council.opensOn, policy);
    const sheet = rows.find((r) => r.assignmentId === h.assignment.id);
    heads.push({
      ...ref,
      selfAssessmentSubmitted: submitted.has(h.assignment.id),
      tasks: items.map(presentScoringItem),
      sheet: sheet ? presentSheet(sheet) : null,
    });
  }
  return {
    council: presentCouncilSummary(a, members.length),
    member: { id: me.id, role: me.role },
    asOf: a.council.opensOn,
    bonusPerTask: toPoints(policy.bonusPerTask),
    criteria: policy.generalCriteria.map((c) => ({ key: c.key, label: c.label, max: toPoints(c.max) })),
    heads,
    recused,
  };
}
