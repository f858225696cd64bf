import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { vnDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { loadTasks, toDomainTask } from '../../db/repositories/assignments.ts';
import { adjustments, assignments, taskChanges, tasks } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import {
  type AdjustmentChange,
  type AdjustmentRequest,
  approveAdjustment,
  rejectAdjustment,
  requestAdjustment as requestRule,
  type WeightRebalance,
} from '../../domain/assignment/adjustments.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadAssignmentContext } from './load-context.ts';

type Row = typeof adjustments.$inferSelect;

async function adjustmentContext(ctx: ServiceContext, tx: Tx, assignmentId: string) {
  const c = await loadAssignmentContext(ctx, tx, assignmentId, true);
  const loaded = await loadTasks(tx, assignmentId);
  const domainTasks = loaded.map((t) => toDomainTask(t, c.assignment.headPostId));
  return {
    c,
    domainTasks,
    context: {
      state: c.state,
      tasks: domainTasks,
      resultsPart: c.policy.resultsPart,
      cycleEnd: c.cycle.endsOn,
    },
  };
}

function toRequest(row: Row): AdjustmentRequest {
  return {
    id: row.id,
    change: row.change as AdjustmentChange,
    reason: row.reason,
    requestedBy: 'head',
    requestedOn: row.requestedOn,
    proposedRebalance: (row.proposedRebalance as WeightRebalance[] | null) ?? [],
    status: row.state as AdjustmentRequest['status'],
  };
}

/** A head or the assigner asks to change a target, extend a deadline, change a weight or cancel a task, with a reason. */
export async function requestAdjustment(
  ctx: ServiceContext,
  assignmentId: string,
  input: { change: AdjustmentChange; reason: string; proposedRebalance?: WeightRebalance[] },
) {
  return ctx.db.transaction(async (tx) => {
    const { c, context } = await adjustmentContext(ctx, tx, assignmentId);
    const id = randomUUID();
    const today = vnDate(ctx.clock());
    const request = requestRule({ id, ...input, requester: c.roles, requestedOn: today, context });
    const [row] = await tx
      .insert(adjustments)
      .values({
        id,
        assignmentId,
        taskId: request.change.taskId,
        change: request.change,
        proposedRebalance: request.proposedRebalance,
        reason: request.reason,
        requestedBy: ctx.actor.userId,
        requestedOn: today,
      })
      .returning();
    await tx
      .update(assignments)
      .set({ version: sql`${assignments.version} + 1` })
      .where(eq(assignments.id, assignmentId));
    await appendAudit(tx, c.auditCtx, {
      action: 'adjustment.request',
      entityType: 'adjustment',
      entityId: id,
      after: row,
    });
    return row;
  });
}

/**
 * The assigner approves (applying the change, the original kept in the task's
 * history, weights re-balanced in the same transaction) or rejects with a reason.
 */
export async function decideAdjustment(
  ctx: ServiceContext,
  adjustmentId: string,
  input: {
    version: number;
    decision: 'approve' | 'reject';
    rebalance?: WeightRebalance[];
    note?: string | null;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx.select().from(adjustments).where(eq(adjustments.id, adjustmentId));
    if (!found) throw notFound('adjustment');
    const { c, domainTasks, context } = await adjustmentContext(ctx, tx, found.assignmentId);
    const [row0] = await tx.select().from(adjustments).where(eq(adjustments.id, adjustmentId)).for('update');
    assertVersion(row0, input.version);
    const today = vnDate(ctx.clock());
    const request = toRequest(row0);
    let applied: WeightRebalance[] | null = null;
    const changedTasks: { before: unknown; after: unknown }[] = [];
    if (input.decision === 'reject') {
      rejectAdjustment({ request, approver: c.roles, decidedOn: today, reason: input.note ?? '' });
    } else {
      const result = approveAdjustment({
        request,
        approver: c.roles,
        decidedOn: today,
        rebalance: input.rebalance,
        context,
      });
      applied = result.request.rebalance ?? [];
      for (const next of result.tasks) {
        const prev = domainTasks.find((t) => t.id === next.id)!;
        const fresh = next.history.slice(prev.history.length);
        if (!fresh.length && next.cancellation === prev.cancellation) continue;
        changedTasks.push({ before: prev, after: next });
        await tx
          .update(tasks)
          .set({
            weight: next.weight,
            deadline: next.deadline,
            targetValue: next.kind === 'target' ? String(next.targetValue) : null,
            cancelledOn: next.cancellation?.approvedOn ?? null,
            cancellationReason: next.cancellation?.reason ?? null,
            cancellationAdjustmentId: next.cancellation?.adjustmentId ?? null,
            version: sql`${tasks.version} + 1`,
          })
          .where(eq(tasks.id, next.id));
        if (fresh.length) {
          await tx.insert(taskChanges).values(
            fresh.map((h) => ({
              taskId: next.id,
              adjustmentId,
              field: h.field,
              fromValue: h.from,
              toValue: h.to,
              approvedOn: h.approvedOn,
            })),
          );
        }
      }
    }
    const [row] = await tx
      .update(adjustments)
      .set({
        state: input.decision === 'approve' ? 'approved' : 'rejected',
        decidedBy: ctx.actor.userId,
        decidedOn: today,
        decisionNote: input.note ?? null,
        appliedRebalance: applied,
        version: sql`${adjustments.version} + 1`,
      })
      .where(and(eq(adjustments.id, adjustmentId)))
      .returning();
    await tx
      .update(assignments)
      .set({ version: sql`${assignments.version} + 1` })
      .where(eq(assignments.id, found.assignmentId));
    await appendAudit(tx, c.auditCtx, {
      action: `adjustment.${input.decision}`,
      entityType: 'adjustment',
      entityId: adjustmentId,
      before: { adjustment: row0, tasks: changedTasks.map((t) => t.before) },
      after: { adjustment: row, tasks: changedTasks.map((t) => t.after) },
    });
    return row;
  });
}
