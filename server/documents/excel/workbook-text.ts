/**
 * Pure text helpers for workbook cells: tolerant keys, Vietnamese numbers and dates.
 * No ExcelJS here, so every rule is testable on plain strings.
 */

/** Lower-cases, strips Vietnamese diacritics, punctuation and extra spaces: " Chỉ  Tiêu." → "chi tieu". */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[*_,.;:/\\–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops parenthesised parts: "Trọng số (điểm)" → "Trọng số". */
export function withoutParentheses(text: string): string {
  return text.replace(/\s*\([^)]*\)/g, '').trim();
}

/** Text as stored: NFC (some Vietnamese keyboards type combining marks), one kind of line break, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/**
 * Reads a number typed as text, Vietnamese style first.
 * Rules: spaces are ignored; a trailing "%" is dropped ("95%" → 95); with both "." and ",",
 * the last one is the decimal mark ("1.234,5" and "1,234.5" → 1234.5); a single "," is a
 * decimal comma ("12,5" → 12.5); several "," or several "." group thousands; a single "."
 * followed by exactly three digits after a non-zero integer part of 1–3 digits groups
 * thousands ("1.234" → 1234, as Vietnamese write it), otherwise it is a decimal point
 * ("12.5" → 12.5, "0.125" → 0.125). Groups must have three digits. Anything else → null.
 */
export function parseLocaleNumber(input: string): number | null {
  let s = input.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (s.endsWith('%')) s = s.slice(0, -1);
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let group: '.' | ',' | null = null;
  let decimal: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
  } else if (commas > 0) {
    if (commas === 1) decimal = ',';
    else group = ',';
  } else if (dots > 0) {
    if (dots > 1 || /^[1-9]\d{0,2}\.\d{3}$/.test(s)) group = '.';
    else decimal = '.';
  }
  const g = group === '.' ? '\\.' : (group ?? '');
  const d = decimal === '.' ? '\\.' : (decimal ?? '');
  const pattern = new RegExp(`^\\d${group ? `{1,3}(?:${g}\\d{3})*` : '+'}${decimal ? `(?:${d}\\d+)?` : ''}$`);
  if (!pattern.test(s)) return null;
  let plain = s;
  if (group) plain = plain.split(group).join('');
  if (decimal) plain = plain.replace(decimal, '.');
  const value = sign * Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** True when a number has at most two decimals (the same tolerance as the contracts' `points`). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date typed as text: "30/06/2022" (also "30-6-2022", "30.06.2022"), ISO "2022-06-30",
 * or "ngày 30 tháng 6 năm 2022". Impossible dates ("31/02/2022") give null.
 */
export function parseDateText(input: string): string | null {
  const s = input.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(normalizeKey(s));
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** The calendar date of an Excel date cell (ExcelJS gives dates as UTC instants). */
export function isoFromExcelDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The UTC midnight instant that ExcelJS writes as the Excel date of an ISO day. */
export function excelDateFromIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "2022-06-30" → "30/06/2022". */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
