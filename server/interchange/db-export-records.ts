import { asc, eq, sql } from 'drizzle-orm';
import type { CycleDocument, InterchangeTask } from '../../contracts/interchange/cycle-format.ts';
import type { Queryable } from '../db/client.ts';
import {
  adjustments,
  appraisalItems,
  appraisals,
  assignments,
  checkIns,
  councilMembers,
  councils,
  deductions,
  disqualifyingEvents,
  evidence,
  scoreSheets,
  supportCommitments,
  taskChanges,
  tasks,
} from '../db/schema/index.ts';

/**
 * The records of one cycle as the interchange format writes them: assignments with their
 * tasks, support and approved changes, check-ins with evidence, appraisals, councils with
 * their members and sheets, deductions and disqualifying events. Lists come oldest first
 * (ties by id), so a file imported and exported again keeps its order. Values are written
 * as the scoring rules read them: a field that does not apply to the task's kind (a
 * percent on a target's check-in, "exceeded" on a target's appraisal line) is left out.
 */

type Doc = CycleDocument;
export type AssignmentRow = typeof assignments.$inferSelect;
export type CouncilRow = typeof councils.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect;

/** Points from stored hundredths (h / 100 is the double nearest to h hundredths). */
export const points = (hundredths: number): number => hundredths / 100;
const orNull = (text: string | null): string | null => (text === null || text === '' ? null : text);

const inCycle = (cycleId: string) => eq(assignments.cycleId, cycleId);

async function loadTasks(q: Queryable, cycleId: string) {
  const taskRows = await q
    .select({ task: tasks })
    .from(tasks)
    .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(tasks.assignmentId), asc(tasks.position), asc(tasks.id));
  const support = await q
    .select({ s: supportCommitments })
    .from(supportCommitments)
    .innerJoin(tasks, eq(tasks.id, supportCommitments.taskId))
    .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(supportCommitments.position), asc(supportCommitments.id));
  const changes = await q
    .select({
      taskId: taskChanges.taskId,
      field: taskChanges.field,
      // the stored JSON scalar as text: a target value keeps its digits ("45.0")
      from: sql<string | null>`${taskChanges.fromValue} #>> '{}'`,
      to: sql<string | null>`${taskChanges.toValue} #>> '{}'`,
      approvedOn: taskChanges.approvedOn,
      reason: adjustments.reason,
    })
    .from(taskChanges)
    .innerJoin(adjustments, eq(adjustments.id, taskChanges.adjustmentId))
    .innerJoin(tasks, eq(tasks.id, taskChanges.taskId))
    .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(taskChanges.seq));
  return { taskRows: taskRows.map((r) => r.task), support: support.map((r) => r.s), changes };
}

type Change = InterchangeTask['history'][number];

function toChange(c: Awaited<ReturnType<typeof loadTasks>>['changes'][number]): Change | null {
  const reason = orNull(c.reason);
  if (c.from === null || c.to === null) return null;
  if (c.field === 'weight')
    return {
      field: 'weight',
      from: points(Number(c.from)),
      to: points(Number(c.to)),
      approvedOn: c.approvedOn,
      reason,
    };
  if (c.field === 'deadline')
    return { field: 'deadline', from: c.from, to: c.to, approvedOn: c.approvedOn, reason };
  if (c.field === 'targetValue')
    return { field: 'targetValue', from: c.from, to: c.to, approvedOn: c.approvedOn, reason };
  return null;
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** Assignments (oldest first) with their tasks in position order. */
async function loadAssignments(q: Queryable, cycleId: string) {
  const rows = await q
    .select()
    .from(assignments)
    .where(eq(assignments.cycleId, cycleId))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
  const { taskRows, support, changes } = await loadTasks(q, cycleId);
  const supportOf = group(support, (s) => s.taskId);
  const changesOf = group(changes, (c) => c.taskId);
  const tasksOf = group(taskRows, (t) => t.assignmentId);
  const kindOf = new Map(taskRows.map((t) => [t.id, t.kind]));
  const list = rows.map((a) => ({
    row: a,
    tasks: (tasksOf.get(a.id) ?? []).map((t): InterchangeTask => {
      const common = {
        id: t.id,
        // stored from 0 (the application's index), numbered from 1 in the file
        position: t.position + 1,
        title: t.title,
        weight: t.weight === null ? null : points(t.weight),
        deadline: t.deadline,
        tags: t.tags as InterchangeTask['tags'],
        leadUnitId: t.leadUnitId,
        coordinatingUnitIds: t.coordinatingUnitIds,
        parentTaskId: t.parentTaskId,
        support: (supportOf.get(t.id) ?? []).map((s) => ({
          kind: s.kind as InterchangeTask['support'][number]['kind'],
          description: s.description,
          dueOn: s.dueOn,
          providerUnitId: s.providerUnitId,
          state: s.state as InterchangeTask['support'][number]['state'],
          deliveredOn: s.deliveredOn,
        })),
        history: (changesOf.get(t.id) ?? [])
          .map(toChange)
          .filter((c): c is Change => c !== null && (c.field !== 'targetValue' || t.kind === 'target')),
        cancellation: t.cancelledOn
          ? { approvedOn: t.cancelledOn, reason: t.cancellationReason ?? '' }
          : null,
      };
      if (t.kind === 'target') {
        return {
          kind: 'target',
          ...common,
          metric: t.metric,
          unitOfMeasure: t.unitOfMeasure,
          baseline: t.baseline,
          targetValue: t.targetValue,
          direction: t.direction as 'at_least' | 'at_most' | null,
          rollup: t.rollup as 'sum' | 'average' | 'min' | null,
        };
      }
      return {
        kind: 'deliverable',
        ...common,
        expectedProduct: t.expectedProduct,
        acceptanceCriteria: t.acceptanceCriteria,
      };
    }),
  }));
  return { list, kindOf };
}

async function loadCheckIns(
  q: Queryable,
  cycleId: string,
  kindOf: Map<string, string>,
): Promise<Doc['checkIns']> {
  const rows = await q
    .select({ c: checkIns })
    .from(checkIns)
    .innerJoin(assignments, eq(assignments.id, checkIns.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(checkIns.createdAt), asc(checkIns.id));
  const files = await q
    .select({ e: evidence })
    .from(evidence)
    .innerJoin(checkIns, eq(checkIns.id, evidence.checkInId))
    .innerJoin(assignments, eq(assignments.id, checkIns.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(evidence.position), asc(evidence.id));
  const evidenceOf = group(
    files.map((r) => r.e),
    (e) => e.checkInId,
  );
  return rows.map(({ c }) => {
    const target = kindOf.get(c.taskId) === 'target';
    return {
      id: c.id,
      taskId: c.taskId,
      reportedOn: c.reportedOn,
      value: target ? c.value : null,
      percent: target ? null : c.percent,
      narrative: c.narrative,
      submitsProduct: !target && c.submitsProduct,
      correctsId: c.correctsId,
      correctionReason: c.correctionReason,
      evidence: (evidenceOf.get(c.id) ?? []).map((e): Doc['checkIns'][number]['evidence'][number] => {
        if (e.kind === 'file')
          return {
            kind: 'file',
            sha256: e.sha256 ?? '',
            fileName: e.fileName ?? '',
            mediaType: e.mediaType ?? '',
            sizeBytes: e.sizeBytes ?? 0,
          };
        if (e.kind === 'link') return { kind: 'link', url: e.url ?? '', title: e.title };
        return {
          kind: 'document',
          documentNumber: e.documentNumber ?? '',
          documentDate: e.documentDate,
          title: e.title,
        };
      }),
    };
  });
}

async function loadAppraisals(
  q: Queryable,
  cycleId: string,
  kindOf: Map<string, string>,
): Promise<Doc['appraisals']> {
  const rows = await q
    .select({ a: appraisals })
    .from(appraisals)
    .innerJoin(assignments, eq(assignments.id, appraisals.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(appraisals.createdAt), asc(appraisals.id));
  // lines have no order column: their ids give the order (an import writes them so)
  const lines = await q
    .select({ i: appraisalItems })
    .from(appraisalItems)
    .innerJoin(appraisals, eq(appraisals.id, appraisalItems.appraisalId))
    .innerJoin(assignments, eq(assignments.id, appraisals.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(appraisalItems.id));
  const linesOf = group(
    lines.map((r) => r.i),
    (i) => i.appraisalId,
  );
  return rows.map(({ a }) => ({
    id: a.id,
    assignmentId: a.assignmentId,
    kind: a.kind as 'quarterly' | 'ad_hoc',
    quarter: a.quarter,
    appraisedOn: a.appraisedOn,
    appraiserUnitId: a.appraiserUnitId,
    findings: a.findings,
    recommendations: a.recommendations,
    items: (linesOf.get(a.id) ?? []).map((i) => {
      const target = kindOf.get(i.taskId) === 'target';
      const accepted = !target && i.productDecision === 'accepted';
      return {
        taskId: i.taskId,
        verifiedValue: target ? i.verifiedValue : null,
        verifiedFraction: target ? null : i.verifiedFraction,
        progress: i.progress as 'on_track' | 'at_risk' | 'late' | 'done',
        productDecision: target ? null : (i.productDecision as 'accepted' | 'returned' | 'rejected' | null),
        acceptedCheckInId: accepted ? i.acceptedCheckInId : null,
        exceeded: accepted && i.exceeded,
        findings: i.findings,
      };
    }),
  }));
}

async function loadCouncils(q: Queryable, cycleId: string) {
  const rows = await q
    .select()
    .from(councils)
    .where(eq(councils.cycleId, cycleId))
    .orderBy(asc(councils.createdAt), asc(councils.id));
  const members = await q
    .select({ m: councilMembers })
    .from(councilMembers)
    .innerJoin(councils, eq(councils.id, councilMembers.councilId))
    .where(eq(councils.cycleId, cycleId))
    .orderBy(asc(councilMembers.position), asc(councilMembers.id));
  const sheets = await q
    .select({ s: scoreSheets })
    .from(scoreSheets)
    .innerJoin(councils, eq(councils.id, scoreSheets.councilId))
    .where(eq(councils.cycleId, cycleId));
  return { rows, members: members.map((r) => r.m), sheets: sheets.map((r) => r.s) };
}

type StoredTaskScore = { taskId: string; score: number; bonus?: number | null };
type StoredCriterion = { key: string; score: number };

/** Sheets by council, then assignment, then member, in the order of those lists. */
function toSheets(
  loaded: Awaited<ReturnType<typeof loadCouncils>>,
  assignmentOrder: readonly string[],
): Doc['scores'] {
  const councilIndex = new Map(loaded.rows.map((c, i) => [c.id, i]));
  const assignmentIndex = new Map(assignmentOrder.map((id, i) => [id, i]));
  const member = new Map(loaded.members.map((m) => [m.id, m]));
  const rank = (s: (typeof loaded.sheets)[number]) => [
    councilIndex.get(s.councilId) ?? 0,
    assignmentIndex.get(s.assignmentId) ?? 0,
    member.get(s.memberId)?.position ?? 0,
  ];
  return [...loaded.sheets]
    .sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a.id < b.id ? -1 : 1);
    })
    .map((s) => ({
      councilId: s.councilId,
      memberPersonId: member.get(s.memberId)?.personId ?? '',
      assignmentId: s.assignmentId,
      tasks: (s.taskScores as StoredTaskScore[]).map((t) => ({
        taskId: t.taskId,
        score: points(t.score),
        bonus: points(t.bonus ?? 0),
      })),
      criteria: (s.criterionScores as StoredCriterion[]).map((c) => ({ key: c.key, score: points(c.score) })),
      comment: s.comment,
    }));
}

async function loadPenalties(q: Queryable, cycleId: string) {
  const ded = await q
    .select({ d: deductions })
    .from(deductions)
    .innerJoin(assignments, eq(assignments.id, deductions.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(deductions.createdAt), asc(deductions.id));
  const events = await q
    .select({ e: disqualifyingEvents })
    .from(disqualifyingEvents)
    .innerJoin(assignments, eq(assignments.id, disqualifyingEvents.assignmentId))
    .where(inCycle(cycleId))
    .orderBy(asc(disqualifyingEvents.createdAt), asc(disqualifyingEvents.id));
  return {
    deductions: ded.map(({ d }) => ({
      id: d.id,
      assignmentId: d.assignmentId,
      points: points(d.points),
      reason: d.reason,
      decidedOn: d.recordedOn,
    })),
    disqualifyingEvents: events.map(({ e }) => ({
      id: e.id,
      assignmentId: e.assignmentId,
      kind: e.kind,
      occurredOn: e.recordedOn,
      note: orNull(e.note),
    })),
  };
}

/** Everything of the cycle but its organisation; the caller adds units, people, posts and heads. */
export async function loadCycleRecords(q: Queryable, cycleId: string) {
  // Sequential on purpose: `q` may be a transaction, whose queries share one connection.
  const { list, kindOf } = await loadAssignments(q, cycleId);
  const checkInList = await loadCheckIns(q, cycleId, kindOf);
  const appraisalList = await loadAppraisals(q, cycleId, kindOf);
  const councilData = await loadCouncils(q, cycleId);
  const penalties = await loadPenalties(q, cycleId);
  return {
    assignments: list,
    checkIns: checkInList,
    appraisals: appraisalList,
    councils: councilData,
    scores: toSheets(
      councilData,
      list.map((a) => a.row.id),
    ),
    ...penalties,
  };
}

export type CycleRecords = Awaited<ReturnType<typeof loadCycleRecords>>;
