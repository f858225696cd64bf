/**
 * How official Vietnamese documents write dates, numbers and document numbers.
 * Pure string work: no Intl (its output varies with the ICU build), no clock.
 */

/** The two official layouts: Party (Hướng dẫn 36-HD/VPTW) and state (Nghị định 30/2020/NĐ-CP). */
export type DocumentLayout = 'party' | 'state';

/** A calendar date split into its parts. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * Reads the calendar date written at the start of an ISO string ("2022-03-15" or
 * "2022-03-15T…"): the date as written, never shifted through a time zone.
 */
export function parseIsoDate(iso: string): CalendarDate {
  const match = ISO_DATE_PREFIX.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return { year, month, day };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "ngày 05 tháng 01 năm 2022": Nghị định 30/2020 (Phụ lục I, II.4) and Hướng dẫn 36
 * write a day below 10 and the months 1 and 2 with a leading 0, every other value as is.
 */
export function formatLongDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** The place and date line of the header: "Yên Lạc, ngày 15 tháng 3 năm 2022". */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place.trim()}, ${formatLongDate(iso)}`;
}

/** "15/03/2022": the dd/MM/yyyy form used in tables (SPEC §6). */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Options of {@link formatNumber}: how many decimals to keep at least and at most. */
export interface NumberFormat {
  minDecimals?: number;
  maxDecimals?: number;
}

/**
 * "1.234,5": Vietnamese grouping (dot) and decimal comma. Rounds half away from zero
 * on the decimal spelling of the number, so 1,005 → "1,01" with two decimals.
 */
export function formatNumber(value: number, format: NumberFormat = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const maxDecimals = format.maxDecimals ?? 2;
  const minDecimals = Math.min(format.minDecimals ?? 0, maxDecimals);
  const negative = value < 0;
  const [intPart, fraction] = roundDecimalString(Math.abs(value), maxDecimals);
  let decimals = fraction.replace(/0+$/, '');
  if (decimals.length < minDecimals) decimals = decimals.padEnd(minDecimals, '0');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const isZero = /^0*$/.test(intPart + decimals);
  return `${negative && !isZero ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** Points with exactly two decimals, as weights and scores are shown: 3.5 → "3,50". */
export function formatPoints(points: number): string {
  return formatNumber(points, { minDecimals: 2, maxDecimals: 2 });
}

/** Rounds a non-negative number to `decimals` places on its shortest decimal spelling. */
function roundDecimalString(value: number, decimals: number): [string, string] {
  const [digits, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const mantissa = digits.replace('.', '');
  // Place the decimal point: the mantissa has one digit before the point at exponent 0.
  const pointAt = exponent + 1;
  const padded =
    pointAt <= 0
      ? '0'.repeat(1 - pointAt) + mantissa
      : mantissa.padEnd(Math.max(pointAt, mantissa.length), '0');
  const intLength = Math.max(pointAt, 1);
  const intDigits = padded.slice(0, intLength);
  const fracDigits = padded.slice(intLength);
  const kept = fracDigits.slice(0, decimals).padEnd(decimals, '0');
  const roundUp = (fracDigits[decimals] ?? '0') >= '5';
  let scaled = BigInt(intDigits + kept);
  if (roundUp) scaled += 1n;
  const text = scaled.toString().padStart(decimals + 1, '0');
  return [text.slice(0, text.length - decimals) || '0', text.slice(text.length - decimals)];
}

/**
 * The number line of the header, from the number as given: "Số: 12/QĐ-UBND" (state,
 * with a colon) or "Số 12-QĐ/HU" (Party, no colon). A "Số"/"Số:" already typed is dropped.
 */
export function formatDocumentNumber(layout: DocumentLayout, documentNumber: string): string {
  const bare = stripNumberPrefix(documentNumber);
  return layout === 'state' ? `Số: ${bare}` : `Số ${bare}`;
}

/** The document number without any "Số"/"Số:" prefix, NFC, trimmed. */
export function stripNumberPrefix(documentNumber: string): string {
  return documentNumber
    .normalize('NFC')
    .trim()
    .replace(/^số\s*:?\s*/iu, '');
}

/** Vietnamese upper case ("Bí thư Đảng ủy" → "BÍ THƯ ĐẢNG ỦY"), NFC. */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}
