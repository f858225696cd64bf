import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Actor, canManageUsers } from '../../domain/permissions.ts';
import type { Queryable } from '../client.ts';
import { people } from '../schema/index.ts';
import { unitVisibleTo } from './units.ts';

export type PersonRow = typeof people.$inferSelect;

/** SQL condition: the person is visible to the actor (themself, or held a post in a visible unit; admins also see people with no post). */
export function personVisibleTo(actor: Actor): SQL {
  const inVisibleUnit = sql`exists (select 1 from post_terms t join posts ps on ps.id = t.post_id join units u on u.id = ps.unit_id
    where t.person_id = ${people.id} and ${unitVisibleTo(actor, 'u')})`;
  const self = actor.personId ? sql` or ${people.id} = ${actor.personId}` : sql``;
  const unposted =
    canManageUsers(actor) || actor.grants.some((g) => g.role === 'assigner')
      ? sql` or not exists (select 1 from post_terms t where t.person_id = ${people.id})`
      : sql``;
  return sql`(${inVisibleUnit}${self}${unposted})`;
}

/** One person by id, optionally locked. */
export async function findPerson(q: Queryable, id: string, forUpdate = false) {
  const query = q.select().from(people).where(eq(people.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Visible people, optionally filtered by name or by a unit where they hold or held a post. */
export async function listPeople(
  q: Queryable,
  actor: Actor,
  filter: { q?: string; unitId?: string; limit: number },
) {
  const conditions: SQL[] = [personVisibleTo(actor)];
  if (filter.q)
    conditions.push(sql`${people.fullName} ilike ${`%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`}`);
  if (filter.unitId) {
    conditions.push(sql`exists (select 1 from post_terms t join posts ps on ps.id = t.post_id
      where t.person_id = ${people.id} and ps.unit_id = ${filter.unitId})`);
  }
  return q
    .select()
    .from(people)
    .where(and(...conditions))
    .orderBy(asc(people.fullName))
    .limit(filter.limit);
}
