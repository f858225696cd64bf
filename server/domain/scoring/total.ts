import { DomainError } from './errors.ts';
import {
  add,
  clamp,
  cmp,
  fromHundredths,
  type Hundredths,
  min,
  mul,
  type Rational,
  rat,
  roundHalfUpToHundredths,
  sub,
  sum,
  ZERO,
} from './exact.ts';
import type { ScoringPolicy } from './policy.ts';

export interface Deduction {
  /** Recorded penalty, e.g. discipline; positive hundredths to subtract. */
  points: Hundredths;
  reason?: string;
}

export interface TotalInput {
  /** Aggregated general criterion scores (null = nobody scored = 0). */
  general: readonly (Rational | null)[];
  /** Aggregated task scores of the tasks that count (null = 0). */
  tasks: readonly (Rational | null)[];
  /** Aggregated task bonuses (null = 0). */
  bonuses: readonly (Rational | null)[];
  deductions: readonly Deduction[];
  /**
   * Multiplies Σ task scores; a provisional (quarterly) evaluation passes
   * R / Σ weights of the tasks due in the period so the bands keep their meaning.
   */
  taskScale?: Rational;
}

export interface Total {
  general: Rational;
  /** Σ task scores, after any scale. */
  tasks: Rational;
  bonusBeforeCap: Rational;
  bonus: Rational;
  bonusCapped: boolean;
  deductions: Rational;
  /** G + tasks + bonus − deductions before clamping. */
  unclamped: Rational;
  /** Clamped to [0, 100]: the exact value. */
  exact: Rational;
  clamped: 'low' | 'high' | null;
  /** Rounded half up to hundredths: the total shown and classified. */
  rounded: Hundredths;
}

const ZERO_TO_100 = { lo: ZERO, hi: rat(100) };
const orZero = (xs: readonly (Rational | null)[]): Rational => sum(xs.map((x) => x ?? ZERO));

/** Total = G + Σ task scores + min(Σ bonuses, bonusCap) − deductions, clamped, rounded once. */
export function computeTotal(input: TotalInput, policy: ScoringPolicy): Total {
  for (const d of input.deductions) {
    if (!Number.isSafeInteger(d.points) || d.points < 0) {
      throw new DomainError('invalid_deduction', { points: d.points, reason: d.reason });
    }
  }
  const general = orZero(input.general);
  const tasks = mul(orZero(input.tasks), input.taskScale ?? rat(1));
  const bonusBeforeCap = orZero(input.bonuses);
  const cap = fromHundredths(policy.bonusCap);
  const bonus = min(bonusBeforeCap, cap);
  const deductions = sum(input.deductions.map((d) => fromHundredths(d.points)));
  const unclamped = sub(add(add(general, tasks), bonus), deductions);
  const exact = clamp(unclamped, ZERO_TO_100.lo, ZERO_TO_100.hi);
  const c = cmp(unclamped, exact);
  return {
    general,
    tasks,
    bonusBeforeCap,
    bonus,
    bonusCapped: cmp(bonusBeforeCap, cap) > 0,
    deductions,
    unclamped,
    exact,
    clamped: c < 0 ? 'low' : c > 0 ? 'high' : null,
    rounded: roundHalfUpToHundredths(exact),
  };
}
