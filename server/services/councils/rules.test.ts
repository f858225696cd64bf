import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/app-error.ts';
import { assertScoringOpen, checkMemberList, checkWindowDates, recusalReason, windowState } from './rules.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, fields: error.fields.map((f) => f.field) } : error;
  }
  return null;
};

const window = { opensOn: '2023-01-05', closesOn: '2023-01-15', closedAt: null, finalizedAt: null };
const member = (personId: string, role: 'chair' | 'member' = 'member', userId?: string) => ({
  personId,
  role,
  userId,
});

describe('scoring window', () => {
  it('is open from the first day to the last day inclusive, and closed after or when closed early', () => {
    expect(windowState(window, '2023-01-04')).toBe('not_open');
    expect(windowState(window, '2023-01-05')).toBe('open');
    expect(windowState(window, '2023-01-15')).toBe('open');
    expect(windowState(window, '2023-01-16')).toBe('closed');
    expect(windowState({ ...window, closedAt: new Date() }, '2023-01-06')).toBe('closed');
    expect(windowState({ ...window, finalizedAt: new Date() }, '2023-01-06')).toBe('closed');
  });

  it('refuses scores before the window opens and after it closes, giving the dates', () => {
    expect(code(() => assertScoringOpen(window, '2023-01-04'))).toMatchObject({
      code: 'scoring_window_not_open',
    });
    expect(code(() => assertScoringOpen(window, '2023-01-16'))).toMatchObject({
      code: 'scoring_window_closed',
    });
    expect(code(() => assertScoringOpen(window, '2023-01-10'))).toBeNull();
  });

  it('refuses a window that closes before it opens or opens before the cycle', () => {
    expect(code(() => checkWindowDates('2023-01-05', '2023-01-04', '2022-01-01'))).toEqual({
      code: 'council_window_invalid',
      fields: ['closesOn'],
    });
    expect(code(() => checkWindowDates('2021-12-31', '2022-01-04', '2022-01-01'))).toEqual({
      code: 'council_window_before_cycle',
      fields: ['opensOn'],
    });
    expect(code(() => checkWindowDates('2023-01-05', '2023-01-05', '2022-01-01'))).toBeNull();
  });
});

describe('member list', () => {
  it('needs 3 to 15 members with exactly one chair', () => {
    expect(code(() => checkMemberList([member('a', 'chair'), member('b')]))).toMatchObject({
      code: 'council_size',
    });
    const sixteen = Array.from({ length: 16 }, (_, i) => member(`p${i}`, i === 0 ? 'chair' : 'member'));
    expect(code(() => checkMemberList(sixteen))).toMatchObject({ code: 'council_size' });
    expect(code(() => checkMemberList([member('a'), member('b'), member('c')]))).toMatchObject({
      code: 'council_chair_count',
    });
    expect(
      code(() => checkMemberList([member('a', 'chair'), member('b', 'chair'), member('c')])),
    ).toMatchObject({
      code: 'council_chair_count',
    });
    expect(code(() => checkMemberList([member('a', 'chair'), member('b'), member('c')]))).toBeNull();
  });

  it('names the repeated person or scoring account by its position', () => {
    expect(code(() => checkMemberList([member('a', 'chair'), member('b'), member('a')]))).toEqual({
      code: 'council_member_duplicate',
      fields: ['members.2.personId'],
    });
    expect(
      code(() => checkMemberList([member('a', 'chair', 'u1'), member('b', 'member', 'u1'), member('c')])),
    ).toEqual({ code: 'council_account_duplicate', fields: ['members.1.userId'] });
  });
});

describe('recusal', () => {
  const communeA = { id: 'A', path: '/R/D/A/' };
  const head = { personId: 'head-a', unit: communeA };

  it('recuses the head themself, and says so', () => {
    expect(recusalReason({ personId: 'head-a', units: [] }, head)).toBe('head');
  });

  it("recuses a member holding a post or a grant in the head's unit or a unit inside it", () => {
    expect(recusalReason({ personId: 'x', units: [communeA] }, head)).toBe('unit');
    expect(recusalReason({ personId: 'x', units: [{ id: 'P', path: '/R/D/A/P/' }] }, head)).toBe('unit');
  });

  it('does not recuse members of the units above or beside the head', () => {
    expect(recusalReason({ personId: 'x', units: [{ id: 'D', path: '/R/D/' }] }, head)).toBeNull();
    expect(recusalReason({ personId: 'x', units: [{ id: 'B', path: '/R/D/B/' }] }, head)).toBeNull();
    expect(recusalReason({ personId: 'x', units: [] }, { personId: null, unit: communeA })).toBeNull();
  });
});
