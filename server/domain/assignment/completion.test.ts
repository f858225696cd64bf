import { describe, expect, it } from 'vitest';
import {
  type Appraisal,
  beatsTarget,
  type CheckIn,
  completionFacts,
  meetsTarget,
  upTo,
} from './completion.ts';
import type { Direction } from './task.ts';
import { makeDeliverable, makeTarget } from './task-factory.ts';

const ci = (date: string, value: number | null = null, id = `ci-${date}`): CheckIn => ({ id, date, value });
const verified = (date: string, verifiedValue: number): Appraisal => ({ date, verifiedValue });
const accepted = (
  date: string,
  acceptedCheckInId: string | null,
  extra: Partial<Appraisal> = {},
): Appraisal => ({
  date,
  appraisedFraction: 1,
  acceptedCheckInId,
  ...extra,
});

describe('meeting and beating a target', () => {
  it.each<[string, number, number, Direction, boolean, boolean]>([
    ['at least: reaching the target exactly meets it without exceeding', 120, 120, 'at_least', true, false],
    ['at least: going beyond exceeds it', 121, 120, 'at_least', true, true],
    ['at least: falling short does not meet it', 119.9, 120, 'at_least', false, false],
    ['at most: staying exactly at the ceiling meets it without exceeding', 1.5, 1.5, 'at_most', true, false],
    ['at most: going below exceeds it', 1.2, 1.5, 'at_most', true, true],
    ['at most: going above does not meet it', 1.6, 1.5, 'at_most', false, false],
  ])('%s', (_name, actual, target, direction, meets, beats) => {
    expect(meetsTarget(actual, target, direction)).toBe(meets);
    expect(beatsTarget(actual, target, direction)).toBe(beats);
  });
});

describe('completion of a target', () => {
  const target = makeTarget({ targetValue: 120, direction: 'at_least' });
  it.each<[string, CheckIn[], Appraisal[], string, Record<string, unknown>]>([
    [
      'is not done with no report at all',
      [],
      [],
      '2025-12-31',
      { done: false, finalActual: null, verified: false },
    ],
    [
      'is done on the first check-in that met the target',
      [ci('2025-03-31', 60), ci('2025-06-30', 125), ci('2025-09-30', 130)],
      [],
      '2025-12-31',
      { done: true, doneDate: '2025-06-30', finalActual: 130, exceeded: true, verified: false },
    ],
    [
      'takes the verified value over a higher reported one',
      [ci('2025-06-30', 130)],
      [verified('2025-07-15', 118)],
      '2025-12-31',
      { done: false, doneDate: null, finalActual: 118, verified: true },
    ],
    [
      'is not done when the final actual fell back below the target',
      [ci('2025-06-30', 125), ci('2025-09-30', 110)],
      [],
      '2025-12-31',
      { done: false, finalActual: 110 },
    ],
    [
      'keeps the first meeting date when a dip was later recovered',
      [ci('2025-06-30', 125), ci('2025-09-30', 110), ci('2025-11-30', 121)],
      [],
      '2025-12-31',
      { done: true, doneDate: '2025-06-30', finalActual: 121 },
    ],
    [
      'dates an under-reported target from the appraisal that verified it met',
      [ci('2025-06-30', 100)],
      [verified('2025-10-10', 120)],
      '2025-12-31',
      { done: true, doneDate: '2025-10-10', exceeded: false, verified: true },
    ],
    [
      'ignores reports dated after the day asked about',
      [ci('2025-03-31', 60), ci('2025-06-30', 125)],
      [],
      '2025-06-29',
      { done: false, finalActual: 60 },
    ],
    [
      'orders records by date whatever order they arrive in',
      [ci('2025-09-30', 50), ci('2025-03-31', 130)],
      [],
      '2025-12-31',
      { done: false, finalActual: 50 },
    ],
    [
      'ignores narrative-only check-ins without a value',
      [ci('2025-03-31', 125), ci('2025-06-30', null)],
      [],
      '2025-12-31',
      { done: true, finalActual: 125 },
    ],
  ])('%s', (_name, checkIns, appraisals, asOf, expected) => {
    expect(completionFacts(target, checkIns, appraisals, asOf)).toMatchObject(expected);
  });

  it('judges an "at most" target: poor household rate down to 1.2% beats 1.5%', () => {
    const rate = makeTarget({ targetValue: 1.5, direction: 'at_most' });
    expect(completionFacts(rate, [ci('2025-11-30', 1.2)], [], '2025-12-31')).toMatchObject({
      done: true,
      exceeded: true,
      doneDate: '2025-11-30',
    });
  });

  it('judges against the target in force: an approved lower target makes 105 done', () => {
    const lowered = makeTarget({
      targetValue: 100,
      history: [{ adjustmentId: 'a1', approvedOn: '2025-08-01', field: 'targetValue', from: 120, to: 100 }],
    });
    const checkIns = [ci('2025-06-30', 105)];
    expect(completionFacts(lowered, checkIns, [], '2025-07-31').done).toBe(false);
    expect(completionFacts(lowered, checkIns, [], '2025-08-01')).toMatchObject({
      done: true,
      doneDate: '2025-06-30',
      exceeded: true,
    });
  });
});

describe('completion of a deliverable', () => {
  const task = makeDeliverable();
  const submitted = ci('2025-08-20', null, 'ci-product');
  it.each<[string, CheckIn[], Appraisal[], Record<string, unknown>]>([
    [
      'is not done before any appraisal',
      [submitted],
      [],
      { done: false, appraisedFraction: null, verified: false },
    ],
    [
      'is done on the day the accepted product was submitted, not the day it was appraised',
      [submitted],
      [accepted('2025-10-05', 'ci-product')],
      { done: true, doneDate: '2025-08-20', exceeded: false, appraisedFraction: 1 },
    ],
    [
      'is not done when the appraisal accepted only 80% of the product',
      [submitted],
      [{ date: '2025-10-05', appraisedFraction: 0.8 }],
      { done: false, appraisedFraction: 0.8 },
    ],
    [
      'follows the latest appraisal when a later one withdraws acceptance',
      [submitted],
      [accepted('2025-10-05', 'ci-product'), { date: '2025-11-05', appraisedFraction: 0.5 }],
      { done: false, appraisedFraction: 0.5 },
    ],
    [
      'carries the exceeded mark of the accepting appraisal',
      [submitted],
      [accepted('2025-10-05', 'ci-product', { exceeded: true })],
      { done: true, exceeded: true },
    ],
    [
      'falls back to the appraisal date when the acceptance names no check-in',
      [submitted],
      [accepted('2025-10-05', null)],
      { done: true, doneDate: '2025-10-05' },
    ],
    [
      'ignores an at-risk note without a fraction when looking for acceptance',
      [submitted],
      [accepted('2025-10-05', 'ci-product'), { date: '2025-10-20', atRisk: true }],
      { done: true, doneDate: '2025-08-20' },
    ],
  ])('%s', (_name, checkIns, appraisals, expected) => {
    expect(completionFacts(task, checkIns, appraisals, '2025-12-31')).toMatchObject(expected);
  });

  it('is not yet done on a day before the accepting appraisal', () => {
    expect(
      completionFacts(task, [submitted], [accepted('2025-10-05', 'ci-product')], '2025-10-04').done,
    ).toBe(false);
  });
});

describe('upTo', () => {
  it('keeps records on or before the day, oldest first, same-day records in their given order', () => {
    const records = [
      { date: '2025-03-02', n: 1 },
      { date: '2025-03-01', n: 2 },
      { date: '2025-03-02', n: 3 },
      { date: '2025-03-03', n: 4 },
    ];
    expect(upTo(records, '2025-03-02').map((r) => r.n)).toEqual([2, 1, 3]);
  });
});
