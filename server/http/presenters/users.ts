import type { GrantDto, UserDto } from '../../../contracts/auth.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { UserRow } from '../../db/repositories/users.ts';
import type { roleGrants } from '../../db/schema/index.ts';

/** An account as the API shows it (never the password hash). */
export function presentUser(u: UserRow): UserDto {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    personId: u.personId,
    locale: u.locale === 'en' ? 'en' : 'vi',
    isActive: u.isActive,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    version: u.version,
  };
}

/** A role grant with its unit's name. */
export function presentGrant(g: typeof roleGrants.$inferSelect, unitName: string): GrantDto {
  return {
    id: g.id,
    userId: g.userId,
    role: g.role as Role,
    unitId: g.unitId,
    unitName,
    includeSubtree: g.includeSubtree,
    note: g.note,
    grantedAt: g.grantedAt.toISOString(),
    version: g.version,
  };
}
