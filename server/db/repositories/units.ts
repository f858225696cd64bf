import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { pathIds } from '../../domain/org-tree.ts';
import type { Actor } from '../../domain/permissions.ts';
import type { Queryable } from '../client.ts';
import { units } from '../schema/index.ts';

export type UnitRow = typeof units.$inferSelect;

/**
 * SQL condition: the unit is reached by one of the actor's grants (the unit
 * itself, or a subtree the grant includes). Every unit read goes through it.
 */
export function unitVisibleTo(actor: Actor, alias = 'units'): SQL {
  if (actor.grants.length === 0) return sql`false`;
  const col = (name: string) => sql.raw(`"${alias}"."${name}"`);
  const parts = actor.grants.map((g) =>
    g.includeSubtree ? sql`${col('path')} like ${`${g.unitPath}%`}` : sql`${col('id')} = ${g.unitId}`,
  );
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** One unit by id, or undefined. `forUpdate` takes its row lock. */
export async function findUnit(q: Queryable, id: string, forUpdate = false): Promise<UnitRow | undefined> {
  const query = q.select().from(units).where(eq(units.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The ancestors of a unit (root first), as id, name and kind: breadcrumbs need only these. */
export async function findAncestors(q: Queryable, unit: Pick<UnitRow, 'path' | 'id'>) {
  const ids = pathIds(unit.path).filter((id) => id !== unit.id);
  if (ids.length === 0) return [];
  const rows = await q
    .select({ id: units.id, name: units.name, kind: units.kind, depth: units.depth, path: units.path })
    .from(units)
    .where(inArray(units.id, ids));
  return rows.sort((a, b) => a.depth - b.depth);
}

/** Open-children counts of the given units, in one grouped query (one scan, whatever the planner knows). */
async function childCounts(
  q: Queryable,
  ids: string[],
  includeClosed: boolean,
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .select({ parentId: units.parentId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(units)
    .where(and(inArray(units.parentId, ids), includeClosed ? undefined : isNull(units.closedOn)))
    .groupBy(units.parentId);
  return new Map(rows.map((r) => [r.parentId!, r.n]));
}

async function withChildCounts(q: Queryable, rows: UnitRow[], includeClosed: boolean) {
  const counts = await childCounts(
    q,
    rows.map((r) => r.id),
    includeClosed,
  );
  return rows.map((unit) => ({ unit, childCount: counts.get(unit.id) ?? 0 }));
}

/** Children of a unit, within what the actor may see, with how many children each has. */
export async function listChildren(q: Queryable, actor: Actor, parentId: string, includeClosed: boolean) {
  const rows = await q
    .select()
    .from(units)
    .where(
      and(
        unitVisibleTo(actor),
        eq(units.parentId, parentId),
        includeClosed ? undefined : isNull(units.closedOn),
      ),
    )
    .orderBy(asc(units.code));
  return withChildCounts(q, rows, includeClosed);
}

/** The topmost units the actor can see: visible units whose parent the actor cannot see. */
export async function listVisibleTops(q: Queryable, actor: Actor, includeClosed: boolean) {
  const parentHidden = sql`not exists (select 1 from units p where p.id = ${units.parentId} and ${unitVisibleTo(actor, 'p')})`;
  const rows = await q
    .select()
    .from(units)
    .where(and(unitVisibleTo(actor), parentHidden, includeClosed ? undefined : isNull(units.closedOn)))
    .orderBy(asc(units.depth), asc(units.code));
  return withChildCounts(q, rows, includeClosed);
}

/** Searches visible units by name or code. */
export async function searchUnits(q: Queryable, actor: Actor, text: string, limit: number) {
  const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return q
    .select()
    .from(units)
    .where(and(unitVisibleTo(actor), sql`(${units.name} ilike ${pattern} or ${units.code} ilike ${pattern})`))
    .orderBy(asc(units.depth), asc(units.code))
    .limit(limit);
}

/** Number of open direct children. */
export async function countOpenChildren(q: Queryable, id: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(units)
    .where(and(eq(units.parentId, id), isNull(units.closedOn)));
  return row.n;
}

/** Size of a unit's subtree (itself included). */
export async function countSubtree(q: Queryable, path: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(units)
    .where(sql`${units.path} like ${`${path}%`}`);
  return row.n;
}

/** True when an open unit other than `exceptId` uses `code`. */
export async function codeTaken(q: Queryable, code: string, exceptId?: string): Promise<boolean> {
  const rows = await q
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.code, code), isNull(units.closedOn)));
  return rows.some((r) => r.id !== exceptId);
}
