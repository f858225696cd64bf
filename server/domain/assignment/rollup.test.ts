import { describe, expect, it } from 'vitest';
import {
  type ChildTarget,
  type ChildValue,
  exactMean,
  exactSum,
  type MissingChildValues,
  type ParentTarget,
  rollUp,
  splitProblems,
} from './rollup.ts';
import type { RollupMethod } from './task.ts';

const child = (taskId: string, value: number | null, cancelled = false): ChildValue => ({
  taskId,
  value,
  cancelled,
});

describe('rolling child values up to the parent', () => {
  const all = [child('a', 40), child('b', 50), child('c', 30)];
  it.each<[string, RollupMethod, ChildValue[], number]>([
    ['sums new businesses of three communes', 'sum', all, 120],
    ['averages three rates', 'average', all, 40],
    ['takes the lowest when every unit must reach a floor', 'min', all, 30],
    ['sums decimals exactly: 0.1 + 0.2 is 0.3', 'sum', [child('a', 0.1), child('b', 0.2)], 0.3],
    [
      'averages decimals exactly: (0.1 + 0.2 + 0.3) / 3 is 0.2',
      'average',
      [child('a', 0.1), child('b', 0.2), child('c', 0.3)],
      0.2,
    ],
    ['leaves a cancelled child out of a sum', 'sum', [...all, child('d', 1000, true)], 120],
    ['leaves a cancelled child out of a minimum', 'min', [...all, child('d', 1, true)], 30],
    ['handles negative growth rates in an average', 'average', [child('a', -1.5), child('b', 2.5)], 0.5],
  ])('%s', (_name, method, children, expected) => {
    expect(rollUp(method, children)).toEqual({
      value: expected,
      complete: true,
      counted: children.filter((c) => !c.cancelled).length,
      missingTaskIds: [],
    });
  });

  const partial = [child('a', 40), child('b', null), child('c', 20)];
  it.each<[string, RollupMethod, MissingChildValues, number | null, number]>([
    ['by default rolls up the children that reported (sum)', 'sum', 'exclude', 60, 2],
    ['by default averages only the children that reported', 'average', 'exclude', 30, 2],
    ['by default takes the minimum of the children that reported', 'min', 'exclude', 20, 2],
    ['counts a missing child as zero in a sum when asked', 'sum', 'as_zero', 60, 3],
    ['counts a missing child as zero in an average when asked', 'average', 'as_zero', 20, 3],
    ['counts a missing child as zero in a minimum when asked', 'min', 'as_zero', 0, 3],
    ['gives no value while a child is missing under "wait"', 'sum', 'wait', null, 0],
  ])('%s', (_name, method, missing, value, counted) => {
    expect(rollUp(method, partial, missing)).toEqual({
      value,
      complete: false,
      counted,
      missingTaskIds: ['b'],
    });
  });

  it('gives a value under "wait" once every child has reported', () => {
    expect(rollUp('sum', [child('a', 1), child('b', 2)], 'wait')).toMatchObject({ value: 3, complete: true });
  });

  it.each<[string, ChildValue[]]>([
    ['gives no value when there are no children', []],
    ['gives no value when every child is cancelled', [child('a', 5, true)]],
    ['gives no value when no child has reported yet', [child('a', null), child('b', null)]],
  ])('%s', (_name, children) => {
    expect(rollUp('sum', children)).toMatchObject({ value: null, complete: false, counted: 0 });
  });
});

describe('exact decimal arithmetic', () => {
  it.each<[string, number[], number]>([
    ['adds tenths without binary noise', [0.1, 0.2], 0.3],
    ['adds mixed precision', [1.005, 2.1, 3], 6.105],
    ['adds tiny values written with an exponent', [1e-7, 2e-7], 3e-7],
    ['adds integers', [1, 2, 3], 6],
    ['adds nothing to zero', [], 0],
  ])('exactSum %s', (_name, values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it('falls back to plain addition beyond safe integers rather than lying', () => {
    expect(exactSum([1e300, 1e300])).toBe(2e300);
  });

  it('averages exactly', () => {
    expect(exactMean([0.1, 0.2, 0.3])).toBe(0.2);
    expect(exactMean([1, 2])).toBe(1.5);
    expect(exactMean([])).toBeNaN();
  });
});

describe('splitting a parent target among child tasks', () => {
  const parent = (overrides: Partial<ParentTarget> = {}): ParentTarget => ({
    targetValue: 120,
    direction: 'at_least',
    unitOfMeasure: 'doanh nghiệp',
    rollup: 'sum',
    ...overrides,
  });
  const share = (taskId: string, targetValue: number, overrides: Partial<ChildTarget> = {}): ChildTarget => ({
    taskId,
    targetValue,
    direction: 'at_least',
    unitOfMeasure: 'doanh nghiệp',
    ...overrides,
  });

  it.each<[string, ParentTarget, ChildTarget[], string[]]>([
    ['accepts shares that add up exactly to the parent', parent(), [share('a', 70), share('b', 50)], []],
    [
      'accepts shares that add up to more than an "at least" parent',
      parent(),
      [share('a', 70), share('b', 60)],
      [],
    ],
    [
      'refuses shares that add up to less than an "at least" parent',
      parent(),
      [share('a', 70), share('b', 40)],
      ['split_does_not_meet_parent'],
    ],
    [
      'refuses shares above an "at most" parent',
      parent({ direction: 'at_most', targetValue: 10 }),
      [share('a', 6, { direction: 'at_most' }), share('b', 5, { direction: 'at_most' })],
      ['split_does_not_meet_parent'],
    ],
    [
      'accepts an average of child rates equal to the parent rate',
      parent({ rollup: 'average', targetValue: 0.2, unitOfMeasure: '%' }),
      [share('a', 0.1, { unitOfMeasure: '%' }), share('b', 0.3, { unitOfMeasure: '%' })],
      [],
    ],
    [
      'refuses a floor split where one child aims below the parent floor',
      parent({ rollup: 'min', targetValue: 80 }),
      [share('a', 90), share('b', 75)],
      ['split_does_not_meet_parent'],
    ],
    [
      'ignores a cancelled child when checking the split',
      parent(),
      [share('a', 70), share('b', 50), share('c', 1, { cancelled: true, direction: 'at_most' })],
      [],
    ],
    [
      'refuses a child aiming the other way',
      parent(),
      [share('a', 70), share('b', 50, { direction: 'at_most' })],
      ['b:direction_mismatch'],
    ],
    [
      'refuses a child counted in another unit',
      parent(),
      [share('a', 70), share('b', 50, { unitOfMeasure: 'hộ' })],
      ['b:unit_mismatch'],
    ],
    [
      'treats units differing only by case and spaces as the same',
      parent(),
      [share('a', 70), share('b', 50, { unitOfMeasure: ' Doanh Nghiệp ' })],
      [],
    ],
    ['refuses a split with no child', parent(), [], ['no_children']],
  ])('%s', (_name, p, children, expected) => {
    expect(splitProblems(p, children).map((x) => (x.taskId ? `${x.taskId}:${x.code}` : x.code))).toEqual(
      expected,
    );
  });

  it('explains a short split with the rolled-up value', () => {
    expect(
      splitProblems(
        parent(),
        [share('a', 0.1), share('b', 0.2)].map((c) => ({ ...c })),
      ),
    ).toContainEqual({
      code: 'split_does_not_meet_parent',
      params: { rolledUp: 0.3, parentTarget: 120, method: 'sum' },
    });
  });
});
