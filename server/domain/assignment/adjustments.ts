/**
 * Adjustments (điều chỉnh, gia hạn): the only way an issued assignment changes. A head or
 * the assigner requests one with a reason; the assigner approves or rejects it. Applying
 * an approval writes the new value on the task and keeps the old one in its history.
 * Cancelling a task or changing a weight must re-balance the remaining weights to R in
 * the same approval, so the assignment never passes through a state that adds up wrong.
 */
import { type IsoDate, isIsoDate } from './calendar.ts';
import { DomainError } from './errors.ts';
import { type ActorRoleFacts, type AssignmentState, canAdjust } from './lifecycle.ts';
import { activeTasks, type Hundredths, isCancelled, type Task, type TaskChange } from './task.ts';

/** The change asked for; an extension only moves a deadline later. */
export type AdjustmentChange =
  | { kind: 'target_value'; taskId: string; targetValue: number }
  | { kind: 'extension'; taskId: string; deadline: IsoDate }
  | { kind: 'weight'; taskId: string; weight: Hundredths }
  | { kind: 'cancellation'; taskId: string };

/** New weight for one of the other tasks, given with a weight change or cancellation. */
export interface WeightRebalance {
  taskId: string;
  weight: Hundredths;
}

/** A request and, once decided, its outcome. */
export interface AdjustmentRequest {
  id: string;
  change: AdjustmentChange;
  reason: string;
  requestedBy: 'head' | 'assigner';
  requestedOn: IsoDate;
  /** The requester's suggestion; the assigner may replace it when approving. */
  proposedRebalance: WeightRebalance[];
  status: 'pending' | 'approved' | 'rejected';
  decidedOn?: IsoDate;
  /** The re-balance actually approved. */
  rebalance?: WeightRebalance[];
  rejectionReason?: string;
}

/** One reason an adjustment is refused; `field` names the part of the request. */
export interface AdjustmentProblem {
  field: string;
  code: string;
  params: Record<string, unknown>;
}

/** What the rules need to know about the assignment. */
export interface AdjustmentContext {
  state: AssignmentState;
  tasks: readonly Task[];
  /** The results part R in hundredths. */
  resultsPart: Hundredths;
  /** When given, an extension may not go past the end of the cycle. */
  cycleEnd?: IsoDate;
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function changeProblems(
  change: AdjustmentChange,
  task: Task,
  context: AdjustmentContext,
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  const report = (field: string, code: string, params: Record<string, unknown> = {}) =>
    problems.push({ field, code, params });
  if (change.kind === 'target_value') {
    if (task.kind !== 'target') report('change.taskId', 'not_a_target', { taskId: task.id });
    else if (typeof change.targetValue !== 'number' || !Number.isFinite(change.targetValue)) {
      report('change.targetValue', 'invalid_number', { value: change.targetValue });
    } else if (change.targetValue === task.targetValue) report('change.targetValue', 'no_change');
  } else if (change.kind === 'extension') {
    if (!isIsoDate(change.deadline)) report('change.deadline', 'invalid_date', { value: change.deadline });
    else if (change.deadline <= task.deadline) {
      report('change.deadline', 'deadline_not_later', { deadline: change.deadline, current: task.deadline });
    } else if (context.cycleEnd && change.deadline > context.cycleEnd) {
      report('change.deadline', 'deadline_after_cycle_end', {
        deadline: change.deadline,
        cycleEnd: context.cycleEnd,
      });
    }
  } else if (change.kind === 'weight') {
    if (!isPositiveInteger(change.weight))
      report('change.weight', 'weight_not_positive_integer', { value: change.weight });
    else if (change.weight === task.weight) report('change.weight', 'no_change');
  }
  return problems;
}

/** Weights the tasks would have after the change and re-balance (active tasks only). */
function weightsAfter(
  change: AdjustmentChange,
  rebalance: readonly WeightRebalance[],
  tasks: readonly Task[],
) {
  const weights = new Map(activeTasks(tasks).map((task) => [task.id, task.weight]));
  if (change.kind === 'cancellation') weights.delete(change.taskId);
  if (change.kind === 'weight') weights.set(change.taskId, change.weight);
  for (const entry of rebalance) if (weights.has(entry.taskId)) weights.set(entry.taskId, entry.weight);
  return weights;
}

function rebalanceProblems(
  change: AdjustmentChange,
  rebalance: readonly WeightRebalance[],
  context: AdjustmentContext,
  required: boolean,
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  const report = (field: string, code: string, params: Record<string, unknown> = {}) =>
    problems.push({ field, code, params });
  const movesWeights = change.kind === 'cancellation' || change.kind === 'weight';
  if (!movesWeights) {
    // A target or deadline change never touches weights; a weight change is its own request.
    if (rebalance.length > 0) report('rebalance', 'rebalance_not_expected', { kind: change.kind });
    return problems;
  }
  if (change.kind === 'cancellation' && activeTasks(context.tasks).length <= 1) {
    report('change.taskId', 'cannot_cancel_last_task');
    return problems;
  }
  if (rebalance.length === 0) {
    if (required) report('rebalance', 'rebalance_required', { expected: context.resultsPart });
    return problems;
  }
  const seen = new Set<string>();
  rebalance.forEach((entry, i) => {
    const at = `rebalance.${i}`;
    const task = context.tasks.find((candidate) => candidate.id === entry.taskId);
    if (!task) report(`${at}.taskId`, 'unknown_task', { taskId: entry.taskId });
    else if (entry.taskId === change.taskId) report(`${at}.taskId`, 'rebalance_includes_changed_task');
    else if (isCancelled(task)) report(`${at}.taskId`, 'task_cancelled', { taskId: entry.taskId });
    else if (seen.has(entry.taskId)) report(`${at}.taskId`, 'duplicate_task', { taskId: entry.taskId });
    if (!isPositiveInteger(entry.weight))
      report(`${at}.weight`, 'weight_not_positive_integer', { value: entry.weight });
    seen.add(entry.taskId);
  });
  if (problems.length > 0) return problems;
  const sum = [...weightsAfter(change, rebalance, context.tasks).values()].reduce((a, b) => a + b, 0);
  if (sum !== context.resultsPart) {
    report('rebalance', 'weights_sum_mismatch', {
      sum,
      expected: context.resultsPart,
      difference: sum - context.resultsPart,
    });
  }
  return problems;
}

/**
 * Every reason this change cannot be made now (empty when it can). With `forApproval`,
 * a cancellation or weight change without a re-balance to R is refused.
 */
export function adjustmentProblems(
  change: AdjustmentChange,
  reason: string,
  rebalance: readonly WeightRebalance[],
  context: AdjustmentContext,
  forApproval: boolean,
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  if (isBlank(reason)) problems.push({ field: 'reason', code: 'required', params: {} });
  const task = context.tasks.find((candidate) => candidate.id === change.taskId);
  if (!task)
    return [...problems, { field: 'change.taskId', code: 'unknown_task', params: { taskId: change.taskId } }];
  if (isCancelled(task)) {
    return [
      ...problems,
      { field: 'change.taskId', code: 'task_cancelled', params: { taskId: change.taskId } },
    ];
  }
  return [
    ...problems,
    ...changeProblems(change, task, context),
    ...rebalanceProblems(change, rebalance, context, forApproval),
  ];
}

function assertState(state: AssignmentState): void {
  if (!canAdjust(state)) throw new DomainError('adjustment_not_allowed_in_state', { state });
}

function assertNoProblems(problems: AdjustmentProblem[]): void {
  if (problems.length > 0) throw new DomainError('adjustment_invalid', { count: problems.length, problems });
}

/** Records a pending request from the head (in person, not a delegate) or the assigner. */
export function requestAdjustment(input: {
  id: string;
  change: AdjustmentChange;
  reason: string;
  proposedRebalance?: WeightRebalance[];
  requester: ActorRoleFacts;
  requestedOn: IsoDate;
  context: AdjustmentContext;
}): AdjustmentRequest {
  const { requester, context } = input;
  assertState(context.state);
  if (!requester.isHead && !requester.isAssigner)
    throw new DomainError('adjustment_forbidden', { action: 'request' });
  const proposedRebalance = input.proposedRebalance ?? [];
  assertNoProblems(adjustmentProblems(input.change, input.reason, proposedRebalance, context, false));
  return {
    id: input.id,
    change: input.change,
    reason: input.reason.trim(),
    requestedBy: requester.isHead ? 'head' : 'assigner',
    requestedOn: input.requestedOn,
    proposedRebalance,
    status: 'pending',
  };
}

function assertDecidable(request: AdjustmentRequest, approver: ActorRoleFacts, action: string): void {
  if (!approver.isAssigner) throw new DomainError('adjustment_forbidden', { action });
  if (request.status !== 'pending')
    throw new DomainError('adjustment_already_decided', { status: request.status });
}

/** The tasks after applying an approved change; earlier values go to each task's history. */
function applyChange(
  request: AdjustmentRequest,
  tasks: readonly Task[],
  rebalance: readonly WeightRebalance[],
  on: IsoDate,
) {
  const { change } = request;
  const stamp = { adjustmentId: request.id, approvedOn: on };
  const newWeights = weightsAfter(change, rebalance, tasks);
  return tasks.map((task): Task => {
    const changes: TaskChange[] = [];
    let next: Task = task;
    if (task.id === change.taskId && change.kind === 'target_value' && next.kind === 'target') {
      changes.push({ ...stamp, field: 'targetValue', from: next.targetValue, to: change.targetValue });
      next = { ...next, targetValue: change.targetValue };
    }
    if (task.id === change.taskId && change.kind === 'extension') {
      changes.push({ ...stamp, field: 'deadline', from: next.deadline, to: change.deadline });
      next = { ...next, deadline: change.deadline };
    }
    if (task.id === change.taskId && change.kind === 'cancellation') {
      // The weight stays as it was: history shows what was cancelled; counts skip it.
      next = { ...next, cancellation: { ...stamp, reason: request.reason } };
    }
    const weight = newWeights.get(task.id);
    if (weight !== undefined && weight !== task.weight) {
      changes.push({ ...stamp, field: 'weight', from: task.weight, to: weight });
      next = { ...next, weight };
    }
    return changes.length > 0 ? { ...next, history: [...task.history, ...changes] } : next;
  });
}

/**
 * Approves a pending request and applies it. The assigner's `rebalance` replaces the one
 * proposed; the rules are checked again against the tasks as they are now, because other
 * adjustments may have been approved since the request.
 */
export function approveAdjustment(input: {
  request: AdjustmentRequest;
  approver: ActorRoleFacts;
  decidedOn: IsoDate;
  rebalance?: WeightRebalance[];
  context: AdjustmentContext;
}): { request: AdjustmentRequest; tasks: Task[] } {
  const { request, context } = input;
  assertState(context.state);
  assertDecidable(request, input.approver, 'approve');
  const rebalance = input.rebalance ?? request.proposedRebalance;
  assertNoProblems(adjustmentProblems(request.change, request.reason, rebalance, context, true));
  return {
    request: { ...request, status: 'approved', decidedOn: input.decidedOn, rebalance },
    tasks: applyChange(request, context.tasks, rebalance, input.decidedOn),
  };
}

/** Rejects a pending request; the assigner must say why. Tasks are untouched. */
export function rejectAdjustment(input: {
  request: AdjustmentRequest;
  approver: ActorRoleFacts;
  decidedOn: IsoDate;
  reason: string;
}): AdjustmentRequest {
  assertDecidable(input.request, input.approver, 'reject');
  if (isBlank(input.reason)) {
    throw new DomainError('adjustment_invalid', {
      count: 1,
      problems: [{ field: 'reason', code: 'required', params: {} }],
    });
  }
  return {
    ...input.request,
    status: 'rejected',
    decidedOn: input.decidedOn,
    rejectionReason: input.reason.trim(),
  };
}
