import type { RecordAppraisalBody } from '../../../contracts/appraisals.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { AssignmentRow } from '../../db/repositories/assignments.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { loadCheckIns } from '../../db/repositories/execution.ts';
import { appraisalItems, appraisals } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { effectiveCheckIns } from '../../domain/execution/records.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';
import { type AppraisedTaskFacts, checkAppraisal } from './appraisal-rules.ts';
import { appraiserGrantFor } from './appraiser-grant.ts';

/** States in which appraisals are recorded: from commitment until the council scores (facts are then fixed). */
export const APPRAISABLE_STATES = ['committed', 'in_progress', 'self_assessed'] as const;

const numeric = (n: number | null) => (n === null ? null : String(n));

/** The day the assignment was issued: the decision's date, else the day it was marked issued. */
export function issuedOn(
  assignment: Pick<AssignmentRow, 'documentDate' | 'issuedAt'>,
  today: string,
): string {
  return assignment.documentDate ?? (assignment.issuedAt ? vietnamDate(assignment.issuedAt) : today);
}

/**
 * Records a quarterly or ad hoc appraisal of a head's tasks (kiểm tra, thẩm định) by an
 * appraiser whose grant reaches the assignee unit. Never edited afterwards: a later
 * appraisal of a task supersedes the earlier line. Returns the new appraisal's id.
 */
export async function recordAppraisal(
  ctx: ServiceContext,
  assignmentId: string,
  input: RecordAppraisalBody,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, assignmentId, true);
    const grant = appraiserGrantFor(ctx.actor, c.assigneeUnit);
    denyUnless(grant !== undefined, ctx.actor, c.assigneeUnit, 'assignment');
    if (!(APPRAISABLE_STATES as readonly string[]).includes(c.state))
      throw new AppError('appraisal_state_invalid', { state: c.state });

    const today = vietnamDate(ctx.clock());
    const loaded = await loadTasks(tx, assignmentId);
    const checkIns = await loadCheckIns(
      tx,
      loaded.map((t) => t.task.id),
    );
    const facts: AppraisedTaskFacts[] = loaded.map(({ task }) => ({
      id: task.id,
      number: task.position + 1,
      kind: task.kind as 'target' | 'deliverable',
      cancelledOn: task.cancelledOn,
      checkIns: effectiveCheckIns(checkIns.filter((ci) => ci.taskId === task.id)),
    }));
    const { problems, items } = checkAppraisal(input, facts, {
      today,
      issuedOn: issuedOn(c.assignment, today),
      cycleStart: c.cycle.startsOn,
      cycleEnd: c.cycle.endsOn,
    });
    if (problems.length > 0) {
      // One message per response: the first problem's, with every field that has the same problem.
      const first = problems[0];
      const same = problems.filter((p) => p.code === first.code);
      throw new AppError(
        first.code,
        first.params,
        same.map((p) => ({ field: p.field, code: p.code })),
      );
    }

    const [row] = await tx
      .insert(appraisals)
      .values({
        assignmentId,
        kind: input.kind,
        quarter: input.quarter ?? null,
        appraisedOn: input.appraisedOn,
        appraiserUnitId: grant!.unitId,
        findings: input.findings?.trim() || null,
        recommendations: input.recommendations?.trim() || null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    const lines = items.map((item) => ({
      appraisalId: row.id,
      taskId: item.taskId,
      verifiedValue: numeric(item.verifiedValue),
      verifiedFraction: numeric(item.verifiedFraction),
      progress: item.progress,
      productDecision: item.productDecision,
      decisionReason: item.decisionReason?.trim() || null,
      acceptedCheckInId: item.acceptedCheckInId,
      exceeded: item.exceeded,
      findings: item.findings?.trim() || null,
      recommendation: item.recommendation?.trim() || null,
    }));
    await tx.insert(appraisalItems).values(lines);
    await appendAudit(tx, ctx, {
      action: 'record',
      entityType: 'appraisal',
      entityId: row.id,
      after: { ...row, items: lines.map(({ appraisalId: _, ...line }) => line) },
    });
    return row.id;
  });
}
