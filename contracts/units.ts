import { z } from 'zod';
import { isoDate, LIMITS, unitKind, uuid, version } from './common.ts';

export const unitAbilities = z.object({
  read: z.boolean(),
  update: z.boolean(),
  move: z.boolean(),
  close: z.boolean(),
  createChild: z.boolean(),
  managePosts: z.boolean(),
  grantRoles: z.boolean(),
  readAudit: z.boolean(),
});

export const unitSchema = z.object({
  id: uuid,
  kind: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: uuid.nullable(),
  depth: z.int(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  version: z.int(),
  childCount: z.int().optional(),
  abilities: unitAbilities,
});
export type UnitDto = z.infer<typeof unitSchema>;

export const termSchema = z.object({
  id: uuid,
  postId: uuid,
  personId: uuid,
  personName: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  version: z.int(),
});
export type TermDto = z.infer<typeof termSchema>;

export const postSchema = z.object({
  id: uuid,
  unitId: uuid,
  title: z.string(),
  isHead: z.boolean(),
  version: z.int(),
  terms: z.array(termSchema),
});
export type PostDto = z.infer<typeof postSchema>;

export const unitEventSchema = z.object({
  id: uuid,
  kind: z.string(),
  effectiveOn: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export const unitDetailSchema = unitSchema.extend({
  ancestors: z.array(z.object({ id: uuid, name: z.string(), kind: z.string(), readable: z.boolean() })),
  head: z
    .object({ personId: uuid, fullName: z.string(), postId: uuid, postTitle: z.string(), since: z.string() })
    .nullable(),
  posts: z.array(postSchema),
  events: z.array(unitEventSchema),
  subtreeSize: z.int(),
});
export type UnitDetailDto = z.infer<typeof unitDetailSchema>;

const name = z.string().trim().min(1).max(LIMITS.name);
const code = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.code)
  .regex(/^[\p{L}\p{N}._\-/]+$/u);

export const createUnitBody = z.strictObject({
  kind: unitKind,
  code,
  name,
  shortName: name.nullish(),
  parentId: uuid.nullable(),
  openedOn: isoDate,
});
export const updateUnitBody = z.strictObject({
  version,
  kind: unitKind.optional(),
  code: code.optional(),
  name: name.optional(),
  shortName: name.nullish(),
  effectiveOn: isoDate.optional(),
});
export const moveUnitBody = z.strictObject({ version, parentId: uuid, effectiveOn: isoDate.optional() });
export const closeUnitBody = z.strictObject({
  version,
  closedOn: isoDate,
  reason: z.string().trim().max(LIMITS.text).optional(),
});

export const listUnitsQuery = z.strictObject({
  parentId: uuid.optional(),
  q: z.string().trim().min(1).max(LIMITS.name).optional(),
  includeClosed: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).optional(),
});
export const unitDetailQuery = z.strictObject({ date: isoDate.optional() });
export const unitListSchema = z.object({ items: z.array(unitSchema) });
