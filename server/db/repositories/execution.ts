import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../client.ts';
import { appraisalItems, appraisals, checkIns } from '../schema/index.ts';

export type CheckInRow = typeof checkIns.$inferSelect;

/** Every check-in of the given tasks (corrected ones included), oldest first. */
export async function loadCheckIns(q: Queryable, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return q
    .select()
    .from(checkIns)
    .where(inArray(checkIns.taskId, [...taskIds]))
    .orderBy(asc(checkIns.reportedOn), asc(checkIns.createdAt));
}

/** Every appraisal line of the given tasks with its appraisal's date and kind, oldest first. */
export async function loadAppraisalLines(q: Queryable, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return q
    .select({
      id: appraisalItems.id,
      appraisalId: appraisals.id,
      taskId: appraisalItems.taskId,
      kind: appraisals.kind,
      quarter: appraisals.quarter,
      appraisedOn: appraisals.appraisedOn,
      createdAt: appraisals.createdAt,
      verifiedValue: appraisalItems.verifiedValue,
      verifiedFraction: appraisalItems.verifiedFraction,
      progress: appraisalItems.progress,
      productDecision: appraisalItems.productDecision,
      decisionReason: appraisalItems.decisionReason,
      acceptedCheckInId: appraisalItems.acceptedCheckInId,
      exceeded: appraisalItems.exceeded,
      findings: appraisalItems.findings,
      recommendation: appraisalItems.recommendation,
    })
    .from(appraisalItems)
    .innerJoin(appraisals, eq(appraisals.id, appraisalItems.appraisalId))
    .where(inArray(appraisalItems.taskId, [...taskIds]))
    .orderBy(asc(appraisals.appraisedOn), asc(appraisals.createdAt));
}
