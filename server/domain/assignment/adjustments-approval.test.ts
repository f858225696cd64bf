import { describe, expect, it } from 'vitest';
import { approve, assigner, context, head, problemCodes, request, tasks } from './adjustment-fixtures.ts';
import {
  type AdjustmentChange,
  approveAdjustment,
  rejectAdjustment,
  requestAdjustment,
  type WeightRebalance,
} from './adjustments.ts';
import { activeWeightSum, deadlineInForce, isCancelled, originalValue, valueInForce } from './task.ts';
import { makeTarget } from './task-factory.ts';

describe('re-balance in the same approval', () => {
  const cancelD1: AdjustmentChange = { kind: 'cancellation', taskId: 'd1' };
  const weightT1: AdjustmentChange = { kind: 'weight', taskId: 't1', weight: 2500 };

  it.each<[string, AdjustmentChange, WeightRebalance[], string[]]>([
    ['refuses a cancellation approved without a re-balance', cancelD1, [], ['rebalance:rebalance_required']],
    [
      'refuses a cancellation whose re-balance adds up to 60',
      cancelD1,
      [{ taskId: 't1', weight: 4000 }],
      ['rebalance:weights_sum_mismatch'],
    ],
    [
      'refuses a re-balance that gives weight to the cancelled task',
      cancelD1,
      [
        { taskId: 'd1', weight: 2000 },
        { taskId: 't1', weight: 5000 },
      ],
      ['rebalance.0.taskId:rebalance_includes_changed_task'],
    ],
    [
      'refuses a re-balance naming an unknown task',
      cancelD1,
      [{ taskId: 'x9', weight: 5000 }],
      ['rebalance.0.taskId:unknown_task'],
    ],
    [
      'refuses a re-balance naming a task twice',
      cancelD1,
      [
        { taskId: 't1', weight: 2500 },
        { taskId: 't1', weight: 5000 },
      ],
      ['rebalance.1.taskId:duplicate_task'],
    ],
    [
      'refuses a re-balance with a zero weight',
      cancelD1,
      [{ taskId: 't1', weight: 0 }],
      ['rebalance.0.weight:weight_not_positive_integer'],
    ],
    ['refuses a weight change approved without a re-balance', weightT1, [], ['rebalance:rebalance_required']],
    [
      'refuses a weight change whose re-balance misses by 0.01',
      weightT1,
      [{ taskId: 'd1', weight: 2499 }],
      ['rebalance:weights_sum_mismatch'],
    ],
  ])('%s', (_name, change, rebalance, expected) => {
    expect(problemCodes(() => approve(request(change), rebalance))).toEqual(expected);
  });

  it('refuses cancelling the last task that still counts', () => {
    const lone = context({ tasks: [makeTarget({ id: 't1', weight: 7000 })] });
    const run = () =>
      requestAdjustment({
        id: 'a',
        change: { kind: 'cancellation', taskId: 't1' },
        reason: 'x',
        requester: assigner,
        requestedOn: '2025-05-01',
        context: lone,
      });
    expect(problemCodes(run)).toEqual(['change.taskId:cannot_cancel_last_task']);
  });

  it('approves a cancellation with a re-balance to 70 and leaves the cancelled task out of the sum', () => {
    const { request: approved, tasks: after } = approve(request(cancelD1), [
      { taskId: 't1', weight: 4000 },
      { taskId: 't2', weight: 3000 },
    ]);
    expect(approved).toMatchObject({ status: 'approved', decidedOn: '2025-05-10' });
    expect(activeWeightSum(after)).toBe(7000);
    const d1 = after.find((t) => t.id === 'd1')!;
    expect(d1.cancellation).toEqual({
      adjustmentId: 'adj-1',
      approvedOn: '2025-05-10',
      reason: 'Dự án chậm giải ngân vốn',
    });
    expect(d1.weight).toBe(2000);
    expect(isCancelled(d1, '2025-05-09')).toBe(false);
    expect(isCancelled(d1, '2025-05-10')).toBe(true);
  });

  it('uses the re-balance the head proposed when the assigner gives none', () => {
    const req = request(weightT1, { proposedRebalance: [{ taskId: 'd1', weight: 2500 }] });
    const { tasks: after } = approve(req);
    expect(after.map((t) => t.weight)).toEqual([2500, 2500, 2000]);
  });

  it('lets the assigner replace the proposed re-balance', () => {
    const req = request(weightT1, { proposedRebalance: [{ taskId: 'd1', weight: 2500 }] });
    const { tasks: after, request: approved } = approve(req, [{ taskId: 't2', weight: 2500 }]);
    expect(after.map((t) => t.weight)).toEqual([2500, 2000, 2500]);
    expect(approved.rebalance).toEqual([{ taskId: 't2', weight: 2500 }]);
  });

  it('re-checks the sum against the tasks as they are at approval, not at request', () => {
    const req = request(weightT1, { proposedRebalance: [{ taskId: 'd1', weight: 2500 }] });
    const changedSince = context({ tasks: tasks().map((t) => (t.id === 't2' ? { ...t, weight: 1500 } : t)) });
    expect(problemCodes(() => approve(req, undefined, { ...changedSince }))).toEqual([
      'rebalance:weights_sum_mismatch',
    ]);
  });

  it('refuses a re-balance that gives weight to a task cancelled earlier', () => {
    const first = approve(request(cancelD1), [{ taskId: 't1', weight: 5000 }]).tasks;
    const second = requestAdjustment({
      id: 'adj-2',
      change: { kind: 'weight', taskId: 't1', weight: 3000 },
      reason: 'x',
      requester: assigner,
      requestedOn: '2025-06-01',
      context: context({ tasks: first }),
    });
    const run = () =>
      approveAdjustment({
        request: second,
        approver: assigner,
        decidedOn: '2025-06-02',
        rebalance: [{ taskId: 'd1', weight: 4000 }],
        context: context({ tasks: first }),
      });
    expect(problemCodes(run)).toEqual(['rebalance.0.taskId:task_cancelled']);
  });

  it('refuses any change to a task already cancelled', () => {
    const first = approve(request(cancelD1), [{ taskId: 't1', weight: 5000 }]).tasks;
    const run = () =>
      requestAdjustment({
        id: 'adj-2',
        change: { kind: 'extension', taskId: 'd1', deadline: '2025-11-30' },
        reason: 'x',
        requester: head,
        requestedOn: '2025-06-01',
        context: context({ tasks: first }),
      });
    expect(problemCodes(run)).toEqual(['change.taskId:task_cancelled']);
  });
});

describe('history of approved adjustments', () => {
  it('keeps the original target value when an approved change lowers it', () => {
    const { tasks: after } = approve(request({ kind: 'target_value', taskId: 't1', targetValue: 100 }));
    const t1 = after[0];
    expect(t1.kind === 'target' && t1.targetValue).toBe(100);
    expect(originalValue(t1, 'targetValue')).toBe(120);
    expect(valueInForce(t1, 'targetValue', '2025-05-09')).toBe(120);
    expect(valueInForce(t1, 'targetValue', '2025-05-10')).toBe(100);
  });

  it('keeps every step of two successive extensions', () => {
    const first = approve(request({ kind: 'extension', taskId: 't1', deadline: '2025-10-31' })).tasks;
    const again = requestAdjustment({
      id: 'adj-2',
      change: { kind: 'extension', taskId: 't1', deadline: '2025-11-30' },
      reason: 'Mưa bão',
      requester: head,
      requestedOn: '2025-10-01',
      context: context({ tasks: first }),
    });
    const t1 = approveAdjustment({
      request: again,
      approver: assigner,
      decidedOn: '2025-10-05',
      context: context({ tasks: first }),
    }).tasks[0];
    expect(t1.history.map((c) => [c.adjustmentId, c.from, c.to])).toEqual([
      ['adj-1', '2025-09-30', '2025-10-31'],
      ['adj-2', '2025-10-31', '2025-11-30'],
    ]);
    expect(originalValue(t1, 'deadline')).toBe('2025-09-30');
    expect(deadlineInForce(t1, '2025-05-09')).toBe('2025-09-30');
    expect(deadlineInForce(t1, '2025-10-04')).toBe('2025-10-31');
    expect(deadlineInForce(t1)).toBe('2025-11-30');
  });

  it('records the weight history of every re-balanced task under the same adjustment', () => {
    const { tasks: after } = approve(request({ kind: 'weight', taskId: 't1', weight: 2500 }), [
      { taskId: 'd1', weight: 2500 },
    ]);
    expect(
      after.flatMap((t) => t.history.map((c) => `${t.id}:${c.field}:${c.from}->${c.to}:${c.adjustmentId}`)),
    ).toEqual(['t1:weight:3000->2500:adj-1', 'd1:weight:2000->2500:adj-1']);
  });

  it('rejecting needs a reason and changes no task', () => {
    const pending = request({ kind: 'extension', taskId: 't1', deadline: '2025-10-31' });
    const blank = () =>
      rejectAdjustment({ request: pending, approver: assigner, decidedOn: '2025-05-10', reason: '' });
    expect(problemCodes(blank)).toEqual(['reason:required']);
    const rejected = rejectAdjustment({
      request: pending,
      approver: assigner,
      decidedOn: '2025-05-10',
      reason: 'Không có căn cứ',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Không có căn cứ',
      decidedOn: '2025-05-10',
    });
  });
});
