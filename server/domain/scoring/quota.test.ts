import { describe, expect, it } from 'vitest';
import type { Level } from './classify.ts';
import { policyPreset, QD366_POLICY } from './policy.ts';
import { type CohortEntry, proposeQuota } from './quota.ts';

const cohort = (excellent: number[], good: number, other: Level[] = []): CohortEntry[] => [
  ...excellent.map((total, i) => ({ headId: `e${i}`, level: 'excellent' as const, total })),
  ...Array.from({ length: good }, (_, i) => ({ headId: `g${i}`, level: 'good' as const, total: 8000 })),
  ...other.map((level, i) => ({ headId: `o${i}`, level, total: 5000 })),
];

describe('proposeQuota', () => {
  it.each([
    ['1 excellent for 5 good is within 20%', [9500], 5],
    ['2 excellent for 10 good is within 20%', [9500, 9600], 10],
    ['no excellent heads never breaches', [], 0],
  ])('%s', (_name, excellent, good) => {
    const p = proposeQuota(cohort(excellent, good), QD366_POLICY);
    expect(p).toMatchObject({ breach: false, movesNeeded: 0, move: [], tie: null });
  });

  it('moves the lowest-total excellent head when 2 excellent face 9 good', () => {
    const p = proposeQuota(cohort([9700, 9100], 9), QD366_POLICY);
    expect(p).toMatchObject({
      breach: true,
      movesNeeded: 1,
      move: ['e1'],
      tie: null,
      after: { excellent: 1, good: 10 },
    });
  });

  it('counts each move as one more good head: 3 excellent, 7 good needs 2 moves, not 3', () => {
    // 3 ≤ 1.4 no; after 1 move 2 ≤ 1.6 no; after 2 moves 1 ≤ 1.8 yes
    const p = proposeQuota(cohort([9900, 9400, 9200], 7), QD366_POLICY);
    expect(p).toMatchObject({ movesNeeded: 2, move: ['e2', 'e1'], after: { excellent: 1, good: 9 } });
  });

  it('moves a lone excellent head when nobody is good', () => {
    const p = proposeQuota(cohort([9500], 0, ['completed']), QD366_POLICY);
    expect(p).toMatchObject({ breach: true, movesNeeded: 1, move: ['e0'], after: { excellent: 0, good: 1 } });
  });

  it('names every head tied at the cut and says how many of them move', () => {
    const p = proposeQuota(
      [
        { headId: 'a', level: 'excellent', total: 9800 },
        { headId: 'b', level: 'excellent', total: 9150 },
        { headId: 'c', level: 'excellent', total: 9150 },
        ...cohort([], 9),
      ],
      QD366_POLICY,
    );
    // 3 ≤ 1.8 no; 2 ≤ 2.0 yes → one of the two heads tied at 91.50 moves
    expect(p).toMatchObject({
      breach: true,
      movesNeeded: 1,
      move: [],
      tie: { total: 9150, headIds: ['b', 'c'], toMove: 1 },
    });
  });

  it('moves heads strictly below the cut and names the tie at the cut', () => {
    const p = proposeQuota(
      [
        { headId: 'low', level: 'excellent', total: 9000 },
        { headId: 'x', level: 'excellent', total: 9300 },
        { headId: 'y', level: 'excellent', total: 9300 },
        { headId: 'top', level: 'excellent', total: 9900 },
        ...cohort([], 8),
      ],
      QD366_POLICY,
    );
    // 4 ≤ 1.6 no; 3 ≤ 1.8 no; 2 ≤ 2.0 yes → 2 moves: 'low' and one of x, y
    expect(p).toMatchObject({
      movesNeeded: 2,
      move: ['low'],
      tie: { total: 9300, headIds: ['x', 'y'], toMove: 1 },
    });
  });

  it('moves all tied heads without flagging a tie when they all must move', () => {
    const p = proposeQuota(
      [
        { headId: 'x', level: 'excellent', total: 9300 },
        { headId: 'y', level: 'excellent', total: 9300 },
        { headId: 'top', level: 'excellent', total: 9900 },
        ...cohort([], 3),
      ],
      QD366_POLICY,
    );
    // 3 ≤ 0.6 no; 2 ≤ 0.8 no; 1 ≤ 1.0 yes
    expect(p).toMatchObject({ movesNeeded: 2, move: ['x', 'y'], tie: null });
  });

  it('follows the policy ratio', () => {
    const policy = { ...policyPreset('qd366'), excellentQuotaPercentOfGood: 50 };
    expect(proposeQuota(cohort([9500, 9600], 4), policy).breach).toBe(false);
  });

  it('ignores completed and not completed heads', () => {
    const p = proposeQuota(cohort([9500], 5, ['completed', 'not_completed']), QD366_POLICY);
    expect(p).toMatchObject({ excellent: 1, good: 5, breach: false });
  });
});
