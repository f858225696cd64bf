import { describe, expect, it } from 'vitest';
import type { Classification, Condition } from './classify.ts';
import { formatScore, renderCondition, renderExplanation } from './explanation-text.ts';

const cond = (code: Condition['code'], met: boolean, params: Condition['params']): Condition => ({
  code,
  met,
  params,
});

describe('formatScore', () => {
  it.each([
    [9000, 'vi', '90,00'],
    [9000, 'en', '90.00'],
    [123450, 'vi', '1.234,50'],
    [123450, 'en', '1,234.50'],
    [5, 'vi', '0,05'],
    [-250, 'en', '-2.50'],
  ] as const)('formats %i hundredths in %s as %s', (h, locale, expected) => {
    expect(formatScore(h, locale)).toBe(expected);
  });
});

describe('renderCondition', () => {
  it.each([
    [cond('total_at_least', false, { total: 8999, min: 9000 }), 'vi', 'Tổng điểm 89,99 thấp hơn mức 90,00'],
    [cond('total_at_least', false, { total: 8999, min: 9000 }), 'en', 'Total 89.99 is below 90.00'],
    [
      cond('exceeded_share_at_least', false, { exceeded: 2, tasks: 7, share: 2857, minShare: 3000 }),
      'en',
      'Only 2 of 7 tasks exceeded (28.57%), 30.00% required',
    ],
    [
      cond('late_share_at_most', false, { late: 3, tasks: 9, share: 3333, maxShare: 2000 }),
      'vi',
      '3/9 nhiệm vụ hoàn thành quá hạn (33,33%), vượt quá 20,00%',
    ],
    [
      cond('no_sub_unit_not_completed', false, { unitIds: ['xa-a', 'xa-b'] }),
      'en',
      'Directly subordinate unit(s) rated not completed: xa-a, xa-b',
    ],
    [
      cond('no_disqualifying_event', false, { count: 1, kinds: ['discipline'] }),
      'vi',
      'Có 1 vi phạm dẫn đến không hoàn thành nhiệm vụ (discipline)',
    ],
    [
      cond('all_tasks_done_on_time', true, { tasks: 5, notOnTime: 0 }),
      'vi',
      'Cả 5 nhiệm vụ hoàn thành đúng hạn',
    ],
    [cond('all_tasks_done', false, { tasks: 5, notDone: 2 }), 'en', '2 of 5 tasks not done'],
  ] as const)('renders %j in %s', (c, locale, expected) => {
    expect(renderCondition(c, locale)).toBe(expected);
  });
});

describe('renderExplanation', () => {
  const classification: Classification = {
    level: 'good',
    total: 9500,
    counts: { tasks: 7, done: 7, onTime: 7, late: 0, exceeded: 2 },
    decisive: [
      cond('exceeded_share_at_least', false, { exceeded: 2, tasks: 7, share: 2857, minShare: 3000 }),
    ],
    checks: [],
    cappedBySubUnitRule: null,
  };

  it('renders the level and the deciding condition in Vietnamese', () => {
    expect(renderExplanation(classification, 'vi')).toEqual([
      'Xếp loại: Hoàn thành tốt nhiệm vụ (tổng điểm 95,00)',
      'Chỉ 2/7 nhiệm vụ vượt mức (28,57%), chưa đạt 30,00%',
    ]);
  });

  it('renders the level and the deciding condition in English', () => {
    expect(renderExplanation(classification, 'en')[0]).toBe('Level: Good (total 95.00)');
  });
});
