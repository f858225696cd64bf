import { describe, expect, it } from 'vitest';
import { parseDecimal, ratToString } from './exact.ts';
import { QD366_POLICY } from './policy.ts';
import {
  completionPercent,
  computeTaskFacts,
  proposeTaskScore,
  type ScoringTask,
  type TargetTask,
  targetCompletion,
} from './task-facts.ts';
import { deliverableTask, targetTask } from './test-factories.ts';

const AS_OF = '2026-01-15';
const facts = (task: ScoringTask, asOf = AS_OF) => computeTaskFacts(task, asOf);

describe('target facts', () => {
  it.each([
    ['at least: 100 meets 100', 'at_least', 100, '100', true, false],
    ['at least: 120 exceeds 100', 'at_least', 100, '120', true, true],
    ['at least: 99.99 misses 100', 'at_least', 100, '99.99', false, false],
    ['at most: 5 meets 5', 'at_most', 5, '5', true, false],
    ['at most: 3 exceeds 5 (lower is better)', 'at_most', 5, '3', true, true],
    ['at most: 5.01 misses 5', 'at_most', 5, '5.01', false, false],
  ] as const)('%s', (_name, direction, target, value, done, exceeded) => {
    const f = facts(targetTask({ direction, target, checkIns: [{ date: '2025-06-01', value }] }));
    expect({ done: f.done, exceeded: f.exceeded }).toEqual({ done, exceeded });
  });

  it('takes the final actual from the latest appraisal that verified a value, marked verified', () => {
    const f = facts(
      targetTask({
        checkIns: [{ date: '2025-11-30', value: 130 }],
        appraisals: [
          { date: '2025-09-30', verifiedValue: 90 },
          { date: '2025-12-15', verifiedValue: 110 },
          { date: '2025-12-20', verifiedValue: null },
        ],
      }),
    );
    expect(f).toMatchObject({
      finalActual: '110',
      finalActualSource: 'appraisal',
      verified: true,
      done: true,
    });
  });

  it('falls back to the latest check-in, marked unverified, when no appraisal verified a value', () => {
    const f = facts(
      targetTask({
        checkIns: [
          { date: '2025-03-31', value: 40 },
          { date: '2025-06-30', value: 80 },
        ],
        appraisals: [{ date: '2025-07-01' }],
      }),
    );
    expect(f).toMatchObject({
      finalActual: '80',
      finalActualSource: 'check_in',
      verified: false,
      done: false,
    });
  });

  it('lets a later appraisal overrule a check-in that claimed the target', () => {
    const f = facts(
      targetTask({
        checkIns: [{ date: '2025-10-01', value: 105 }],
        appraisals: [{ date: '2025-12-01', verifiedValue: 95 }],
      }),
    );
    expect(f).toMatchObject({ done: false, doneDate: null, finalActual: '95' });
  });

  it('dates done at the first check-in that met the target, provided the final actual still meets it', () => {
    const f = facts(
      targetTask({
        checkIns: [
          { date: '2025-05-01', value: 60 },
          { date: '2025-08-10', value: 101 },
          { date: '2025-10-01', value: 98 },
          { date: '2025-12-01', value: 115 },
        ],
      }),
    );
    expect(f).toMatchObject({ done: true, doneDate: '2025-08-10', doneDateSource: 'check_in', onTime: true });
  });

  it('dates done at the appraisal when only the appraisal showed the target met', () => {
    const f = facts(
      targetTask({
        checkIns: [{ date: '2025-12-20', value: 99 }],
        appraisals: [{ date: '2026-01-05', verifiedValue: 100 }],
      }),
    );
    expect(f).toMatchObject({ done: true, doneDate: '2026-01-05', doneDateSource: 'appraisal', late: true });
  });

  it('orders records by date, whatever their entry order, and keeps entry order within a day', () => {
    const f = facts(
      targetTask({
        checkIns: [
          { date: '2025-12-01', value: 90 },
          { date: '2025-04-01', value: 120 },
          { date: '2025-12-01', value: 100 },
        ],
      }),
    );
    expect(f).toMatchObject({ finalActual: '100', done: true, doneDate: '2025-04-01' });
  });

  it('ignores records dated after the day scoring opened', () => {
    const f = facts(
      targetTask({
        checkIns: [
          { date: '2025-12-01', value: 50 },
          { date: '2026-02-01', value: 150 },
        ],
      }),
    );
    expect(f).toMatchObject({ finalActual: '50', done: false });
  });

  it('skips check-ins without a value', () => {
    const f = facts(
      targetTask({
        checkIns: [
          { date: '2025-12-01', value: 100 },
          { date: '2025-12-02', value: null },
        ],
      }),
    );
    expect(f.finalActual).toBe('100');
  });

  it('compares decimals exactly (0.1 + 0.2 style values)', () => {
    const f = facts(targetTask({ target: '0.3', checkIns: [{ date: '2025-06-01', value: '0.30' }] }));
    expect(f).toMatchObject({ done: true, exceeded: false });
  });

  it('has no final actual and no completion when nothing was reported', () => {
    const f = facts(targetTask());
    expect(f).toMatchObject({ done: false, finalActual: null, finalActualSource: null, verified: false });
    expect(completionPercent(f)).toBe(0);
  });
});

describe('deadlines, extensions and lateness', () => {
  const doneOn = (date: string, extra: Partial<TargetTask> = {}) =>
    facts(targetTask({ checkIns: [{ date, value: 100 }], ...extra }));

  it.each([
    ['done before the deadline is on time (early counts as on time)', '2025-11-01', true, false],
    ['done on the deadline day is on time', '2025-12-31', true, false],
    ['done the day after the deadline is late', '2026-01-01', false, true],
  ])('%s', (_name, date, onTime, late) => {
    expect(doneOn(date)).toMatchObject({ onTime, late });
  });

  it('counts a task done before the extended deadline as on time and keeps the original deadline', () => {
    const f = doneOn('2026-01-10', { extendedDeadline: '2026-01-31' });
    expect(f).toMatchObject({
      onTime: true,
      late: false,
      deadline: '2026-01-31',
      originalDeadline: '2025-12-31',
      extended: true,
    });
  });

  it('counts a task done after the extended deadline as late', () => {
    expect(doneOn('2026-01-10', { extendedDeadline: '2026-01-05' })).toMatchObject({
      late: true,
      extended: true,
    });
  });

  it('marks a task not done whose deadline in force has passed as overdue, not late', () => {
    const f = facts(targetTask({ checkIns: [{ date: '2025-12-01', value: 50 }] }));
    expect(f).toMatchObject({ done: false, late: false, onTime: false, overdue: true });
  });

  it('does not call a task overdue before its deadline', () => {
    expect(facts(targetTask(), '2025-10-01').overdue).toBe(false);
  });

  it.each([
    ['a malformed deadline', { deadline: '31/12/2025' }],
    ['a malformed check-in date', { checkIns: [{ date: '2025-1-1', value: 1 }] }],
  ])('refuses %s', (_name, patch) => {
    expect(() => facts(targetTask(patch as Partial<TargetTask>))).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('refuses a negative or fractional weight', () => {
    expect(() => facts(targetTask({ weight: 10.5 }))).toThrow(
      expect.objectContaining({ code: 'invalid_weight' }),
    );
  });
});

describe('deliverable facts', () => {
  it('is done when the latest appraisal accepted the product, dated by the check-in carrying it', () => {
    const f = facts(
      deliverableTask({
        appraisals: [
          { date: '2025-06-30', fraction: '0.5', accepted: false },
          {
            date: '2026-01-08',
            fraction: 1,
            accepted: true,
            productCheckIn: { id: 'ci-9', date: '2025-12-20' },
          },
        ],
      }),
    );
    expect(f).toMatchObject({ done: true, doneDate: '2025-12-20', doneDateSource: 'check_in', onTime: true });
    expect(f.fraction).toBe('1');
  });

  it('uses the appraisal date when the product check-in is unknown', () => {
    const f = facts(deliverableTask({ appraisals: [{ date: '2026-01-08', fraction: 1, accepted: true }] }));
    expect(f).toMatchObject({ doneDate: '2026-01-08', doneDateSource: 'appraisal', late: true });
  });

  it('is exceeded only when the appraisal says so and the product was accepted', () => {
    const accepted = facts(
      deliverableTask({ appraisals: [{ date: '2025-12-01', fraction: 1, accepted: true, exceeded: true }] }),
    );
    const notAccepted = facts(
      deliverableTask({
        appraisals: [{ date: '2025-12-01', fraction: '0.9', accepted: false, exceeded: true }],
      }),
    );
    expect([accepted.exceeded, notAccepted.exceeded]).toEqual([true, false]);
  });

  it('follows the latest appraisal even if an earlier one accepted the product', () => {
    const f = facts(
      deliverableTask({
        appraisals: [
          { date: '2025-10-01', fraction: 1, accepted: true },
          { date: '2025-12-01', fraction: '0.8', accepted: false },
        ],
      }),
    );
    expect(f).toMatchObject({ done: false, fraction: '0.8' });
  });

  it.each([
    ['a fraction above 1', { fraction: '1.2', accepted: false }, 'invalid_fraction'],
    ['a negative fraction', { fraction: -0.1, accepted: false }, 'invalid_fraction'],
    ['acceptance with a fraction below 1', { fraction: '0.9', accepted: true }, 'accepted_fraction_not_one'],
  ])('refuses %s', (_name, appraisal, code) => {
    expect(() => facts(deliverableTask({ appraisals: [{ date: '2025-12-01', ...appraisal }] }))).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('is not done and has no completion without any appraisal', () => {
    const f = facts(deliverableTask());
    expect(f).toMatchObject({ done: false, verified: false, fraction: null });
  });
});

describe('completion of a target', () => {
  const c = (direction: 'at_least' | 'at_most', actual: string | null, target: string) =>
    ratToString(
      targetCompletion(direction, actual === null ? null : parseDecimal(actual), parseDecimal(target)),
    );

  it.each([
    ['at least: actual / target', 'at_least', '80', '100', '4/5'],
    ['at least: capped at 1 when exceeded', 'at_least', '150', '100', '1'],
    ['at least: a negative actual gives 0', 'at_least', '-5', '100', '0'],
    ['at least: a zero target met gives 1', 'at_least', '0', '0', '1'],
    ['at least: a negative target missed gives 0', 'at_least', '-3', '-2', '0'],
    ['at most: target / actual', 'at_most', '8', '5', '5/8'],
    ['at most: 1 when actual ≤ target', 'at_most', '4', '5', '1'],
    ['at most: an actual of 0 is 1, not a division by zero', 'at_most', '0', '5', '1'],
    ['at most: a zero target missed gives 0', 'at_most', '3', '0', '0'],
    ['nothing reported gives 0', 'at_least', null, '100', '0'],
  ] as const)('%s', (_name, direction, actual, target, expected) => {
    expect(c(direction, actual, target)).toBe(expected);
  });
});

describe('proposed task score', () => {
  const propose = (task: ScoringTask, asOf = AS_OF) =>
    proposeTaskScore(computeTaskFacts(task, asOf), QD366_POLICY);

  it.each<[string, ScoringTask, number, string]>([
    [
      'gives the full weight to a target done on time',
      targetTask({ checkIns: [{ date: '2025-12-01', value: 130 }] }),
      1000,
      AS_OF,
    ],
    [
      'gives weight × completion to a target at 80% not yet due',
      targetTask({ checkIns: [{ date: '2025-09-01', value: 80 }] }),
      800,
      '2025-10-01',
    ],
    [
      'takes 25% of the weight off a target done late',
      targetTask({ checkIns: [{ date: '2026-01-05', value: 100 }] }),
      750,
      AS_OF,
    ],
    [
      'gives an overdue target not done its completion only: "late" is for done tasks (80% → 80%)',
      targetTask({ checkIns: [{ date: '2025-12-01', value: 80 }] }),
      800,
      AS_OF,
    ],
    [
      'gives 10% to a target 10% done and overdue',
      targetTask({ checkIns: [{ date: '2025-12-01', value: 10 }] }),
      100,
      AS_OF,
    ],
    [
      'uses target/actual for an at-most target',
      targetTask({ direction: 'at_most', target: 5, checkIns: [{ date: '2025-09-01', value: 8 }] }),
      625,
      '2025-10-01',
    ],
    [
      'uses the appraised fraction for a deliverable',
      deliverableTask({ appraisals: [{ date: '2025-09-01', fraction: '0.6', accepted: false }] }),
      600,
      '2025-10-01',
    ],
    [
      'rounds a third of the weight half up',
      targetTask({ target: 3, checkIns: [{ date: '2025-09-01', value: 1 }] }),
      333,
      '2025-10-01',
    ],
  ])('%s', (_name, task, expected, asOf) => {
    expect(propose(task, asOf).proposal).toBe(expected);
  });

  it('says when the late penalty was taken', () => {
    expect(propose(targetTask({ checkIns: [{ date: '2026-01-05', value: 100 }] })).latePenalized).toBe(true);
    expect(propose(targetTask({ checkIns: [{ date: '2025-12-05', value: 100 }] })).latePenalized).toBe(false);
  });
});
