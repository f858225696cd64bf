import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AppraisalDto } from '../../../contracts/appraisals.ts';
import type { Queryable } from '../../db/client.ts';
import { loadAppraisalLines } from '../../db/repositories/execution.ts';
import { appraisalItems, appraisals, tasks, units, users } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';

const num = (v: string | null) => (v === null ? null : Number(v));

/** Appraisals matching `where` with their lines (in task order), oldest first; each line says whether a later one superseded it. */
export async function loadAppraisals(q: Queryable, where: SQL): Promise<AppraisalDto[]> {
  const heads = await q
    .select({ appraisal: appraisals, unitName: units.name, userName: users.displayName })
    .from(appraisals)
    .innerJoin(units, eq(units.id, appraisals.appraiserUnitId))
    .innerJoin(users, eq(users.id, appraisals.createdBy))
    .where(where)
    .orderBy(asc(appraisals.appraisedOn), asc(appraisals.createdAt));
  if (heads.length === 0) return [];
  const lines = await q
    .select({
      item: appraisalItems,
      position: tasks.position,
      title: tasks.title,
      kind: tasks.kind,
      unitOfMeasure: tasks.unitOfMeasure,
    })
    .from(appraisalItems)
    .innerJoin(tasks, eq(tasks.id, appraisalItems.taskId))
    .where(
      inArray(
        appraisalItems.appraisalId,
        heads.map((h) => h.appraisal.id),
      ),
    )
    .orderBy(asc(tasks.position));
  // The latest line of each task, across every appraisal of it, is the one in force.
  const history = await loadAppraisalLines(q, [...new Set(lines.map((l) => l.item.taskId))]);
  const current = new Map(history.map((l) => [l.taskId, l.id]));
  return heads.map(({ appraisal: a, unitName, userName }) => ({
    id: a.id,
    assignmentId: a.assignmentId,
    kind: a.kind as AppraisalDto['kind'],
    quarter: a.quarter,
    appraisedOn: a.appraisedOn,
    appraiserUnit: { id: a.appraiserUnitId, name: unitName },
    findings: a.findings,
    recommendations: a.recommendations,
    createdBy: { id: a.createdBy, displayName: userName },
    createdAt: a.createdAt.toISOString(),
    items: lines
      .filter((l) => l.item.appraisalId === a.id)
      .map(({ item, position, title, kind, unitOfMeasure }) => ({
        id: item.id,
        taskId: item.taskId,
        taskNumber: position + 1,
        taskTitle: title,
        taskKind: kind as 'target' | 'deliverable',
        unitOfMeasure,
        progress: item.progress as AppraisalDto['items'][number]['progress'],
        verifiedValue: num(item.verifiedValue),
        verifiedFraction: num(item.verifiedFraction),
        productDecision: item.productDecision as AppraisalDto['items'][number]['productDecision'],
        decisionReason: item.decisionReason,
        acceptedCheckInId: item.acceptedCheckInId,
        exceeded: item.exceeded,
        findings: item.findings,
        recommendation: item.recommendation,
        superseded: current.get(item.taskId) !== item.id,
      })),
  }));
}

/** Every appraisal of an assignment the caller may read, oldest first. */
export async function listAppraisals(ctx: ServiceContext, assignmentId: string): Promise<AppraisalDto[]> {
  await loadAssignmentContext(ctx, ctx.db, assignmentId);
  return loadAppraisals(ctx.db, eq(appraisals.assignmentId, assignmentId));
}

/** One appraisal with its assignment's context; 404 when it does not exist or the caller cannot read it. */
export async function getAppraisal(ctx: ServiceContext, id: string) {
  const [found] = await loadAppraisals(ctx.db, eq(appraisals.id, id));
  if (!found) throw new AppError('appraisal_not_found');
  try {
    const context = await loadAssignmentContext(ctx, ctx.db, found.assignmentId);
    return { appraisal: found, context };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('appraisal_not_found');
    throw error;
  }
}
