import { describe, expect, it } from 'vitest';
import {
  approve,
  assigner,
  caught,
  context,
  delegate,
  head,
  problemCodes,
  request,
} from './adjustment-fixtures.ts';
import {
  type AdjustmentChange,
  approveAdjustment,
  rejectAdjustment,
  requestAdjustment,
} from './adjustments.ts';
import type { AssignmentState } from './lifecycle.ts';

describe('when adjustments are possible', () => {
  it.each<[AssignmentState, boolean]>([
    ['draft', false],
    ['issued', true],
    ['committed', true],
    ['in_progress', true],
    ['self_assessed', false],
    ['scored', false],
    ['finalized', false],
  ])('a request in state %s is accepted: %s', (state, allowed) => {
    const run = () =>
      requestAdjustment({
        id: 'a',
        change: { kind: 'extension', taskId: 't1', deadline: '2025-10-31' },
        reason: 'Chờ phê duyệt quy hoạch',
        requester: head,
        requestedOn: '2025-05-01',
        context: context({ state }),
      });
    if (allowed) expect(run().status).toBe('pending');
    else expect(caught(run).code).toBe('adjustment_not_allowed_in_state');
  });

  it('refuses to approve a pending request once the head has self-assessed', () => {
    const pending = request({ kind: 'extension', taskId: 't1', deadline: '2025-10-31' });
    expect(caught(() => approve(pending, undefined, context({ state: 'self_assessed' }))).code).toBe(
      'adjustment_not_allowed_in_state',
    );
  });
});

describe('who requests and who decides', () => {
  const change: AdjustmentChange = { kind: 'extension', taskId: 't1', deadline: '2025-10-31' };
  const ask = (requester: typeof head) =>
    requestAdjustment({
      id: 'a',
      change,
      reason: 'Lý do',
      requester,
      requestedOn: '2025-05-01',
      context: context(),
    });

  it('records a request from the head as requested by the head', () => {
    expect(ask(head).requestedBy).toBe('head');
  });
  it('records a request from the assigner as requested by the assigner', () => {
    expect(ask(assigner).requestedBy).toBe('assigner');
  });
  it('refuses a request from a delegate', () => {
    expect(caught(() => ask(delegate)).code).toBe('adjustment_forbidden');
  });
  it('refuses approval by the head', () => {
    const run = () =>
      approveAdjustment({ request: ask(head), approver: head, decidedOn: '2025-05-10', context: context() });
    expect(caught(run).code).toBe('adjustment_forbidden');
  });
  it('refuses rejection by the head', () => {
    const run = () =>
      rejectAdjustment({ request: ask(head), approver: head, decidedOn: '2025-05-10', reason: 'Không' });
    expect(caught(run).code).toBe('adjustment_forbidden');
  });
  it('refuses to decide a request twice', () => {
    const done = approve(ask(head)).request;
    expect(caught(() => approve(done)).code).toBe('adjustment_already_decided');
    const run = () =>
      rejectAdjustment({ request: done, approver: assigner, decidedOn: '2025-05-11', reason: 'x' });
    expect(caught(run).code).toBe('adjustment_already_decided');
  });
});

describe('what may be requested', () => {
  it.each<[string, AdjustmentChange, string, string[]]>([
    [
      'refuses a request without a reason',
      { kind: 'extension', taskId: 't1', deadline: '2025-10-31' },
      ' ',
      ['reason:required'],
    ],
    [
      'refuses a change to an unknown task',
      { kind: 'extension', taskId: 'zz', deadline: '2025-10-31' },
      'x',
      ['change.taskId:unknown_task'],
    ],
    [
      'refuses a new target value on a deliverable',
      { kind: 'target_value', taskId: 'd1', targetValue: 3 },
      'x',
      ['change.taskId:not_a_target'],
    ],
    [
      'refuses a target value equal to the current one',
      { kind: 'target_value', taskId: 't1', targetValue: 120 },
      'x',
      ['change.targetValue:no_change'],
    ],
    [
      'refuses a target value that is not a number',
      { kind: 'target_value', taskId: 't1', targetValue: Number.NaN },
      'x',
      ['change.targetValue:invalid_number'],
    ],
    [
      'refuses an "extension" to an earlier deadline',
      { kind: 'extension', taskId: 't1', deadline: '2025-09-01' },
      'x',
      ['change.deadline:deadline_not_later'],
    ],
    [
      'refuses an "extension" to the same deadline',
      { kind: 'extension', taskId: 't1', deadline: '2025-09-30' },
      'x',
      ['change.deadline:deadline_not_later'],
    ],
    [
      'refuses an extension past the end of the cycle',
      { kind: 'extension', taskId: 't1', deadline: '2026-01-15' },
      'x',
      ['change.deadline:deadline_after_cycle_end'],
    ],
    [
      'refuses an extension to an impossible date',
      { kind: 'extension', taskId: 't1', deadline: '2025-11-31' },
      'x',
      ['change.deadline:invalid_date'],
    ],
    [
      'refuses a weight equal to the current one',
      { kind: 'weight', taskId: 't1', weight: 3000 },
      'x',
      ['change.weight:no_change'],
    ],
    [
      'refuses a weight in fractions of hundredths',
      { kind: 'weight', taskId: 't1', weight: 2500.5 },
      'x',
      ['change.weight:weight_not_positive_integer'],
    ],
    [
      'refuses a zero weight (cancel instead)',
      { kind: 'weight', taskId: 't1', weight: 0 },
      'x',
      ['change.weight:weight_not_positive_integer'],
    ],
  ])('%s', (_name, change, reason, expected) => {
    expect(problemCodes(() => request(change, { reason }))).toEqual(expected);
  });

  it.each<[string, AdjustmentChange]>([
    ['accepts a lower target value', { kind: 'target_value', taskId: 't1', targetValue: 100 }],
    [
      'accepts an extension to the last day of the cycle',
      { kind: 'extension', taskId: 't1', deadline: '2025-12-31' },
    ],
    [
      'accepts a cancellation whose re-balance the assigner will decide',
      { kind: 'cancellation', taskId: 'd1' },
    ],
    [
      'accepts a weight change whose re-balance the assigner will decide',
      { kind: 'weight', taskId: 't1', weight: 2500 },
    ],
  ])('%s', (_name, change) => {
    expect(request(change).status).toBe('pending');
  });

  it('refuses a re-balance proposed with an extension', () => {
    const change: AdjustmentChange = { kind: 'extension', taskId: 't1', deadline: '2025-10-31' };
    expect(
      problemCodes(() => request(change, { proposedRebalance: [{ taskId: 'd1', weight: 2000 }] })),
    ).toEqual(['rebalance:rebalance_not_expected']);
  });

  it('checks a proposed re-balance already at request time', () => {
    const change: AdjustmentChange = { kind: 'cancellation', taskId: 'd1' };
    expect(
      problemCodes(() => request(change, { proposedRebalance: [{ taskId: 't1', weight: 4000 }] })),
    ).toEqual(['rebalance:weights_sum_mismatch']);
  });
});
