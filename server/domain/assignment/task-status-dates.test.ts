/**
 * Task statuses at chosen dates of one 2022 cycle (issued 15/03/2022, cycle ends
 * 31/12/2022), the way the dashboards ask for them: a calendar per task, with
 * extensions and cancellations approved on a given day, target changes, and
 * deliverables returned, re-submitted, accepted, superseded and accepted late.
 */
import { describe, expect, it } from 'vitest';
import type { Appraisal, CheckIn } from './completion.ts';
import type { TargetTask, Task, TaskChange } from './task.ts';
import { makeDeliverable, makeTarget } from './task-factory.ts';
import { type TaskStatus, type TaskStatusView, taskStatus } from './task-status.ts';

const ISSUED = '2022-03-15';
const CYCLE_END = '2022-12-31';
// The qd366 preset's numbers: a week's warning, 45 days of silence.
const policy = { dueSoonDays: 7, checkInIntervalDays: 45, earlyByDays: 1 };

const ci = (date: string, value: number | null = null, id = `ci-${date}`): CheckIn => ({ id, date, value });
const extension = (approvedOn: string, from: string, to: string, id = `ext-${approvedOn}`): TaskChange => ({
  adjustmentId: id,
  approvedOn,
  field: 'deadline',
  from,
  to,
});

function at(
  task: Task,
  today: string,
  checkIns: CheckIn[] = [],
  appraisals: Appraisal[] = [],
): TaskStatusView {
  return taskStatus({ task, checkIns, appraisals, issuedOn: ISSUED, cycleEnd: CYCLE_END, today, policy });
}

type Row = [today: string, status: TaskStatus, daysToDeadline: number | null, deadlineInForce: string];

describe('a vaccination target (at least 95 % by 30/06/2022) through the year', () => {
  const task = makeTarget({ targetValue: 95, deadline: '2022-06-30', baseline: 90, unitOfMeasure: '%' });
  const reports = [ci('2022-04-10', 91), ci('2022-05-20', 93), ci('2022-06-25', 94)];
  it.each<Row>([
    ['2022-03-15', 'not_due', 107, '2022-06-30'],
    ['2022-06-22', 'not_due', 8, '2022-06-30'],
    ['2022-06-23', 'due_soon', 7, '2022-06-30'],
    ['2022-06-30', 'due_soon', 0, '2022-06-30'],
    ['2022-07-01', 'overdue', -1, '2022-06-30'],
    ['2022-12-31', 'overdue', -184, '2022-06-30'],
    ['2023-01-01', 'not_done', null, '2022-06-30'],
  ])('on %s it is %s', (today, status, daysToDeadline, deadlineInForce) => {
    expect(at(task, today, reports)).toMatchObject({
      status,
      daysToDeadline,
      deadlineInForce,
      extended: false,
    });
  });

  it('is done early from the day a report first met the target, and exceeded when beyond it', () => {
    const met = [...reports.slice(0, 2), ci('2022-06-20', 96)];
    expect(at(task, '2022-06-19', met).status).toBe('not_due');
    expect(at(task, '2022-06-20', met)).toMatchObject({
      status: 'done_early',
      doneDate: '2022-06-20',
      exceeded: true,
    });
  });

  it('counts the verified value of an appraisal over a higher report (the report alone is unverified)', () => {
    const met = [...reports, ci('2022-06-28', 95.5)];
    const verified: Appraisal[] = [{ date: '2022-07-05', verifiedValue: 94.8, atRisk: false }];
    expect(at(task, '2022-07-04', met, verified).status).toBe('done_early');
    expect(at(task, '2022-07-05', met, verified).status).toBe('overdue');
  });
});

describe('extensions approved on a given day', () => {
  // 30/06 moved to 31/08 on 10/07, when the task was already overdue.
  const late = makeTarget({
    targetValue: 95,
    deadline: '2022-08-31',
    history: [extension('2022-07-10', '2022-06-30', '2022-08-31')],
  });
  const reports = [ci('2022-06-25', 92)];

  it.each<Row>([
    ['2022-07-05', 'overdue', -5, '2022-06-30'],
    ['2022-07-09', 'overdue', -9, '2022-06-30'],
    ['2022-07-10', 'not_due', 52, '2022-08-31'],
    ['2022-08-24', 'due_soon', 7, '2022-08-31'],
    ['2022-09-01', 'overdue', -1, '2022-08-31'],
  ])('on %s it is %s', (today, status, daysToDeadline, deadlineInForce) => {
    expect(at(late, today, reports)).toMatchObject({
      status,
      daysToDeadline,
      deadlineInForce,
      originalDeadline: '2022-06-30',
    });
  });

  it('shows a task done between the two deadlines late until the extension, on time after it', () => {
    const done = [...reports, ci('2022-07-05', 95)];
    expect(at(late, '2022-07-06', done)).toMatchObject({ status: 'done_late', extended: false });
    expect(at(late, '2022-07-10', done)).toMatchObject({ status: 'done_on_time', extended: true });
  });

  it('never calls a task that needed an extension early, and a task done after the new date is late', () => {
    expect(at(late, '2022-12-01', [ci('2022-08-01', 95)]).status).toBe('done_on_time');
    expect(at(late, '2022-12-01', [ci('2022-09-02', 95)]).status).toBe('done_late');
  });

  it('follows a second extension from the day it is approved', () => {
    const twice = makeTarget({
      targetValue: 95,
      deadline: '2022-10-31',
      history: [
        extension('2022-07-10', '2022-06-30', '2022-08-31'),
        extension('2022-08-29', '2022-08-31', '2022-10-31', 'ext-2'),
      ],
    });
    expect(at(twice, '2022-08-28', reports)).toMatchObject({
      status: 'due_soon',
      deadlineInForce: '2022-08-31',
    });
    expect(at(twice, '2022-08-29', reports)).toMatchObject({
      status: 'not_due',
      deadlineInForce: '2022-10-31',
    });
    expect(at(twice, '2022-11-01', reports)).toMatchObject({
      status: 'overdue',
      originalDeadline: '2022-06-30',
      extended: true,
    });
  });
});

describe('a target raised by an adjustment after it was met', () => {
  const raised = makeTarget({
    targetValue: 98,
    deadline: '2022-06-30',
    history: [{ adjustmentId: 'tv', approvedOn: '2022-07-01', field: 'targetValue', from: 95, to: 98 }],
  });
  it('is done before the change and overdue after it, until a report meets the new value', () => {
    const reports = [ci('2022-06-01', 96)];
    expect(at(raised, '2022-06-30', reports).status).toBe('done_early');
    expect(at(raised, '2022-07-01', reports).status).toBe('overdue');
    expect(at(raised, '2022-08-01', [...reports, ci('2022-07-20', 98.5)])).toMatchObject({
      status: 'done_late',
      doneDate: '2022-07-20',
    });
  });
});

describe('cancellations approved on a given day', () => {
  const cancelledOn = (approvedOn: string, overrides: Partial<TargetTask> = {}) =>
    makeTarget({
      targetValue: 95,
      deadline: '2022-06-30',
      cancellation: { adjustmentId: 'c', approvedOn, reason: 'Không còn phù hợp' },
      ...overrides,
    });

  it.each<[string, TaskStatus]>([
    ['2022-07-14', 'overdue'],
    ['2022-07-15', 'cancelled'],
    ['2022-12-31', 'cancelled'],
    ['2023-01-01', 'cancelled'],
  ])('an overdue task cancelled on 15/07/2022 is, on %s, %s', (today, status) => {
    expect(at(cancelledOn('2022-07-15'), today, [ci('2022-05-01', 92)]).status).toBe(status);
  });

  it('leaves a done task cancelled from the approval on, with no flag and no done date', () => {
    const view = at(cancelledOn('2022-09-01'), '2022-09-01', [ci('2022-06-01', 99)]);
    expect(view).toMatchObject({
      status: 'cancelled',
      exceeded: false,
      doneDate: null,
      daysToDeadline: null,
    });
    expect(at(cancelledOn('2022-09-01'), '2022-08-31', [ci('2022-06-01', 99)]).status).toBe('done_early');
  });

  it('keeps the extension dates on a task cancelled after being extended', () => {
    const task = cancelledOn('2022-09-15', {
      deadline: '2022-08-31',
      history: [extension('2022-06-20', '2022-06-30', '2022-08-31')],
    });
    expect(at(task, '2022-09-15')).toMatchObject({
      status: 'cancelled',
      deadlineInForce: '2022-08-31',
      originalDeadline: '2022-06-30',
      extended: true,
    });
  });
});

describe('a deliverable judged by appraisals (site clearance due 31/08/2022)', () => {
  const task = makeDeliverable({ deadline: '2022-08-31' });
  const first = ci('2022-08-20', null, 'first');
  const second = ci('2022-09-05', null, 'second');
  const returned: Appraisal = { date: '2022-08-25', appraisedFraction: 0.6, atRisk: true };
  const accepted: Appraisal = { date: '2022-09-10', appraisedFraction: 1, acceptedCheckInId: 'second' };

  it.each<[string, TaskStatus, boolean]>([
    ['2022-08-24', 'due_soon', false],
    ['2022-08-25', 'due_soon', true],
    ['2022-09-01', 'overdue', true],
    ['2022-09-09', 'overdue', true],
    ['2022-09-10', 'done_late', false],
  ])('submitted, returned, re-submitted and accepted: on %s it is %s', (today, status, atRisk) => {
    expect(at(task, today, [first, second], [returned, accepted])).toMatchObject({ status, atRisk });
  });

  it('is dated by the re-submission the acceptance names, so an extension to 30/09 makes it on time', () => {
    const extended = makeDeliverable({
      deadline: '2022-09-30',
      history: [extension('2022-08-28', '2022-08-31', '2022-09-30')],
    });
    expect(at(extended, '2022-09-10', [first, second], [returned, accepted])).toMatchObject({
      status: 'done_on_time',
      doneDate: '2022-09-05',
    });
  });

  it('counts only a whole product: a later appraisal of a smaller share undoes an acceptance', () => {
    const early: Appraisal = {
      date: '2022-08-22',
      appraisedFraction: 1,
      acceptedCheckInId: 'first',
      exceeded: true,
    };
    const recheck: Appraisal = { date: '2022-10-05', appraisedFraction: 0.9, atRisk: true };
    expect(at(task, '2022-10-04', [first], [early, recheck])).toMatchObject({
      status: 'done_early',
      exceeded: true,
    });
    expect(at(task, '2022-10-05', [first], [early, recheck])).toMatchObject({
      status: 'overdue',
      exceeded: false,
    });
  });

  it('keeps an acceptance when a later appraisal only judges progress', () => {
    const early: Appraisal = { date: '2022-08-22', appraisedFraction: 1, acceptedCheckInId: 'first' };
    const note: Appraisal = { date: '2022-09-30', atRisk: false };
    expect(at(task, '2022-10-01', [first], [early, note]).status).toBe('done_early');
  });

  it('is not done after the cycle until the year-end appraisal accepts a December product, then done late', () => {
    const december = ci('2022-12-20', null, 'december');
    const january: Appraisal = { date: '2023-01-15', appraisedFraction: 1, acceptedCheckInId: 'december' };
    expect(at(task, '2022-12-31', [december], [january]).status).toBe('overdue');
    expect(at(task, '2023-01-01', [december], [january]).status).toBe('not_done');
    expect(at(task, '2023-01-15', [december], [january])).toMatchObject({
      status: 'done_late',
      doneDate: '2022-12-20',
    });
  });

  it('dates an accepted product by the appraisal when it names no check-in', () => {
    const unnamed: Appraisal = { date: '2022-08-30', appraisedFraction: 1 };
    expect(at(task, '2022-09-01', [], [unnamed])).toMatchObject({
      status: 'done_early',
      doneDate: '2022-08-30',
    });
  });
});

describe('silence under the qd366 preset (45 days)', () => {
  const task = makeTarget({ targetValue: 12, deadline: '2022-12-31' });
  it.each<[string, CheckIn[], boolean]>([
    ['2022-04-29', [], false],
    ['2022-04-30', [], true],
    ['2022-07-14', [ci('2022-05-30', 5)], false],
    ['2022-07-15', [ci('2022-05-30', 5)], true],
  ])('on %s it is silent: %s', (today, checkIns, silent) => {
    expect(at(task, today, checkIns).silent).toBe(silent);
  });
});
