import { z } from 'zod';

/** Limits shared by server and web. */
export const LIMITS = {
  name: 300,
  code: 50,
  kind: 50,
  text: 2000,
  username: 64,
  password: 200,
  pageSize: 200,
  jsonBody: 1_000_000,
} as const;

/** A calendar date YYYY-MM-DD within the years the product deals with (PostgreSQL refuses year 0). */
export const isoDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', { message: 'date out of range' });
export const uuid = z.uuid();
export const version = z.int().min(1);

/** Unit kinds are data, not levels; these labels cover the usual ones and any other kind is allowed. */
export const KNOWN_UNIT_KINDS = [
  'province',
  'party_committee',
  'peoples_committee',
  'party_agency',
  'department',
  'city',
  'district',
  'town',
  'commune',
  'ward',
  'agency',
  'other',
] as const;

export const unitKind = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.kind)
  .regex(/^[a-z][a-z0-9_]*$/);

export const idParam = z.object({ id: uuid });
