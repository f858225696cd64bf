import { describe, expect, it } from 'vitest';
import { doneDay, meets, type PlannedTask, plannedReports, profileOf } from './demo-year-plan.ts';

const target = (over: Partial<PlannedTask> = {}): PlannedTask => ({
  position: 1,
  kind: 'target',
  direction: 'at_least',
  baseline: 10,
  target: 12,
  deadline: '2022-12-31',
  extended: false,
  ...over,
});

describe('the demo year', () => {
  it('gives the cohort three strong heads, two late ones and one weak one', () => {
    const codes = ['NGUYETDUC', 'TTYL', 'DONGCUONG', 'BINHDINH', 'HONGPHUONG', 'VANTIEN', 'DAITU'];
    expect(codes.map(profileOf)).toEqual([
      'excellent',
      'excellent',
      'excellent',
      'late',
      'late',
      'weak',
      'good',
    ]);
  });

  it('has a strong head beat the target a quarter before the deadline', () => {
    const reports = plannedReports(target(), 'excellent');
    const first = reports.find((r) => meets(target(), r.value!));
    expect(first?.date).toBe('2022-10-05');
    expect(reports.at(-1)?.value).toBe(13.2);
  });

  it('keeps an at-most target above its ceiling until the day it is met', () => {
    const poverty = target({ direction: 'at_most', baseline: 2.1, target: 1.5, deadline: '2022-09-30' });
    const reports = plannedReports(poverty, 'good');
    expect(reports.filter((r) => r.date < '2022-07-05').every((r) => !meets(poverty, r.value!))).toBe(true);
    expect(meets(poverty, reports.find((r) => r.date === '2022-07-05')!.value!)).toBe(true);
  });

  it('has a late head miss only an autumn deadline', () => {
    expect(doneDay(target({ deadline: '2022-10-31' }), 'late')).toBe('2022-12-20');
    expect(doneDay(target({ deadline: '2022-09-30' }), 'late')).toBe('2022-07-05');
  });

  it('leaves every third task of a weak head undone, short of its target', () => {
    const t = target({ position: 3 });
    expect(doneDay(t, 'weak')).toBeNull();
    expect(plannedReports(t, 'weak').some((r) => meets(t, r.value!))).toBe(false);
  });

  it('submits a deliverable product once, on the day it is done, after an extension just before the new date', () => {
    const d = target({
      kind: 'deliverable',
      direction: null,
      target: null,
      deadline: '2022-11-30',
      extended: true,
    });
    const reports = plannedReports(d, 'excellent');
    expect(reports.filter((r) => r.submitsProduct).map((r) => r.date)).toEqual(['2022-11-25']);
    expect(reports.filter((r) => r.date < '2022-11-25').every((r) => (r.percent ?? 0) < 100)).toBe(true);
  });
});
