import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  add,
  clamp,
  cmp,
  div,
  formatHundredths,
  fromHundredths,
  mean,
  parseDecimal,
  parseHundredths,
  percentShare,
  rat,
  ratToString,
  roundHalfUpToHundredths,
  shareAtLeast,
  shareAtMost,
  sum,
} from './exact.ts';

/** Independent reference: long division to 3 decimals, then half-up on the digit string. */
function referenceRound(n: bigint, d: bigint): string {
  const whole = n / d;
  let rem = n % d;
  let digits = '';
  for (let i = 0; i < 3; i++) {
    rem *= 10n;
    digits += String(rem / d);
    rem %= d;
  }
  let cents = whole * 100n + BigInt(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) cents += 1n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

describe('parseHundredths', () => {
  it.each([
    ['12.34', 1234],
    ['12.3', 1230],
    ['12', 1200],
    ['0.05', 5],
    [' 7.5 ', 750],
    ['-1.25', -125],
    ['-0.00', 0],
    [12.34, 1234],
    [89.99, 8999],
    [0.07, 7],
    [100, 10000],
  ])('reads %j as %i hundredths', (input, expected) => {
    expect(parseHundredths(input)).toBe(expected);
  });

  it.each([['12.345'], [12.345], [0.1 + 0.2], ['1.001']])(
    'rejects %j, which has more than 2 decimals',
    (input) => {
      expect(() => parseHundredths(input)).toThrow(expect.objectContaining({ code: 'too_many_decimals' }));
    },
  );

  it.each([['abc'], [''], ['1e2'], ['1,5'], ['.5'], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'rejects %j as not a number',
    (input) => {
      expect(() => parseHundredths(input)).toThrow(expect.objectContaining({ code: 'invalid_number' }));
    },
  );

  it('throws a DomainError carrying the offending value', () => {
    try {
      parseHundredths('9.999');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).params).toEqual({ value: '9.999', maxDecimals: 2 });
    }
  });

  it('reads back every formatted amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (h) => {
        expect(parseHundredths(formatHundredths(h))).toBe(h);
      }),
    );
  });
});

describe('roundHalfUpToHundredths', () => {
  it.each([
    ['rounds 89.995 up to 90.00', rat(17999, 200), 9000],
    ['rounds 89.994999… down to 89.99', rat(8999499, 100000), 8999],
    ['rounds 1.005 up to 1.01 where floats give 1.00', rat(1005, 1000), 101],
    ['keeps an exact hundredth', rat(1234, 100), 1234],
    ['rounds a third down', rat(1, 3), 33],
    ['rounds two thirds up', rat(2, 3), 67],
    ['rounds 0.005 up to 0.01', rat(5, 1000), 1],
    ['rounds −0.005 toward +∞ to 0.00', rat(-5, 1000), 0],
    ['rounds −0.006 to −0.01', rat(-6, 1000), -1],
  ])('%s', (_name, value, expected) => {
    expect(roundHalfUpToHundredths(value)).toBe(expected);
  });

  it('does not fall into the floating-point trap that Math.round falls into', () => {
    expect(Math.round(1.005 * 100)).toBe(100); // the trap: 1.005 is stored as 1.00499999…
    expect(roundHalfUpToHundredths(parseDecimal('1.005'))).toBe(101);
  });

  it('matches a decimal-string reference for any mean of scores (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 9 }), (scores) => {
        const m = mean(scores.map(fromHundredths));
        expect(formatHundredths(roundHalfUpToHundredths(m))).toBe(referenceRound(m.n, m.d));
      }),
    );
  });
});

describe('rational arithmetic', () => {
  it('reduces fractions and normalises the sign to the numerator', () => {
    expect(rat(6, -4)).toEqual({ n: -3n, d: 2n });
    expect(ratToString(rat(17999, 200))).toBe('17999/200');
    expect(ratToString(rat(180, 2))).toBe('90');
  });

  it('refuses a zero denominator', () => {
    expect(() => div(rat(1), rat(0))).toThrow(expect.objectContaining({ code: 'division_by_zero' }));
  });

  it('adds tenths exactly where floats drift (0.1 + 0.2 = 0.3)', () => {
    expect(cmp(add(parseDecimal('0.1'), parseDecimal('0.2')), parseDecimal('0.3'))).toBe(0);
  });

  it('sums, clamps and averages', () => {
    expect(sum([])).toEqual(rat(0));
    expect(clamp(rat(101), rat(0), rat(100))).toEqual(rat(100));
    expect(clamp(rat(-1), rat(0), rat(100))).toEqual(rat(0));
    expect(mean([rat(1), rat(2)])).toEqual(rat(3, 2));
    expect(() => mean([])).toThrow(expect.objectContaining({ code: 'empty_aggregate' }));
  });
});

describe('parseDecimal', () => {
  it.each([
    ['12.5', rat(25, 2)],
    [1200, rat(1200)],
    ['1e6', rat(1_000_000)],
    ['2.5E-3', rat(1, 400)],
    ['-0.75', rat(-3, 4)],
    [0.1, rat(1, 10)],
    ['.5', rat(1, 2)],
  ])('reads %j exactly', (input, expected) => {
    expect(parseDecimal(input)).toEqual(expected);
  });

  it.each([['x'], ['.'], ['1..2'], [Number.NaN]])('rejects %j', (input) => {
    expect(() => parseDecimal(input)).toThrow(expect.objectContaining({ code: 'invalid_number' }));
  });
});

describe('shares', () => {
  it.each([
    [3, 10, 30, true],
    [2, 10, 30, false],
    [1, 3, 30, true],
    [0, 0, 30, true],
  ])('%i of %i reaches %i%%: %s', (part, whole, percent, expected) => {
    expect(shareAtLeast(part, whole, percent)).toBe(expected);
  });

  it.each([
    [1, 5, 20, true],
    [2, 9, 20, false],
    [0, 0, 20, true],
  ])('%i of %i stays within %i%%: %s', (part, whole, percent, expected) => {
    expect(shareAtMost(part, whole, percent)).toBe(expected);
  });

  it('reports shares in hundredths of a percent, 0 for an empty whole', () => {
    expect(percentShare(1, 3)).toBe(3333);
    expect(percentShare(2, 3)).toBe(6667);
    expect(percentShare(0, 0)).toBe(0);
  });
});
