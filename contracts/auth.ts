import { z } from 'zod';
import { LIMITS, uuid, version } from './common.ts';
import { ROLES } from './roles.ts';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(LIMITS.username),
  password: z.string().min(1).max(LIMITS.password),
});
export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(LIMITS.password),
  newPassword: z.string().min(1).max(LIMITS.password),
});

export const grantSchema = z.object({
  id: uuid,
  userId: uuid,
  role: z.enum(ROLES),
  unitId: uuid,
  unitName: z.string(),
  includeSubtree: z.boolean(),
  note: z.string().nullable(),
  grantedAt: z.string(),
  version: z.int(),
});
export type GrantDto = z.infer<typeof grantSchema>;

export const userSchema = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  personId: uuid.nullable(),
  locale: z.enum(['vi', 'en']),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.int(),
});
export type UserDto = z.infer<typeof userSchema>;

export const meSchema = z.object({
  user: userSchema,
  grants: z.array(grantSchema),
  csrfToken: z.string(),
  abilities: z.object({ manageUsers: z.boolean() }),
});
export type MeDto = z.infer<typeof meSchema>;

const username = z
  .string()
  .trim()
  .min(3)
  .max(LIMITS.username)
  .regex(/^[a-z0-9._-]+$/);

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(LIMITS.name),
  password: z.string().min(1).max(LIMITS.password),
  personId: uuid.nullish(),
  locale: z.enum(['vi', 'en']).optional(),
});
export const updateUserBody = z.strictObject({
  version,
  displayName: z.string().trim().min(1).max(LIMITS.name).optional(),
  personId: uuid.nullish(),
  locale: z.enum(['vi', 'en']).optional(),
  isActive: z.boolean().optional(),
});
export const resetPasswordBody = z.strictObject({
  version,
  newPassword: z.string().min(1).max(LIMITS.password),
});

export const createGrantBody = z.strictObject({
  userId: uuid,
  role: z.enum(ROLES),
  unitId: uuid,
  includeSubtree: z.boolean().optional(),
  note: z.string().trim().max(LIMITS.text).nullish(),
});
export const revokeGrantBody = z.strictObject({ version });

export const listUsersQuery = z.strictObject({
  q: z.string().trim().min(1).max(LIMITS.name).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).optional(),
});
