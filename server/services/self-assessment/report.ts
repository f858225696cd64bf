/**
 * The head's annual report pre-filled from the stored data (SPEC §2, self-assessment):
 * per task its status and flags, its result (final actual or appraised fraction, verified
 * or not), evidence, the last appraisal and open requests. JSON-safe, so it can be frozen
 * as the snapshot when the head submits.
 */
import { and, asc, count, eq, inArray, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { loadAppraisalLines, loadCheckIns } from '../../db/repositories/execution.ts';
import { evidence, people, posts, postTerms, supportRequests } from '../../db/schema/index.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { isOnTime } from '../../domain/assignment/task-status.ts';
import { effectiveCheckIns } from '../../domain/execution/records.ts';
import { termAt } from '../../domain/posts.ts';
import type { Hundredths } from '../../domain/scoring/exact.ts';
import type { LocalizedText } from '../../domain/scoring/policy.ts';
import { completionPercent, computeTaskFacts, proposeTaskScore } from '../../domain/scoring/task-facts.ts';
import type { loadAssignmentContext } from '../assignments/load-context.ts';
import { toScoringTask } from '../evaluation/scoring-inputs.ts';
import { taskStatuses } from '../execution/task-statuses.ts';

export type AssignmentContext = Awaited<ReturnType<typeof loadAssignmentContext>>;

export interface ReportTask {
  taskId: string;
  number: number;
  title: string;
  kind: 'target' | 'deliverable';
  weight: Hundredths;
  cancelled: boolean;
  status: string;
  atRisk: boolean;
  done: boolean;
  early: boolean;
  late: boolean;
  exceeded: boolean;
  doneDate: IsoDate | null;
  deadline: IsoDate;
  originalDeadline: IsoDate;
  metric: string | null;
  unitOfMeasure: string | null;
  direction: 'at_least' | 'at_most' | null;
  targetValue: string | null;
  expectedProduct: string | null;
  result: {
    finalActual: string | null;
    fraction: string | null;
    verified: boolean;
    source: 'appraisal' | 'check_in' | null;
    /** Hundredths of a percent. */
    completionPercent: Hundredths;
  };
  /** The system's proposal on the same facts (SPEC §4 item 4), as a guide for the self-score. */
  proposal: Hundredths;
  evidenceCount: number;
  checkInCount: number;
  openRequests: number;
  lastAppraisal: {
    appraisedOn: IsoDate;
    progress: string;
    productDecision: string | null;
    findings: string | null;
    recommendation: string | null;
  } | null;
}

export interface PrefilledReport {
  asOf: IsoDate;
  head: { fullName: string; postTitle: string } | null;
  unit: { id: string; name: string; code: string };
  assigningUnit: { id: string; name: string };
  cycle: { name: string; startsOn: IsoDate; endsOn: IsoDate };
  document: { number: string | null; date: IsoDate | null };
  tasks: ReportTask[];
  criteria: { key: string; label: LocalizedText; max: Hundredths }[];
}

/** The head post's title and its holder on `on` (else the latest holder before it). */
async function headOn(q: Queryable, headPostId: string, on: IsoDate) {
  const [post] = await q.select().from(posts).where(eq(posts.id, headPostId));
  if (!post) return null;
  const terms = await q
    .select({ startOn: postTerms.startOn, endOn: postTerms.endOn, fullName: people.fullName })
    .from(postTerms)
    .innerJoin(people, eq(people.id, postTerms.personId))
    .where(and(eq(postTerms.postId, headPostId), lte(postTerms.startOn, on)))
    .orderBy(asc(postTerms.startOn));
  const holder = termAt(terms, on) ?? terms.at(-1);
  return holder ? { fullName: holder.fullName, postTitle: post.title } : null;
}

/** The report's pre-filled part on `today`: statuses as of today (not_done once the cycle is over). */
export async function prefilledReport(
  q: Queryable,
  c: AssignmentContext,
  today: IsoDate,
): Promise<PrefilledReport> {
  const a = c.assignment;
  const loaded = await loadTasks(q, a.id);
  const ids = loaded.map((t) => t.task.id);
  const statuses = await taskStatuses(q, {
    loaded,
    headPostId: a.headPostId,
    issuedAt: a.issuedAt,
    cycleEnd: c.cycle.endsOn,
    policy: { dueSoonDays: c.policy.dueSoonDays, silentDays: c.policy.silentDays },
    today,
  });
  const checkIns = await loadCheckIns(q, ids);
  const lines = await loadAppraisalLines(q, ids);
  const inForce = effectiveCheckIns(checkIns).filter((ci) => ci.reportedOn <= today);
  const evidenceCounts = new Map(
    inForce.length
      ? (
          await q
            .select({ checkInId: evidence.checkInId, n: count() })
            .from(evidence)
            .where(
              inArray(
                evidence.checkInId,
                inForce.map((ci) => ci.id),
              ),
            )
            .groupBy(evidence.checkInId)
        ).map((r) => [r.checkInId, r.n])
      : [],
  );
  const openRequests = new Map(
    (
      await q
        .select({ taskId: supportRequests.taskId, n: count() })
        .from(supportRequests)
        .where(and(eq(supportRequests.assignmentId, a.id), eq(supportRequests.state, 'open')))
        .groupBy(supportRequests.taskId)
    ).map((r) => [r.taskId, r.n]),
  );

  const tasks = loaded.map((t, i): ReportTask => {
    const view = statuses.get(t.task.id)!.view;
    const scoring = toScoringTask(t, a.headPostId, checkIns, lines, today);
    const facts = computeTaskFacts(scoring, today);
    const own = inForce.filter((ci) => ci.taskId === t.task.id);
    const appraisal = lines.filter((l) => l.taskId === t.task.id && l.appraisedOn <= today).at(-1);
    const done = view.status.startsWith('done_');
    return {
      taskId: t.task.id,
      number: i + 1,
      title: t.task.title,
      kind: t.task.kind as ReportTask['kind'],
      weight: facts.weight,
      cancelled: view.status === 'cancelled',
      status: view.status,
      atRisk: view.atRisk,
      done,
      early: view.status === 'done_early',
      late: done && !isOnTime(view.status),
      exceeded: view.exceeded,
      doneDate: view.doneDate,
      deadline: view.deadlineInForce,
      originalDeadline: view.originalDeadline,
      metric: t.task.metric,
      unitOfMeasure: t.task.unitOfMeasure,
      direction: t.task.direction as ReportTask['direction'],
      targetValue: scoring.kind === 'target' ? String(scoring.target) : null,
      expectedProduct: t.task.expectedProduct,
      result: {
        finalActual: facts.finalActual,
        fraction: facts.fraction,
        verified: facts.verified,
        source: facts.finalActualSource ?? (facts.fraction !== null ? 'appraisal' : null),
        completionPercent: completionPercent(facts),
      },
      proposal: proposeTaskScore(facts, c.policy).proposal,
      evidenceCount: own.reduce((n, ci) => n + (evidenceCounts.get(ci.id) ?? 0), 0),
      checkInCount: own.length,
      openRequests: openRequests.get(t.task.id) ?? 0,
      lastAppraisal: appraisal
        ? {
            appraisedOn: appraisal.appraisedOn,
            progress: appraisal.progress,
            productDecision: appraisal.productDecision,
            findings: appraisal.findings,
            recommendation: appraisal.recommendation,
          }
        : null,
    };
  });
  return {
    asOf: today,
    head: await headOn(q, a.headPostId, today),
    unit: { id: c.assigneeUnit.id, name: c.assigneeUnit.name, code: c.assigneeUnit.code },
    assigningUnit: { id: c.assigningUnit.id, name: c.assigningUnit.name },
    cycle: { name: c.cycle.name, startsOn: c.cycle.startsOn, endsOn: c.cycle.endsOn },
    document: { number: a.documentNumber, date: a.documentDate },
    tasks,
    criteria: c.policy.generalCriteria.map((g) => ({ key: g.key, label: g.label, max: g.max })),
  };
}
