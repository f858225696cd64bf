import dayjs, { type Dayjs } from 'dayjs';
import type { Locale } from '../../../contracts/errors.ts';

/** How dates are shown everywhere: dd/MM/yyyy. */
export const DATE_FORMAT = 'DD/MM/YYYY';
const API_DATE = 'YYYY-MM-DD';

/** "2022-03-05" or an ISO timestamp → "05/03/2022"; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : value;
}

/** An ISO timestamp → "05/03/2022 14:30" (24 h). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(`${DATE_FORMAT} HH:mm`) : value;
}

/** A picked date → the API's YYYY-MM-DD. */
export function toApiDate(value: Dayjs): string;
export function toApiDate(value: Dayjs | null | undefined): string | undefined;
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(API_DATE) : undefined;
}

/** Numbers in the UI language's format (Vietnamese: 1.234,5). */
export function formatNumber(value: number, lang: Locale): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(value);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese sorting (Đ after D, tones after base letters) for table columns. */
export function compareVi(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}

/** Points (weights, scores) with up to two decimals in the UI language's format: 69,75. */
export function formatPoints(value: number | null | undefined, lang: Locale): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** Points as exact integer hundredths, so that sums compare without floating-point error. */
export function toHundredths(points: number | null | undefined): number {
  return points === null || points === undefined ? 0 : Math.round(points * 100);
}

/** True when a number has at most two decimals (weights and scores are entered that way). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** The decimal separator of the UI language, for number inputs (Vietnamese: comma). */
export function decimalSeparator(lang: Locale): string {
  return lang === 'vi' ? ',' : '.';
}
