import { z } from 'zod';
import { isoDate, LIMITS, uuid, version } from './common.ts';

const fullName = z.string().trim().min(1).max(LIMITS.name);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const personSchema = z.object({
  id: uuid,
  fullName: z.string(),
  birthYear: z.int().nullable(),
  gender: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.int(),
  currentPosts: z.array(z.object({ postTitle: z.string(), unitId: uuid, unitName: z.string() })),
  abilities: z.object({ update: z.boolean() }),
});
export type PersonDto = z.infer<typeof personSchema>;

export const personDetailSchema = personSchema.extend({
  history: z.array(
    z.object({
      termId: uuid,
      postId: uuid,
      postTitle: z.string(),
      isHead: z.boolean(),
      unitId: uuid,
      unitName: z.string(),
      startOn: z.string(),
      endOn: z.string().nullable(),
      decisionRef: z.string().nullable(),
    }),
  ),
});
export type PersonDetailDto = z.infer<typeof personDetailSchema>;

export const createPersonBody = z.strictObject({
  fullName,
  birthYear: z.int().min(1900).max(2100).nullish(),
  gender: z.enum(['male', 'female', 'other']).nullish(),
  email: z.email().max(LIMITS.name).nullish(),
  phone: optionalText(30),
});
export const updatePersonBody = createPersonBody.partial().extend({ version });

export const listPeopleQuery = z.strictObject({
  q: z.string().trim().min(1).max(LIMITS.name).optional(),
  unitId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).optional(),
});

export const createPostBody = z.strictObject({
  unitId: uuid,
  title: z.string().trim().min(1).max(LIMITS.name),
  isHead: z.boolean().optional(),
});
export const updatePostBody = z.strictObject({
  version,
  title: z.string().trim().min(1).max(LIMITS.name).optional(),
  isHead: z.boolean().optional(),
});
export const appointBody = z.strictObject({
  personId: uuid,
  startOn: isoDate,
  endOn: isoDate.nullish(),
  decisionRef: z.string().trim().max(LIMITS.name).nullish(),
});
export const endTermBody = z.strictObject({ version, endOn: isoDate });
