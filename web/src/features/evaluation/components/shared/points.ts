import type { Locale } from '../../../../../../contracts/errors.ts';

/**
 * Points always with two decimals in the UI language's format ("89,50"), as scores are
 * cited in evaluation documents. Totals arrive as exact text ("89.50") or as numbers.
 */
export function points2(value: number | string | null | undefined, lang: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(n);
}

/** An exact fraction "n/d" (as the evaluation record stores it) as a number for display. */
export function fromRational(value: string | null | undefined): number | null {
  if (!value) return null;
  const [n, d] = value.split('/');
  const num = Number(n);
  const den = d === undefined ? 1 : Number(d);
  return Number.isFinite(num) && Number.isFinite(den) && den !== 0 ? num / den : null;
}

/** Sum of points as exact hundredths (no floating-point drift), back in points. */
export function sumPoints(values: readonly (number | null | undefined)[]): number {
  return (
    values.reduce<number>((s, v) => s + (v === null || v === undefined ? 0 : Math.round(v * 100)), 0) / 100
  );
}

/** A stored decimal ("38.5") in the UI language's format ("38,5"); other text as it is. */
export function decimalText(value: string | null | undefined, lang: Locale): string {
  if (value === null || value === undefined) return '';
  if (!/^-?\d+(\.\d+)?$/.test(value.trim())) return value;
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 4 }).format(
    Number(value),
  );
}
