import type { CouncilDto } from '../../../contracts/councils.ts';
import type { ServiceContext } from '../context.ts';
import { loadCouncilAccess, presentCouncilSummary } from './access.ts';
import { loadRoster } from './roster.ts';
import { RECUSAL_LABELS } from './rules.ts';

/**
 * A council with its members and its cohort: for every head, the members recused from
 * scoring them and why ("là người đứng đầu", "thuộc đơn vị được đánh giá").
 */
export async function getCouncil(ctx: ServiceContext, id: string): Promise<CouncilDto> {
  const a = await loadCouncilAccess(ctx, ctx.db, id);
  const { members, cohort } = await loadRoster(ctx.db, a.council);
  const byId = new Map(members.map((m) => [m.id, m]));
  return {
    ...presentCouncilSummary(a, members.length),
    members: members.map(({ units: _, ...m }) => m),
    cohort: cohort.map((h) => ({
      assignmentId: h.assignment.id,
      state: h.assignment.state,
      unit: { id: h.unit.id, name: h.unit.name, code: h.unit.code },
      head: h.head,
      recused: h.recused.map((r) => {
        const m = byId.get(r.memberId)!;
        return {
          memberId: m.id,
          personId: m.personId,
          fullName: m.fullName,
          reason: r.reason,
          reasonLabel: RECUSAL_LABELS[r.reason][ctx.locale],
        };
      }),
    })),
  };
}
