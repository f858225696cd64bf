import { describe, expect, it } from 'vitest';
import type { Level } from './classify.ts';
import { recommendPersonnelActions } from './recommendations.ts';

describe('recommendPersonnelActions', () => {
  it('recommends transfer or replacement for a head not completed', () => {
    expect(recommendPersonnelActions({ level: 'not_completed', cycleId: '2025' })).toEqual([
      { kind: 'transfer_or_replace', reason: { code: 'not_completed', params: { cycleId: '2025' } } },
    ]);
  });

  it('recommends commendation and succession planning after two consecutive excellent cycles', () => {
    expect(
      recommendPersonnelActions({
        level: 'excellent',
        cycleId: '2025',
        previous: { cycleId: '2024', level: 'excellent' },
      }),
    ).toEqual([
      {
        kind: 'commend_and_plan',
        reason: {
          code: 'excellent_two_consecutive_cycles',
          params: { cycleId: '2025', previousCycleId: '2024' },
        },
      },
    ]);
  });

  it.each<[string, Level, Level | null]>([
    ['a first excellent cycle', 'excellent', null],
    ['excellent after good', 'excellent', 'good'],
    ['good after excellent', 'good', 'excellent'],
    ['completed', 'completed', 'completed'],
  ])('recommends nothing for %s', (_name, level, previous) => {
    expect(
      recommendPersonnelActions({
        level,
        cycleId: '2025',
        previous: previous ? { cycleId: '2024', level: previous } : null,
      }),
    ).toEqual([]);
  });

  it('recommends nothing from a provisional quarterly result', () => {
    expect(
      recommendPersonnelActions({ level: 'not_completed', cycleId: '2025-Q3', provisional: true }),
    ).toEqual([]);
  });
});
