/**
 * Stored score sheets (hundredths in jsonb) as the API shows them and as the domain
 * aggregates them. The evaluation reads a head's sheets through loadHeadSheets.
 */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { scoreSheets } from '../../db/schema/index.ts';
import type { HeadRef, MemberScoreSheet } from '../../domain/scoring/aggregate.ts';
import { type CouncilRow, loadCohort, loadMembers, type RosterMember } from '../councils/roster.ts';
import { toPoints } from './score-input.ts';

export type SheetRow = typeof scoreSheets.$inferSelect;
export type StoredTaskScore = { taskId: string; score: number; bonus: number };
export type StoredCriterionScore = { key: string; score: number };

/** A member's stored scores in points. */
export function presentScores(row: SheetRow) {
  return {
    tasks: (row.taskScores as StoredTaskScore[]).map((t) => ({
      taskId: t.taskId,
      score: toPoints(t.score),
      bonus: toPoints(t.bonus ?? 0),
    })),
    criteria: (row.criterionScores as StoredCriterionScore[]).map((c) => ({
      key: c.key,
      score: toPoints(c.score),
    })),
    comment: row.comment,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** A sheet as its member sees it. */
export function presentSheet(row: SheetRow) {
  return { id: row.id, assignmentId: row.assignmentId, version: row.version, ...presentScores(row) };
}

/** Sheets as the domain's MemberScoreSheet: each member with the head's unit among theirs when they belong to it. */
export function toMemberSheets(
  rows: readonly SheetRow[],
  members: readonly RosterMember[],
  headUnit: { id: string; path: string },
): MemberScoreSheet[] {
  return rows.flatMap((row) => {
    const m = members.find((x) => x.id === row.memberId);
    if (!m) return [];
    const belongs = m.units.some((u) => u.path.startsWith(headUnit.path));
    return [
      {
        member: { personId: m.personId, unitIds: belongs ? [headUnit.id] : [] },
        tasks: row.taskScores as StoredTaskScore[],
        criteria: row.criterionScores as StoredCriterionScore[],
      },
    ];
  });
}

/**
 * Every sheet of one head in a council, ready for aggregateCouncil: the head (holder of
 * the post on the opening day), the members' sheets, and the raw rows. Undefined when the
 * assignment is not in the council's cohort.
 */
export async function loadHeadSheets(q: Queryable, council: CouncilRow, assignmentId: string) {
  const members = await loadMembers(q, council.id, council.opensOn);
  const [cohortHead] = await loadCohort(q, council, members, assignmentId);
  if (!cohortHead) return undefined;
  const rows = await q
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.councilId, council.id), eq(scoreSheets.assignmentId, assignmentId)));
  const head: HeadRef = { personId: cohortHead.head?.personId ?? '', unitId: cohortHead.unit.id };
  return { head, cohortHead, members, rows, sheets: toMemberSheets(rows, members, cohortHead.unit) };
}
