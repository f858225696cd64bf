import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles.ts';
import type { Grant } from '../../domain/permissions.ts';
import type { Queryable } from '../client.ts';
import { loginFailures, roleGrants, sessions, units, users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;

/** One user by id, optionally locked. */
export async function findUser(q: Queryable, id: string, forUpdate = false) {
  const query = q.select().from(users).where(eq(users.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** One user by username (case-insensitive: usernames are stored lower-case). */
export async function findUserByUsername(q: Queryable, username: string) {
  const [row] = await q.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

/** A user's active grants with the unit's path and name. */
export async function activeGrants(q: Queryable, userId: string) {
  const rows = await q
    .select({ grant: roleGrants, unitPath: units.path, unitName: units.name })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)))
    .orderBy(asc(roleGrants.grantedAt));
  return rows;
}

/** Active grant units (id and path) of each of `userIds`. */
export async function grantsOfUsers(q: Queryable, userIds: string[]) {
  const map = new Map<string, { id: string; path: string }[]>();
  if (userIds.length === 0) return map;
  const rows = await q
    .select({ userId: roleGrants.userId, id: units.id, path: units.path })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(and(inArray(roleGrants.userId, userIds), isNull(roleGrants.revokedAt)));
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), { id: r.id, path: r.path }]);
  return map;
}

/** The grants in the shape the permission functions take. */
export function toDomainGrants(rows: Awaited<ReturnType<typeof activeGrants>>): Grant[] {
  return rows.map((r) => ({
    role: r.grant.role as Role,
    unitId: r.grant.unitId,
    unitPath: r.unitPath,
    includeSubtree: r.grant.includeSubtree,
  }));
}

/** The live session for a token hash, with its user. */
export async function findSession(q: Queryable, tokenHash: string, now: Date) {
  const [row] = await q
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

/** Failed sign-ins within the window, for a username and for an address. */
export async function recentFailures(q: Queryable, username: string, ip: string, since: Date) {
  const [row] = await q
    .select({
      byUser: sql<number>`count(*) filter (where ${loginFailures.username} = ${username})`.mapWith(Number),
      byIp: sql<number>`count(*) filter (where ${loginFailures.ip} = ${ip})`.mapWith(Number),
    })
    .from(loginFailures)
    .where(
      and(
        gt(loginFailures.at, since),
        sql`(${loginFailures.username} = ${username} or ${loginFailures.ip} = ${ip})`,
      ),
    );
  return row;
}

/** Users, filtered by username or display name. */
export async function listUsers(q: Queryable, filter: { q?: string; limit: number }) {
  const pattern = filter.q ? `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  return q
    .select()
    .from(users)
    .where(
      pattern
        ? sql`(${users.username} ilike ${pattern} or ${users.displayName} ilike ${pattern})`
        : undefined,
    )
    .orderBy(asc(users.username))
    .limit(filter.limit);
}
