import { DomainError } from './errors.ts';

/**
 * Exact arithmetic for scores. Scores are integer hundredths (12.34 points = 1234) and
 * every mean, median or ratio is a BigInt fraction, so a total sitting on a band edge
 * (89.995 → 90.00) can never be lost to binary floating point. Rounding happens once,
 * at the very end.
 */

/** A score in integer hundredths of a point (70 points = 7000). */
export type Hundredths = number;

/** An exact fraction n/d, always reduced, with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds a reduced fraction n/d (throws on a zero denominator or a non-integer number). */
export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  const bn = toBigInt(n);
  const bd = toBigInt(d);
  if (bd === 0n) throw new DomainError('division_by_zero');
  const sign = bd < 0n ? -1n : 1n;
  const g = gcd(bn, bd) || 1n;
  return { n: (sign * bn) / g, d: (sign * bd) / g };
}

function toBigInt(x: bigint | number): bigint {
  if (typeof x === 'bigint') return x;
  if (!Number.isSafeInteger(x)) throw new DomainError('not_an_integer', { value: x });
  return BigInt(x);
}

export const ZERO: Rational = rat(0n);
export const ONE: Rational = rat(1n);

/** The exact value of a score given in hundredths. */
export const fromHundredths = (h: Hundredths): Rational => rat(h, 100);

/** a + b */
export const add = (a: Rational, b: Rational): Rational => rat(a.n * b.d + b.n * a.d, a.d * b.d);
/** a − b */
export const sub = (a: Rational, b: Rational): Rational => rat(a.n * b.d - b.n * a.d, a.d * b.d);
/** a × b */
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
/** a ÷ b (throws division_by_zero when b is 0) */
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);
/** Sum of a list (0 for an empty list). */
export const sum = (xs: readonly Rational[]): Rational => xs.reduce(add, ZERO);
/** −1, 0 or 1 as a is below, equal to or above b. */
export const cmp = (a: Rational, b: Rational): -1 | 0 | 1 => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
/** The smaller of two fractions. */
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
/** The larger of two fractions. */
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
/** x limited to [lo, hi]. */
export const clamp = (x: Rational, lo: Rational, hi: Rational): Rational => max(lo, min(x, hi));

/** Mean of a non-empty list of fractions. */
export function mean(xs: readonly Rational[]): Rational {
  if (xs.length === 0) throw new DomainError('empty_aggregate');
  return div(sum(xs), rat(xs.length));
}

/**
 * Rounds half up to whole hundredths: floor(x·100 + ½). "Up" means toward +∞, which for
 * the non-negative totals we round is the usual commercial rounding (89.995 → 90.00).
 */
export function roundHalfUpToHundredths(x: Rational): Hundredths {
  const scaled = rat(x.n * 200n + x.d, x.d * 2n); // x·100 + ½
  const q = scaled.n / scaled.d;
  // BigInt division truncates toward zero; floor needs one less for negative non-integers
  const floor = scaled.n < 0n && q * scaled.d !== scaled.n ? q - 1n : q;
  return Number(floor);
}

const SCORE_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a score typed with at most 2 decimals ("12.34", "7", 12.5) into hundredths;
 * rejects more decimals, exponents and non-numbers with field-free error codes.
 */
export function parseHundredths(value: string | number): Hundredths {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DomainError('invalid_number', { value });
    const h = Math.round(value * 100);
    // a number "has at most 2 decimals" when it is the double nearest to h/100
    if (h / 100 !== value) throw new DomainError('too_many_decimals', { value, maxDecimals: 2 });
    if (!Number.isSafeInteger(h)) throw new DomainError('invalid_number', { value });
    return h === 0 ? 0 : h; // no −0
  }
  const m = SCORE_PATTERN.exec(value.trim());
  if (!m) throw new DomainError('invalid_number', { value });
  const [, sign, whole, frac = ''] = m;
  if (frac.length > 2) throw new DomainError('too_many_decimals', { value, maxDecimals: 2 });
  const h = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(h)) throw new DomainError('invalid_number', { value });
  return sign && h !== 0 ? -h : h;
}

/** Formats hundredths as a plain decimal with two places ("90.00", "-0.05"). */
export function formatHundredths(h: Hundredths, decimalSeparator = '.'): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  return `${sign}${Math.trunc(a / 100)}${decimalSeparator}${String(a % 100).padStart(2, '0')}`;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Parses a metric value (a target or an actual: any number of decimals, optional
 * exponent) exactly. A JS number is read through its shortest decimal spelling, i.e.
 * the value the user typed, not the binary approximation.
 */
export function parseDecimal(value: string | number): Rational {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new DomainError('invalid_number', { value });
  const text = String(value).trim();
  const m = DECIMAL_PATTERN.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new DomainError('invalid_number', { value });
  const [, sign, whole, frac = '', exp = '0'] = m;
  const digits = BigInt(`${whole}${frac}` || '0');
  const e = Number(exp) - frac.length;
  if (Math.abs(e) > 400) throw new DomainError('invalid_number', { value });
  const signed = sign === '-' ? -digits : digits;
  return e >= 0 ? rat(signed * 10n ** BigInt(e)) : rat(signed, 10n ** BigInt(-e));
}

/** Exact spelling of a fraction for storage and explanations: "17999/200" or "90". */
export function ratToString(x: Rational): string {
  return x.d === 1n ? String(x.n) : `${x.n}/${x.d}`;
}

/** Percentage share part/whole rounded half up to hundredths of a percent (0 for whole 0). */
export function percentShare(part: number, whole: number): Hundredths {
  if (whole === 0) return 0;
  return roundHalfUpToHundredths(rat(BigInt(part) * 100n, BigInt(whole)));
}

/** True when part/whole ≥ percent/100, compared exactly (percent given with ≤2 decimals). */
export function shareAtLeast(part: number, whole: number, percent: number): boolean {
  return BigInt(part) * 10000n >= BigInt(parseHundredths(percent)) * BigInt(whole);
}

/** True when part/whole ≤ percent/100, compared exactly (percent given with ≤2 decimals). */
export function shareAtMost(part: number, whole: number, percent: number): boolean {
  return BigInt(part) * 10000n <= BigInt(parseHundredths(percent)) * BigInt(whole);
}

/** The fraction percent/100 for a percentage with ≤2 decimals (25 → 1/4). */
export const percentOf = (percent: number): Rational => rat(parseHundredths(percent), 10000);
