import { describe, expect, it } from 'vitest';
import type { Appraisal, CheckIn } from './completion.ts';
import type { Task } from './task.ts';
import { makeDeliverable, makeTarget } from './task-factory.ts';
import {
  DEFAULT_STATUS_POLICY,
  isOnTime,
  isOpen,
  type StatusPolicy,
  TASK_STATUSES,
  type TaskStatus,
  taskStatus,
} from './task-status.ts';

// Target: at least 120 by 2025-09-30; issued 2025-01-15; cycle ends 2025-12-31.
const target = makeTarget();
const ci = (date: string, value: number | null = null, id = `ci-${date}`): CheckIn => ({ id, date, value });
const policy: StatusPolicy = { dueSoonDays: 7, checkInIntervalDays: 31, earlyByDays: 1 };

function status(
  today: string,
  checkIns: CheckIn[] = [],
  appraisals: Appraisal[] = [],
  task: Task = target,
  overrides: Partial<StatusPolicy> = {},
) {
  return taskStatus({
    task,
    checkIns,
    appraisals,
    issuedOn: '2025-01-15',
    cycleEnd: '2025-12-31',
    today,
    policy: { ...policy, ...overrides },
  });
}

/** Deadline 2025-09-30 extended to 2025-11-30 by an adjustment approved on 2025-09-25. */
const extended = makeTarget({
  deadline: '2025-11-30',
  history: [
    { adjustmentId: 'a1', approvedOn: '2025-09-25', field: 'deadline', from: '2025-09-30', to: '2025-11-30' },
  ],
});
const cancelled = makeTarget({
  cancellation: { adjustmentId: 'a2', approvedOn: '2025-06-15', reason: 'Dự án dừng' },
});

describe('open tasks by date', () => {
  const recent = [ci('2025-09-01', 80)];
  it.each<[string, string, CheckIn[], TaskStatus, number | null]>([
    ['is not due months before the deadline', '2025-06-01', [ci('2025-05-20', 50)], 'not_due', 121],
    ['is not due eight days before the deadline', '2025-09-22', recent, 'not_due', 8],
    ['is due soon exactly seven days before the deadline', '2025-09-23', recent, 'due_soon', 7],
    ['is due soon on the deadline day itself', '2025-09-30', recent, 'due_soon', 0],
    ['is overdue the day after the deadline', '2025-10-01', recent, 'overdue', -1],
    ['is still overdue on the last day of the cycle', '2025-12-31', [ci('2025-12-15', 90)], 'overdue', -92],
    ['is not done the day after the cycle ends', '2026-01-01', recent, 'not_done', null],
  ])('%s', (_name, today, checkIns, expected, daysToDeadline) => {
    expect(status(today, checkIns)).toMatchObject({
      status: expected,
      daysToDeadline,
      doneDate: null,
      exceeded: false,
    });
  });

  it('widens "due soon" with the policy', () => {
    expect(status('2025-09-01', [ci('2025-08-30')], [], target, { dueSoonDays: 30 }).status).toBe('due_soon');
  });
});

describe('done tasks', () => {
  it.each<[string, CheckIn[], Partial<StatusPolicy>, TaskStatus, boolean]>([
    ['is done early when done the day before the deadline', [ci('2025-09-29', 120)], {}, 'done_early', false],
    ['is done on time when done on the deadline day', [ci('2025-09-30', 120)], {}, 'done_on_time', false],
    ['is done late when done the day after the deadline', [ci('2025-10-01', 120)], {}, 'done_late', false],
    ['is done late even when done after the cycle ended', [ci('2026-01-10', 120)], {}, 'done_late', false],
    ['is done early months ahead, with exceeded alongside', [ci('2025-05-31', 150)], {}, 'done_early', true],
    ['is done late and exceeded at once', [ci('2025-10-15', 150)], {}, 'done_late', true],
    [
      'is only on time when a policy wants early by 5 days and it was 4',
      [ci('2025-09-26', 120)],
      { earlyByDays: 5 },
      'done_on_time',
      false,
    ],
    [
      'is early when a policy wants early by 5 days and it was 5',
      [ci('2025-09-25', 120)],
      { earlyByDays: 5 },
      'done_early',
      false,
    ],
  ])('%s', (_name, checkIns, overrides, expected, exceeded) => {
    expect(status('2026-01-15', checkIns, [], target, overrides)).toMatchObject({
      status: expected,
      exceeded,
      atRisk: false,
      silent: false,
    });
  });

  it('reports the done date and no days to the deadline once done', () => {
    expect(status('2025-12-01', [ci('2025-07-01', 130)])).toMatchObject({
      doneDate: '2025-07-01',
      daysToDeadline: null,
    });
  });

  it('dates a deliverable from the check-in carrying the accepted product', () => {
    const deliverable = makeDeliverable();
    const checkIns = [ci('2025-09-28', null, 'product')];
    const appraisals: Appraisal[] = [
      { date: '2025-10-20', appraisedFraction: 1, acceptedCheckInId: 'product' },
    ];
    expect(status('2025-10-19', checkIns, appraisals, deliverable).status).toBe('overdue');
    expect(status('2025-10-20', checkIns, appraisals, deliverable)).toMatchObject({
      status: 'done_early',
      doneDate: '2025-09-28',
    });
  });

  it('counts early and on time as "on time" for scoring, and nothing else', () => {
    expect(TASK_STATUSES.filter(isOnTime)).toEqual(['done_early', 'done_on_time']);
    expect(TASK_STATUSES.filter(isOpen)).toEqual(['not_due', 'due_soon', 'overdue']);
  });
});

describe('extensions', () => {
  it('an approved extension makes a task done after the original deadline on time', () => {
    expect(status('2025-12-01', [ci('2025-11-15', 120)], [], extended)).toMatchObject({
      status: 'done_on_time',
      deadlineInForce: '2025-11-30',
      originalDeadline: '2025-09-30',
      extended: true,
    });
  });

  it('a task done after even the extended deadline is late', () => {
    expect(status('2025-12-05', [ci('2025-12-01', 120)], [], extended).status).toBe('done_late');
  });

  it('a task that needed an extension is not "early" for beating the new date', () => {
    expect(status('2025-12-01', [ci('2025-10-15', 120)], [], extended).status).toBe('done_on_time');
  });

  it('a task with an extension that still finished before the original deadline is early', () => {
    expect(status('2025-12-01', [ci('2025-09-25', 120)], [], extended).status).toBe('done_early');
  });

  it.each<[string, string, TaskStatus, string]>([
    [
      'is due soon under the original deadline before the extension is approved',
      '2025-09-24',
      'due_soon',
      '2025-09-30',
    ],
    ['is not due once the extension is approved', '2025-09-25', 'not_due', '2025-11-30'],
    ['is not overdue the day after the original deadline', '2025-10-01', 'not_due', '2025-11-30'],
    ['is due soon a week before the extended deadline', '2025-11-23', 'due_soon', '2025-11-30'],
    ['is overdue after the extended deadline', '2025-12-01', 'overdue', '2025-11-30'],
  ])('%s', (_name, today, expected, deadline) => {
    expect(status(today, [ci('2025-09-15', 10)], [], extended)).toMatchObject({
      status: expected,
      deadlineInForce: deadline,
    });
  });
});

describe('cancellations', () => {
  it.each<[string, string, TaskStatus]>([
    ['runs as usual before the cancelling adjustment is approved', '2025-06-14', 'not_due'],
    ['is cancelled from the day the adjustment is approved', '2025-06-15', 'cancelled'],
    ['stays cancelled past the deadline instead of going overdue', '2025-10-15', 'cancelled'],
    ['stays cancelled after the cycle instead of not done', '2026-01-15', 'cancelled'],
  ])('%s', (_name, today, expected) => {
    expect(status(today, [ci('2025-06-01', 10)], [], cancelled).status).toBe(expected);
  });

  it('a cancelled task carries no flag even if it was at risk and silent', () => {
    expect(status('2025-12-01', [], [{ date: '2025-06-01', atRisk: true }], cancelled)).toMatchObject({
      atRisk: false,
      silent: false,
      exceeded: false,
    });
  });
});

describe('the at-risk flag', () => {
  it.each<[string, Appraisal[], boolean]>([
    [
      'is raised when the last appraisal says the task is at risk',
      [{ date: '2025-07-01', atRisk: true }],
      true,
    ],
    [
      'is cleared by a later appraisal that does not say so',
      [
        { date: '2025-04-01', atRisk: true },
        { date: '2025-07-01', verifiedValue: 90 },
      ],
      false,
    ],
    ['ignores an appraisal dated after the day asked about', [{ date: '2025-08-02', atRisk: true }], false],
    ['is down without any appraisal', [], false],
  ])('%s', (_name, appraisals, atRisk) => {
    expect(status('2025-08-01', [ci('2025-07-20', 70)], appraisals).atRisk).toBe(atRisk);
  });

  it('is raised on an overdue task too', () => {
    expect(
      status('2025-10-10', [ci('2025-10-01', 70)], [{ date: '2025-10-05', atRisk: true }]),
    ).toMatchObject({
      status: 'overdue',
      atRisk: true,
    });
  });

  it('is not raised on a done task', () => {
    const appraisals: Appraisal[] = [{ date: '2025-07-01', atRisk: true }];
    expect(status('2025-08-01', [ci('2025-07-20', 130)], appraisals)).toMatchObject({
      status: 'done_early',
      atRisk: false,
    });
  });
});

describe('the silent flag', () => {
  it.each<[string, string, CheckIn[], boolean]>([
    ['is not raised 31 days after issue without a check-in', '2025-02-15', [], false],
    ['is raised 32 days after issue without a check-in', '2025-02-16', [], true],
    ['is not raised 31 days after the last check-in', '2025-05-01', [ci('2025-03-31', 40)], false],
    ['is raised 32 days after the last check-in', '2025-05-02', [ci('2025-03-31', 40)], true],
    [
      'counts a narrative-only check-in as a sign of life',
      '2025-05-02',
      [ci('2025-03-31', 40), ci('2025-04-20')],
      false,
    ],
    [
      'does not count a check-in dated after the day asked about',
      '2025-05-02',
      [ci('2025-03-31', 40), ci('2025-05-03', 50)],
      true,
    ],
    ['is raised on an overdue task that went quiet', '2025-11-15', [ci('2025-09-01', 80)], true],
    ['is never raised on a done task', '2025-12-01', [ci('2025-03-31', 130)], false],
    ['is not raised before the assignment is issued', '2025-01-10', [], false],
    ['is never raised once the cycle has ended', '2026-03-01', [ci('2025-03-31', 40)], false],
  ])('%s', (_name, today, checkIns, silent) => {
    expect(status(today, checkIns).silent).toBe(silent);
  });

  it('follows the policy interval', () => {
    expect(status('2025-03-01', [ci('2025-02-01', 10)], [], target, { checkInIntervalDays: 14 }).silent).toBe(
      true,
    );
  });
});

describe('defaults', () => {
  it('uses a week for "due soon", monthly check-ins and "early" as any day before the deadline', () => {
    expect(DEFAULT_STATUS_POLICY).toEqual({ dueSoonDays: 7, checkInIntervalDays: 31, earlyByDays: 1 });
    const view = taskStatus({
      task: target,
      checkIns: [ci('2025-09-29', 120)],
      appraisals: [],
      issuedOn: '2025-01-15',
      cycleEnd: '2025-12-31',
      today: '2025-10-01',
    });
    expect(view.status).toBe('done_early');
  });
});
