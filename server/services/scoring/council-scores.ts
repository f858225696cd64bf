import { eq } from 'drizzle-orm';
import { currentPolicy } from '../../db/repositories/cycles.ts';
import { scoreSheets } from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import { aggregateCouncil, type ItemAggregate } from '../../domain/scoring/aggregate.ts';
import { type Rational, ratToString, roundHalfUpToHundredths } from '../../domain/scoring/exact.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilAccess, presentCouncilSummary } from '../councils/access.ts';
import { loadRoster } from '../councils/roster.ts';
import { RECUSAL_LABELS } from '../councils/rules.ts';
import { presentScores, toMemberSheets } from './member-sheets.ts';
import { toPoints } from './score-input.ts';
import { scoringItems } from './scoring-items.ts';

const shown = (x: Rational | null) => (x === null ? null : toPoints(roundHalfUpToHundredths(x)));

function presentAggregate(x: ItemAggregate) {
  return {
    score: shown(x.score),
    exact: x.score === null ? null : ratToString(x.score),
    memberCount: x.memberCount,
    spread: toPoints(x.spread),
    spreadFlagged: x.spreadFlagged,
  };
}

/**
 * Every member's sheet and, per head, each task's and criterion's aggregate (the policy's
 * mean, median or trimmed mean) with the items whose spread exceeds the policy's threshold,
 * to be discussed. Only once the window has closed (members, the assigner, admins).
 */
export async function councilScores(ctx: ServiceContext, councilId: string) {
  const a = await loadCouncilAccess(ctx, ctx.db, councilId);
  if (!a.member && !a.isAssigner && !a.isAdmin) throw new AppError('forbidden');
  if (a.state !== 'closed')
    throw new AppError('council_scores_sealed', { closesOn: formatShortDate(a.council.closesOn) });
  const { members, cohort } = await loadRoster(ctx.db, a.council);
  const policy = (await currentPolicy(ctx.db, a.council.cycleId))!.params;
  const rows = await ctx.db.select().from(scoreSheets).where(eq(scoreSheets.councilId, councilId));
  const byId = new Map(members.map((m) => [m.id, m]));
  const heads = [];
  for (const h of cohort) {
    const items = await scoringItems(ctx.db, h.assignment, a.council.opensOn, policy);
    const own = rows.filter((r) => r.assignmentId === h.assignment.id);
    const result = aggregateCouncil(
      toMemberSheets(own, members, h.unit),
      { personId: h.head?.personId ?? '', unitId: h.unit.id },
      items,
      policy,
    );
    const flagged = [
      ...result.tasks.filter((t) => t.spreadFlagged).map((t) => ({ kind: 'task' as const, id: t.taskId })),
      ...result.criteria
        .filter((c) => c.spreadFlagged)
        .map((c) => ({ kind: 'criterion' as const, id: c.key })),
    ];
    heads.push({
      assignmentId: h.assignment.id,
      unit: { id: h.unit.id, name: h.unit.name, code: h.unit.code },
      head: h.head,
      recused: h.recused.map((r) => {
        const m = byId.get(r.memberId)!;
        const reasonLabel = RECUSAL_LABELS[r.reason][ctx.locale];
        return { memberId: m.id, personId: m.personId, fullName: m.fullName, reason: r.reason, reasonLabel };
      }),
      sheets: own.map((row) => {
        const m = byId.get(row.memberId);
        return {
          memberId: row.memberId,
          fullName: m?.fullName ?? '',
          role: m?.role ?? ('member' as const),
          ...presentScores(row),
        };
      }),
      tasks: result.tasks.map((t) => {
        const item = items.find((i) => i.taskId === t.taskId)!;
        return {
          taskId: t.taskId,
          number: item.number,
          title: item.title,
          weight: toPoints(item.weight),
          proposal: toPoints(item.proposal.proposal),
          aggregate: presentAggregate(t),
          bonus: shown(t.bonus),
        };
      }),
      criteria: result.criteria.map((c) => {
        const criterion = policy.generalCriteria.find((x) => x.key === c.key)!;
        return {
          key: c.key,
          label: criterion.label,
          max: toPoints(criterion.max),
          aggregate: presentAggregate(c),
        };
      }),
      flagged,
      missing: result.missing,
    });
  }
  return {
    council: presentCouncilSummary(a, members.length),
    aggregate: policy.aggregate,
    spreadThresholdPercent: policy.spreadThresholdPercent,
    heads,
  };
}
