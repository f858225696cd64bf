/**
 * Shared setting for the adjustment tests: three tasks worth 30 + 20 + 20 = 70 points
 * in an assignment in progress, and short-hands to request, approve and read refusals.
 */
import { expect } from 'vitest';
import {
  type AdjustmentChange,
  type AdjustmentContext,
  type AdjustmentRequest,
  approveAdjustment,
  requestAdjustment,
  type WeightRebalance,
} from './adjustments.ts';
import type { DomainError } from './errors.ts';
import type { ActorRoleFacts } from './lifecycle.ts';
import type { Task } from './task.ts';
import { makeDeliverable, makeTarget } from './task-factory.ts';

/** The head, in person. */
export const head: ActorRoleFacts = { isAssigner: false, isHead: true };
/** The assigning body. */
export const assigner: ActorRoleFacts = { isAssigner: true, isHead: false };
/** A delegate of the head. */
export const delegate: ActorRoleFacts = { isAssigner: false, isHead: false, isDelegate: true };

/** t1 (target, 30), d1 (deliverable, 20), t2 (at-most target, 20): 70 points. */
export const tasks = (): Task[] => [
  makeTarget({ id: 't1', weight: 3000 }),
  makeDeliverable({ id: 'd1', weight: 2000 }),
  makeTarget({ id: 't2', weight: 2000, targetValue: 5, direction: 'at_most', deadline: '2025-06-30' }),
];

/** An in-progress qd366 assignment over `tasks()`, cycle ending 2025-12-31. */
export function context(overrides: Partial<AdjustmentContext> = {}): AdjustmentContext {
  return { state: 'in_progress', tasks: tasks(), resultsPart: 7000, cycleEnd: '2025-12-31', ...overrides };
}

/** The head requests `change` on 2025-05-01 as adjustment adj-1. */
export function request(
  change: AdjustmentChange,
  extra: { proposedRebalance?: WeightRebalance[]; reason?: string } = {},
): AdjustmentRequest {
  return requestAdjustment({
    id: 'adj-1',
    change,
    reason: extra.reason ?? 'Dự án chậm giải ngân vốn',
    proposedRebalance: extra.proposedRebalance,
    requester: head,
    requestedOn: '2025-05-01',
    context: context(),
  });
}

/** The assigner approves on 2025-05-10. */
export function approve(req: AdjustmentRequest, rebalance?: WeightRebalance[], ctx = context()) {
  return approveAdjustment({
    request: req,
    approver: assigner,
    decidedOn: '2025-05-10',
    rebalance,
    context: ctx,
  });
}

/** The DomainError `run` throws (fails the test when it throws none). */
export function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

/** The "field:code" of every problem in the `adjustment_invalid` error `run` throws. */
export function problemCodes(run: () => unknown): string[] {
  const error = caught(run);
  expect(error.code).toBe('adjustment_invalid');
  return (error.params.problems as { field: string; code: string }[]).map((p) => `${p.field}:${p.code}`);
}
