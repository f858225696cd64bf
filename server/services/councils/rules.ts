/**
 * The council's rules as pure functions (no database, time as a parameter): the member
 * list, the scoring window, and who is recused from scoring whom (SPEC §4 item 5).
 */
import type { Locale } from '../../../contracts/errors.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { isRecused } from '../../domain/scoring/aggregate.ts';

/** How many members a council may have, chair included. */
export const COUNCIL_SIZE = { min: 3, max: 15 } as const;

/** Assignment states that belong to a cohort: the head has accepted the tasks. */
export const COHORT_STATES = ['committed', 'in_progress', 'self_assessed', 'scored', 'finalized'] as const;

export type WindowState = 'not_open' | 'open' | 'closed';

export interface CouncilWindow {
  opensOn: IsoDate;
  closesOn: IsoDate;
  closedAt: Date | null;
  finalizedAt: Date | null;
}

/** Before the first day, within the days (both ends inclusive), or closed (passed, closed early, finalized). */
export function windowState(w: CouncilWindow, today: IsoDate): WindowState {
  if (w.closedAt || w.finalizedAt || today > w.closesOn) return 'closed';
  return today < w.opensOn ? 'not_open' : 'open';
}

const windowParams = (w: CouncilWindow) => ({
  opensOn: formatShortDate(w.opensOn),
  closesOn: formatShortDate(w.closesOn),
});

/** Refuses scoring outside the window. */
export function assertScoringOpen(w: CouncilWindow, today: IsoDate): void {
  const state = windowState(w, today);
  if (state === 'not_open') throw new AppError('scoring_window_not_open', windowParams(w));
  if (state === 'closed') throw new AppError('scoring_window_closed', windowParams(w));
}

export interface MemberInput {
  personId: string;
  userId?: string | null;
  role: 'chair' | 'member';
}

/** Refuses a member list outside 3..15, without exactly one chair, or naming a person or account twice. */
export function checkMemberList(members: readonly MemberInput[]): void {
  const { min, max } = COUNCIL_SIZE;
  if (members.length < min || members.length > max) {
    throw new AppError('council_size', { min, max, count: members.length }, [
      { field: 'members', code: 'council_size' },
    ]);
  }
  const chairs = members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1)
    throw new AppError('council_chair_count', { count: chairs }, [
      { field: 'members', code: 'council_chair_count' },
    ]);
  const people = new Set<string>();
  const accounts = new Set<string>();
  members.forEach((m, i) => {
    if (people.has(m.personId)) {
      throw new AppError('council_member_duplicate', { position: i + 1 }, [
        { field: `members.${i}.personId`, code: 'council_member_duplicate' },
      ]);
    }
    people.add(m.personId);
    if (!m.userId) return;
    if (accounts.has(m.userId)) {
      throw new AppError('council_account_duplicate', { position: i + 1 }, [
        { field: `members.${i}.userId`, code: 'council_account_duplicate' },
      ]);
    }
    accounts.add(m.userId);
  });
}

/** Refuses a window that ends before it opens or opens before the cycle starts. */
export function checkWindowDates(opensOn: IsoDate, closesOn: IsoDate, cycleStartsOn: IsoDate): void {
  if (closesOn < opensOn) {
    throw new AppError(
      'council_window_invalid',
      { opensOn: formatShortDate(opensOn), closesOn: formatShortDate(closesOn) },
      [{ field: 'closesOn', code: 'council_window_invalid' }],
    );
  }
  if (opensOn < cycleStartsOn) {
    throw new AppError('council_window_before_cycle', { startsOn: formatShortDate(cycleStartsOn) }, [
      { field: 'opensOn', code: 'council_window_before_cycle' },
    ]);
  }
}

export type RecusalReason = 'head' | 'unit';

/** How the recusal reads beside the member's name. */
export const RECUSAL_LABELS: Record<RecusalReason, Record<Locale, string>> = {
  head: { vi: 'là người đứng đầu', en: 'is the head' },
  unit: { vi: 'thuộc đơn vị được đánh giá', en: 'belongs to the unit evaluated' },
};

type UnitRef = { id: string; path: string };

/**
 * Why `member` may not score the head of `head.unit`, or null. A member belongs to the
 * head's unit when one of their units (posts in force, accounts' grants) is that unit or
 * lies inside it; the domain's isRecused then decides.
 */
export function recusalReason(
  member: { personId: string; units: readonly UnitRef[] },
  head: { personId: string | null; unit: UnitRef },
): RecusalReason | null {
  const belongs = member.units.some((u) => u.path.startsWith(head.unit.path));
  const recused = isRecused(
    { personId: member.personId, unitIds: belongs ? [head.unit.id] : [] },
    { personId: head.personId ?? '', unitId: head.unit.id },
  );
  if (!recused) return null;
  return head.personId !== null && head.personId === member.personId ? 'head' : 'unit';
}
