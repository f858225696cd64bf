/**
 * Builds the scoring rules' input for a cohort (the heads one body assigns in a cycle)
 * from the database: the head holding each post on the given day, the tasks as of the
 * day scoring opens, the council's saved score sheets with each member's units (for
 * recusal), deductions, disqualifying events, and the results of the heads of units
 * directly under each head's unit that other bodies evaluate in the same cycle.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { type AssignmentRow, type LoadedTask, loadTasksOf } from '../../db/repositories/assignments.ts';
import { loadAppraisalLines, loadCheckIns } from '../../db/repositories/execution.ts';
import type { UnitRow } from '../../db/repositories/units.ts';
import {
  assignments,
  deductions,
  disqualifyingEvents,
  evaluationResults,
  posts,
  scoreSheets,
  units,
} from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import type { MemberScoreSheet } from '../../domain/scoring/aggregate.ts';
import type { Level, SubordinateResult } from '../../domain/scoring/classify.ts';
import type { HeadEvaluationInput } from '../../domain/scoring/evaluate.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import { computeTaskFacts, proposeTaskScore, type ScoringTask } from '../../domain/scoring/task-facts.ts';
import {
  loadCohort as loadRosterCohort,
  loadMembers as loadRosterMembers,
  type RosterMember,
} from '../councils/roster.ts';
import { toMemberSheets } from '../scoring/member-sheets.ts';
import { toScoringTask } from './scoring-inputs.ts';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Which cohort, on which days. */
export interface CohortScope {
  cycleId: string;
  assigningUnitId: string;
  /** The council whose sheets count; null for a quarter evaluated from the data alone. */
  councilId: string | null;
  /** Task facts use records dated on or before this day (the day scoring opens). */
  asOf: string;
  /** The head is the person holding the head post on this day. */
  headsOn: string;
  /** 0 = annual; 1-4 = a quarter (provisional). */
  quarter: number;
}

export interface CohortHead {
  assignment: AssignmentRow;
  unit: UnitRow;
  postTitle: string;
  /** Council member ids recused for this head (the head themself, or a member of their unit). */
  recusedMemberIds: string[];
  person: { id: string; fullName: string };
  tasks: LoadedTask[];
  scoringTasks: ScoringTask[];
  /** Sheet rows as stored, by member id (documents show each member's own figures). */
  sheetsByMember: Map<string, typeof scoreSheets.$inferSelect>;
  input: HeadEvaluationInput;
}

export interface Cohort {
  scope: CohortScope;
  heads: CohortHead[];
  members: RosterMember[];
}

/**
 * A quarter is evaluated before any council sits: the system's proposals stand in for the
 * members' task scores, and the general criteria, which the council judges at year end,
 * count at their maximum. One sheet, from no member.
 */
function proposalSheet(tasks: readonly ScoringTask[], asOf: string, policy: ScoringPolicy): MemberScoreSheet {
  return {
    member: { personId: 'system-proposal', unitIds: [] },
    tasks: tasks
      .filter((t) => !t.cancelled)
      .map((t) => ({ taskId: t.id, score: proposeTaskScore(computeTaskFacts(t, asOf), policy).proposal })),
    criteria: policy.generalCriteria.map((c) => ({ key: c.key, score: c.max })),
  };
}

/** Results of heads of units directly under `unitIds` that other bodies evaluate in the same cycle. */
async function subordinateResults(q: Queryable, scope: CohortScope, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const rows = await q
    .select({
      parentId: units.parentId,
      unitId: units.id,
      personId: evaluationResults.personId,
      proposed: evaluationResults.proposedLevel,
      decided: evaluationResults.decidedLevel,
    })
    .from(evaluationResults)
    .innerJoin(assignments, eq(assignments.id, evaluationResults.assignmentId))
    .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
    .where(
      and(
        eq(assignments.cycleId, scope.cycleId),
        ne(assignments.assigningUnitId, scope.assigningUnitId),
        inArray(units.parentId, unitIds),
        eq(evaluationResults.quarter, scope.quarter),
      ),
    );
  return rows.map((r) => ({
    parentId: r.parentId!,
    result: {
      unitId: r.unitId,
      headPersonId: r.personId ?? undefined,
      level: (r.decided ?? r.proposed) as Level,
    } satisfies SubordinateResult,
  }));
}

/** The cohort's assignments with their units (the council's cohort: committed onwards), by unit name. */
export async function cohortAssignments(q: Queryable, cycleId: string, assigningUnitId: string) {
  const heads = await loadRosterCohort(q, { cycleId, assigningUnitId, opensOn: '9999-12-31' }, []);
  return heads.map((h) => ({ assignment: h.assignment, unit: h.unit }));
}

/** Loads everything the rules need for the cohort in `scope`. */
export async function loadCohort(q: Queryable, scope: CohortScope, policy: ScoringPolicy): Promise<Cohort> {
  // members and heads as the council's roster has them, so recusal matches what members saw
  const members = scope.councilId ? await loadRosterMembers(q, scope.councilId, scope.asOf) : [];
  const roster = await loadRosterCohort(
    q,
    { cycleId: scope.cycleId, assigningUnitId: scope.assigningUnitId, opensOn: scope.headsOn },
    members,
  );
  if (roster.length === 0) throw new AppError('cohort_empty');
  const unitRows = await q
    .select()
    .from(units)
    .where(
      inArray(
        units.id,
        roster.map((r) => r.unit.id),
      ),
    );
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const subordinates = await subordinateResults(
    q,
    scope,
    roster.map((r) => r.unit.id),
  );

  // Everything of the cohort in a few queries, then grouped per head.
  const assignmentIds = roster.map((r) => r.assignment.id);
  const postRows = await q
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(
      inArray(
        posts.id,
        roster.map((r) => r.assignment.headPostId),
      ),
    );
  const titleOf = new Map(postRows.map((p) => [p.id, p.title]));
  const tasksOf = await loadTasksOf(q, assignmentIds);
  const assignmentOfTask = new Map<string, string>();
  for (const [id, list] of tasksOf) for (const t of list) assignmentOfTask.set(t.task.id, id);
  const taskIds = [...assignmentOfTask.keys()];
  const checkInsOf = groupBy(await loadCheckIns(q, taskIds), (c) => assignmentOfTask.get(c.taskId)!);
  const linesOf = groupBy(await loadAppraisalLines(q, taskIds), (l) => assignmentOfTask.get(l.taskId)!);
  const sheetsOf = groupBy(
    scope.quarter === 0 && scope.councilId
      ? await q
          .select()
          .from(scoreSheets)
          .where(
            and(eq(scoreSheets.councilId, scope.councilId), inArray(scoreSheets.assignmentId, assignmentIds)),
          )
      : [],
    (s) => s.assignmentId,
  );
  const deductionsOf = groupBy(
    await q.select().from(deductions).where(inArray(deductions.assignmentId, assignmentIds)),
    (d) => d.assignmentId,
  );
  const eventsOf = groupBy(
    await q
      .select()
      .from(disqualifyingEvents)
      .where(inArray(disqualifyingEvents.assignmentId, assignmentIds)),
    (e) => e.assignmentId,
  );

  const heads: CohortHead[] = [];
  for (const { assignment, unit: ref, head: holder, recused } of roster) {
    const unit = unitById.get(ref.id)!;
    if (!holder)
      throw new AppError('head_not_found', { unitName: unit.name, date: formatShortDate(scope.headsOn) });
    const post = { title: titleOf.get(assignment.headPostId) };
    const tasks = tasksOf.get(assignment.id) ?? [];
    const checkIns = checkInsOf.get(assignment.id) ?? [];
    const lines = linesOf.get(assignment.id) ?? [];
    const scoring = tasks.map((t) => toScoringTask(t, assignment.headPostId, checkIns, lines, scope.asOf));
    const sheetRows = sheetsOf.get(assignment.id) ?? [];
    const sheets =
      scope.quarter === 0
        ? toMemberSheets(sheetRows, members, ref)
        : [proposalSheet(scoring, scope.asOf, policy)];
    const dedRows = deductionsOf.get(assignment.id) ?? [];
    const eventRows = eventsOf.get(assignment.id) ?? [];
    const counts = (r: { recordedOn: string }) => scope.quarter === 0 || r.recordedOn <= scope.asOf;
    heads.push({
      assignment,
      unit,
      postTitle: post?.title ?? '',
      person: { id: holder.personId, fullName: holder.fullName },
      recusedMemberIds: recused.map((r) => r.memberId),
      tasks,
      scoringTasks: scoring,
      sheetsByMember: new Map(sheetRows.map((s) => [s.memberId, s])),
      input: {
        head: { personId: holder.personId, unitId: unit.id, parentUnitId: unit.parentId },
        tasks: scoring,
        sheets,
        deductions: dedRows.filter(counts).map((d) => ({ points: d.points, reason: d.reason })),
        disqualifyingEvents: eventRows
          .filter(counts)
          .map((e) => ({ kind: e.kind, date: e.recordedOn, note: e.note })),
        subordinates: subordinates.filter((s) => s.parentId === unit.id).map((s) => s.result),
        asOf: scope.asOf,
      },
    });
  }
  return { scope, heads, members };
}
