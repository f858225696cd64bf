import { z } from 'zod';
import { isoDate } from '../common.ts';

/**
 * Building blocks of the interchange formats. Points (weights, scores, bonuses,
 * deductions, policy maxima) are plain JSON numbers with at most 2 decimals; measured
 * values (targets, actuals, fractions) are decimal strings, read exactly.
 */

export const INTERCHANGE_LIMITS = {
  id: 100,
  code: 50,
  name: 300,
  title: 1000,
  text: 4000,
  decimal: 40,
  // a whole country for a year: ~100,000 tasks and ~1,000,000 check-ins (SPEC §7)
  list: 5_000_000,
} as const;

/** An id unique within its collection: a UUID from an export, or any readable key. */
export const recordId = z
  .string()
  .min(1)
  .max(INTERCHANGE_LIMITS.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/)
  .meta({
    id: 'Id',
    description: 'Unique within its collection; letters, digits and . _ : - (UUIDs qualify).',
  });

/** True when a JS number is the double nearest to some whole number of hundredths. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Math.round(value * 100) / 100 === value;
}

/** Points with at most 2 decimals within [min, max]. */
export const pointsIn = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine(hasAtMostTwoDecimals, { message: 'at most 2 decimals', params: { code: 'too_many_decimals' } })
    .meta({ description: `Points, a JSON number with at most 2 decimals, in [${min}, ${max}].` });

export const points = pointsIn(0, 100).meta({
  id: 'Points',
  description: 'Points, a JSON number with at most 2 decimals, in [0, 100].',
});

/** A percentage with at most 2 decimals (25 = 25%). */
export const percent = z
  .number()
  .min(0)
  .max(100)
  .refine(hasAtMostTwoDecimals, { message: 'at most 2 decimals', params: { code: 'too_many_decimals' } })
  .meta({ id: 'Percent', description: 'A percentage with at most 2 decimals (25 means 25%).' });

/** An exact decimal value as a string: "1265.4", "-3", "0.05". */
export const decimalString = z
  .string()
  .max(INTERCHANGE_LIMITS.decimal)
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ id: 'Decimal', description: 'An exact decimal written as a string, e.g. "1265.4" (no exponent).' });

export const date = isoDate.meta({ id: 'Date', description: 'A calendar date YYYY-MM-DD.' });
export const text = (max: number) => z.string().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(INTERCHANGE_LIMITS.list);

/** snake_case keys: criteria, event kinds. */
export const key = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z][a-z0-9_]*$/)
  .meta({ id: 'Key', description: 'A snake_case key.' });

export const LEVEL_VALUES = ['excellent', 'good', 'completed', 'not_completed'] as const;
export const level = z.enum(LEVEL_VALUES).meta({ id: 'Level' });
