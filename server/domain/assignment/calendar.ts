/**
 * Calendar arithmetic on ISO 'YYYY-MM-DD' strings. Dates are calendar days with no
 * time zone: the domain never reads a clock, so "today" always arrives as a string.
 */

/** A calendar date written 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, or NaN when the string is not a real calendar date. */
function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC silently rolls 2025-02-30 over to March; a round trip catches it.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return Number.NaN;
  }
  return ms / MS_PER_DAY;
}

/** True when the value is a string naming a real calendar day as 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(dayNumber(value));
}

/** Whole days from `from` to `to` (positive when `to` is later); throws on a malformed date. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (Number.isNaN(a) || Number.isNaN(b))
    throw new RangeError(`not an ISO date: ${Number.isNaN(a) ? from : to}`);
  return b - a;
}

/** The ISO date `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = dayNumber(date);
  if (Number.isNaN(start)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date((start + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The later of two ISO dates (ISO strings order like the days they name). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
