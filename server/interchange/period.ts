import { addDays, type IsoDate } from '../domain/assignment/calendar.ts';
import { DomainError } from '../domain/scoring/errors.ts';
import type { Period } from '../domain/scoring/evaluate.ts';

/**
 * Quarters of a cycle: quarter N runs three months from the cycle's start plus 3·(N−1)
 * months, so a calendar-year cycle gets the calendar quarters and a term gets its own
 * quarters one after another. The last one ends with the cycle.
 */

/** The same day `months` months later, held to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** How many quarters the cycle has (4 for a year). */
export function quarterCount(cycle: { startsOn: IsoDate; endsOn: IsoDate }): number {
  let n = 0;
  while (addMonths(cycle.startsOn, 3 * n) <= cycle.endsOn) n++;
  return n;
}

/** Quarter `quarter` (1-based) of the cycle, both ends inclusive. */
export function quarterPeriod(cycle: { startsOn: IsoDate; endsOn: IsoDate }, quarter: number): Period {
  const quarters = quarterCount(cycle);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > quarters) {
    throw new DomainError('quarter_out_of_range', { quarter, quarters });
  }
  const from = addMonths(cycle.startsOn, 3 * (quarter - 1));
  const end = addDays(addMonths(cycle.startsOn, 3 * quarter), -1);
  // ISO dates order as text: the earlier of the two ends the quarter
  return { from, to: [end, cycle.endsOn].sort()[0] };
}
