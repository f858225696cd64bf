import { describe, expect, it } from 'vitest';
import type { AppError } from './app-error.ts';
import { assertCanEndTerm, assertTermFits, type Term, termAt, termsOverlap } from './posts.ts';

const term = (startOn: string, endOn: string | null, id = startOn): Term => ({
  id,
  postId: 'p',
  personId: `person-${id}`,
  startOn,
  endOn,
});
const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('posts and terms', () => {
  it.each([
    ['touching on the same day', term('2020-01-01', '2020-06-30'), term('2020-06-30', null), true],
    ['one day apart', term('2020-01-01', '2020-06-30'), term('2020-07-01', null), false],
    ['both open-ended', term('2020-01-01', null), term('2024-01-01', null), true],
    ['one inside the other', term('2020-01-01', '2025-12-31'), term('2021-01-01', '2021-02-01'), true],
  ])('terms %s overlap: %s', (_, a, b, expected) => {
    expect(termsOverlap(a, b)).toBe(expected);
    expect(termsOverlap(b, a)).toBe(expected);
  });

  it('refuses a term that overlaps another holder of the same post and names the clash', () => {
    expect(
      code(() => assertTermFits({ startOn: '2021-01-01', endOn: null }, [term('2020-10-15', null)])),
    ).toBe('term_overlap');
    expect(
      code(() => assertTermFits({ startOn: '2021-01-01', endOn: null }, [term('2016-07-01', '2020-12-31')])),
    ).toBeNull();
  });

  it('refuses a term that ends before it starts', () => {
    expect(code(() => assertTermFits({ startOn: '2021-01-01', endOn: '2020-12-31' }, []))).toBe(
      'invalid_date_range',
    );
  });

  it('finds the holder of a post on a date, with end dates inclusive', () => {
    const terms = [term('2016-07-01', '2020-10-14', 'old'), term('2020-10-15', null, 'new')];
    expect(termAt(terms, '2016-06-30')).toBeUndefined();
    expect(termAt(terms, '2020-10-14')?.id).toBe('old');
    expect(termAt(terms, '2020-10-15')?.id).toBe('new');
    expect(termAt(terms, '2030-01-01')?.id).toBe('new');
  });

  it('refuses ending a term twice or before its start', () => {
    expect(code(() => assertCanEndTerm(term('2020-01-01', '2021-01-01'), '2022-01-01'))).toBe(
      'term_already_ended',
    );
    expect(code(() => assertCanEndTerm(term('2020-01-01', null), '2019-01-01'))).toBe('invalid_date_range');
    expect(code(() => assertCanEndTerm(term('2020-01-01', null), '2020-01-01'))).toBeNull();
  });
});
