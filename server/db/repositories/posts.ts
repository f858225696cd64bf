import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Queryable } from '../client.ts';
import { people, posts, postTerms, units } from '../schema/index.ts';

/** Posts of a unit with every term and the holder's name, terms newest first. */
export async function listPostsWithTerms(q: Queryable, unitId: string) {
  const postRows = await q.select().from(posts).where(eq(posts.unitId, unitId)).orderBy(asc(posts.createdAt));
  if (postRows.length === 0) return [];
  const termRows = await q
    .select({ term: postTerms, personName: people.fullName })
    .from(postTerms)
    .innerJoin(people, eq(people.id, postTerms.personId))
    .where(
      inArray(
        postTerms.postId,
        postRows.map((p) => p.id),
      ),
    )
    .orderBy(sql`${postTerms.startOn} desc`);
  return postRows.map((p) => ({
    ...p,
    terms: termRows
      .filter((t) => t.term.postId === p.id)
      .map((t) => ({ ...t.term, personName: t.personName })),
  }));
}

/** One post, optionally locked. */
export async function findPost(q: Queryable, id: string, forUpdate = false) {
  const query = q.select().from(posts).where(eq(posts.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** One term, optionally locked. */
export async function findTerm(q: Queryable, id: string, forUpdate = false) {
  const query = q.select().from(postTerms).where(eq(postTerms.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Every term of a post. */
export async function termsOfPost(q: Queryable, postId: string) {
  return q.select().from(postTerms).where(eq(postTerms.postId, postId));
}

/** The units where a person held or holds a post, with their paths (for permission checks). */
export async function unitsOfPerson(q: Queryable, personId: string) {
  return q
    .selectDistinct({ id: units.id, path: units.path })
    .from(postTerms)
    .innerJoin(posts, eq(posts.id, postTerms.postId))
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(eq(postTerms.personId, personId));
}

/** A person's whole post history across units, newest first. */
export async function historyOfPerson(q: Queryable, personId: string) {
  return q
    .select({
      termId: postTerms.id,
      postId: posts.id,
      postTitle: posts.title,
      isHead: posts.isHead,
      unitId: units.id,
      unitName: units.name,
      startOn: postTerms.startOn,
      endOn: postTerms.endOn,
      decisionRef: postTerms.decisionRef,
    })
    .from(postTerms)
    .innerJoin(posts, eq(posts.id, postTerms.postId))
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(eq(postTerms.personId, personId))
    .orderBy(sql`${postTerms.startOn} desc`);
}

/** Posts held on `date` by each of `personIds`. */
export async function currentPostsOf(q: Queryable, personIds: string[], date: string) {
  if (personIds.length === 0) return [];
  return q
    .select({ personId: postTerms.personId, postTitle: posts.title, unitId: units.id, unitName: units.name })
    .from(postTerms)
    .innerJoin(posts, eq(posts.id, postTerms.postId))
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(
      and(
        inArray(postTerms.personId, personIds),
        lte(postTerms.startOn, date),
        or(isNull(postTerms.endOn), gte(postTerms.endOn, date)),
      ),
    );
}

/**
 * The head post of a unit: its own, or else the nearest one in its subtree
 * (a commune's head sits in its Party committee; the first by depth, then code).
 */
export async function nearestHeadPost(q: Queryable, unit: { id: string; path: string }) {
  const [row] = await q
    .select({ post: posts })
    .from(posts)
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(and(eq(posts.isHead, true), sql`${units.path} like ${`${unit.path}%`}`, isNull(units.closedOn)))
    .orderBy(asc(units.depth), asc(units.code))
    .limit(1);
  return row?.post;
}

/** For each person, the units (id and path) where they held or hold a post. */
export async function unitsOfPeople(q: Queryable, personIds: string[]) {
  const map = new Map<string, { id: string; path: string }[]>();
  if (personIds.length === 0) return map;
  const rows = await q
    .selectDistinct({ personId: postTerms.personId, id: units.id, path: units.path })
    .from(postTerms)
    .innerJoin(posts, eq(posts.id, postTerms.postId))
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(inArray(postTerms.personId, personIds));
  for (const r of rows) map.set(r.personId, [...(map.get(r.personId) ?? []), { id: r.id, path: r.path }]);
  return map;
}
