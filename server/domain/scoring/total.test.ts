import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmp, fromHundredths, mean, mul, type Rational, rat, ratToString, sub } from './exact.ts';
import { QD366_POLICY } from './policy.ts';
import { computeTotal, type TotalInput } from './total.ts';

const h = fromHundredths;
const input = (patch: Partial<TotalInput>): TotalInput => ({
  general: [h(3000)],
  tasks: [h(6000)],
  bonuses: [],
  deductions: [],
  ...patch,
});
const total = (patch: Partial<TotalInput>) => computeTotal(input(patch), QD366_POLICY);

describe('computeTotal', () => {
  it('adds G, task scores and bonuses and subtracts deductions', () => {
    const t = total({ bonuses: [h(100), h(150)], deductions: [{ points: 50, reason: 'discipline' }] });
    expect(t.rounded).toBe(3000 + 6000 + 250 - 50);
    expect(t).toMatchObject({ bonusCapped: false, clamped: null });
  });

  it('caps the sum of task bonuses at bonusCap (5 points)', () => {
    const t = total({ tasks: [h(5000)], bonuses: [h(200), h(200), h(200)] });
    expect(t.rounded).toBe(3000 + 5000 + 500);
    expect(t.bonusCapped).toBe(true);
    expect(ratToString(t.bonusBeforeCap)).toBe('6');
  });

  it('clamps a total above 100 to 100.00', () => {
    const t = total({ tasks: [h(7000)], bonuses: [h(200), h(200)] });
    expect(t).toMatchObject({ rounded: 10000, clamped: 'high' });
    expect(ratToString(t.unclamped)).toBe('104');
  });

  it('clamps a total below 0 to 0.00 when deductions exceed it', () => {
    const t = total({ general: [h(500)], tasks: [h(500)], deductions: [{ points: 2000 }] });
    expect(t).toMatchObject({ rounded: 0, clamped: 'low' });
  });

  it('treats an item nobody scored (null) as 0', () => {
    expect(total({ general: [null, h(1000)], tasks: [null, h(5000)], bonuses: [null] }).rounded).toBe(6000);
  });

  it('refuses a negative or fractional deduction', () => {
    expect(() => total({ deductions: [{ points: -100 }] })).toThrow(
      expect.objectContaining({ code: 'invalid_deduction' }),
    );
    expect(() => total({ deductions: [{ points: 0.5 }] })).toThrow(
      expect.objectContaining({ code: 'invalid_deduction' }),
    );
  });

  it('scales the task part for a provisional result', () => {
    // 2 tasks worth 30 points due in the quarter, scored 24: 24 × 70/30 = 56
    const t = total({ tasks: [h(1200), h(1200)], taskScale: rat(7, 3) });
    expect(t.rounded).toBe(3000 + 5600);
  });

  it('rounds 89.995 up to 90.00 where summing floats gives 89.99', () => {
    // two members; criteria of 10, 10, 10 and tasks of 20, 20, 30
    const pairs: [number, number][] = [
      [983, 927],
      [957, 992],
      [823, 915],
      [1924, 1933],
      [1921, 1964],
      [2935, 1725],
    ];
    const means = pairs.map(([a, b]) => mean([h(a), h(b)]));
    const t = computeTotal(
      { general: means.slice(0, 3), tasks: means.slice(3), bonuses: [], deductions: [] },
      QD366_POLICY,
    );
    expect(ratToString(t.exact)).toBe('17999/200');
    expect(t.rounded).toBe(9000);

    const float = pairs.reduce((s, [a, b]) => s + (a / 100 + b / 100) / 2, 0);
    expect(Math.round(float * 100) / 100).toBe(89.99); // the trap the exact total avoids
  });

  it('never leaves [0, 100] and always rounds to within half a hundredth (property)', () => {
    const score = fc.integer({ min: 0, max: 4000 }).map(h);
    fc.assert(
      fc.property(
        fc.array(score, { maxLength: 4 }),
        fc.array(score, { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 200 }).map(h), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 3 }),
        (general: Rational[], tasks, bonuses, deductions) => {
          const t = computeTotal(
            { general, tasks, bonuses, deductions: deductions.map((points) => ({ points })) },
            QD366_POLICY,
          );
          expect(t.rounded).toBeGreaterThanOrEqual(0);
          expect(t.rounded).toBeLessThanOrEqual(10000);
          // half up: rounded − exact·100 lies in (−½, ½]
          const diff = sub(rat(t.rounded), mul(t.exact, rat(100)));
          expect(cmp(diff, rat(1, 2))).toBeLessThanOrEqual(0);
          expect(cmp(diff, rat(-1, 2))).toBe(1);
        },
      ),
    );
  });
});
