import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, laterOf } from './calendar.ts';

describe('isIsoDate', () => {
  it.each([
    ['accepts an ordinary date', '2025-09-30', true],
    ['accepts a leap day in a leap year', '2024-02-29', true],
    ['refuses a leap day in a common year', '2025-02-29', false],
    ['refuses the 30th of February', '2025-02-30', false],
    ['refuses month 13', '2025-13-01', false],
    ['refuses the Vietnamese display format', '30/09/2025', false],
    ['refuses a date with a time', '2025-09-30T00:00:00Z', false],
    ['refuses an unpadded month', '2025-9-30', false],
    ['refuses a number', 20250930, false],
    ['refuses null', null, false],
  ])('%s (%s)', (_name, value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('daysBetween and addDays', () => {
  it.each([
    ['counts zero days for the same day', '2025-09-30', '2025-09-30', 0],
    ['counts forward across a month end', '2025-09-30', '2025-10-01', 1],
    ['counts backward as negative', '2025-10-01', '2025-09-30', -1],
    ['counts a leap year February', '2024-02-28', '2024-03-01', 2],
    ['counts a whole common year', '2025-01-01', '2026-01-01', 365],
  ])('%s', (_name, from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });

  it('throws on a malformed date rather than answering NaN', () => {
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow(RangeError);
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError);
  });

  it('picks the later of two dates', () => {
    expect(laterOf('2025-01-02', '2024-12-31')).toBe('2025-01-02');
    expect(laterOf('2024-12-31', '2025-01-02')).toBe('2025-01-02');
  });
});
