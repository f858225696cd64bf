import { describe, expect, it } from 'vitest';
import {
  activeTasks,
  activeWeightSum,
  deadlineInForce,
  isCancelled,
  originalValue,
  valueInForce,
} from './task.ts';
import { makeDeliverable, makeTarget } from './task-factory.ts';

const adjusted = makeTarget({
  targetValue: 90,
  weight: 2500,
  history: [
    { adjustmentId: 'a1', approvedOn: '2025-04-01', field: 'targetValue', from: 120, to: 100 },
    { adjustmentId: 'a2', approvedOn: '2025-05-01', field: 'weight', from: 2000, to: 2500 },
    { adjustmentId: 'a3', approvedOn: '2025-07-01', field: 'targetValue', from: 100, to: 90 },
  ],
});

describe('values in force', () => {
  it.each<[string, string | undefined, number]>([
    ['is the original target before any approval', '2025-03-31', 120],
    ['is the first change from its approval day', '2025-04-01', 100],
    ['is still the first change the day before the second', '2025-06-30', 100],
    ['is the last change after every approval', '2025-12-31', 90],
    ['is the task\u2019s own field when no day is given', undefined, 90],
  ])('the target value %s', (_name, asOf, expected) => {
    expect(valueInForce(adjusted, 'targetValue', asOf)).toBe(expected);
  });

  it('keeps the original of each field separately', () => {
    expect(originalValue(adjusted, 'targetValue')).toBe(120);
    expect(originalValue(adjusted, 'weight')).toBe(2000);
    expect(originalValue(adjusted, 'deadline')).toBe('2025-09-30');
    expect(deadlineInForce(adjusted, '2025-01-01')).toBe('2025-09-30');
  });

  it('has no target value for a deliverable', () => {
    expect(valueInForce(makeDeliverable(), 'targetValue')).toBeUndefined();
    expect(originalValue(makeDeliverable(), 'targetValue')).toBeUndefined();
  });
});

describe('cancelled tasks are left out of every count', () => {
  const tasks = [
    makeTarget({ id: 'a', weight: 4000 }),
    makeDeliverable({ id: 'b', weight: 3000 }),
    makeTarget({
      id: 'c',
      weight: 1500,
      cancellation: { adjustmentId: 'x', approvedOn: '2025-06-01', reason: 'Dừng' },
    }),
  ];

  it('counts only tasks not cancelled', () => {
    expect(activeTasks(tasks).map((t) => t.id)).toEqual(['a', 'b']);
    expect(activeWeightSum(tasks)).toBe(7000);
  });

  it('still counts a task on days before its cancellation was approved', () => {
    expect(activeTasks(tasks, '2025-05-31').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(isCancelled(tasks[2], '2025-05-31')).toBe(false);
    expect(isCancelled(tasks[2])).toBe(true);
    expect(isCancelled(tasks[0])).toBe(false);
  });
});
