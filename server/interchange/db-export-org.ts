import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import type { Queryable } from '../db/client.ts';
import {
  assignments,
  cycles,
  evaluationResults,
  people,
  posts,
  postTerms,
  roleGrants,
  units,
} from '../db/schema/index.ts';
import { termAt } from '../domain/posts.ts';
import type { AssignmentRow, CouncilRow, MemberRow } from './db-export-records.ts';

/**
 * The organisation a cycle touches, as the interchange format writes it: the head posts
 * of its assignments and every post a council member held during the cycle, with the
 * terms of those posts that overlap the cycle and the people holding them; every unit
 * the file names, with its ancestors up to the cycle's owner (a unit outside the owner's
 * subtree comes alone). A unit's parent is written only when that parent is in the file.
 */

type CycleRow = typeof cycles.$inferSelect;
type Term = { postId: string; personId: string; startOn: string; endOn: string | null };

const overlapsCycle = (cycle: CycleRow) =>
  and(
    lte(postTerms.startOn, cycle.endsOn),
    or(isNull(postTerms.endOn), gte(postTerms.endOn, cycle.startsOn)),
  );
const overlaps = (t: Term, from: string, to: string) =>
  t.startOn <= to && (t.endOn === null || t.endOn >= from);

/**
 * The head of each assignment: who held its post on the cohort's day (the council's
 * first scoring day, else the cycle's last day), else the latest holder begun before it,
 * as the evaluation reads it; a holder whose term misses the cycle gives way to the last
 * one within it.
 */
async function headsOf(
  q: Queryable,
  cycle: CycleRow,
  rows: readonly AssignmentRow[],
  dayOf: (a: AssignmentRow) => string,
) {
  const postIds = [...new Set(rows.map((a) => a.headPostId))];
  const terms = postIds.length
    ? await q
        .select({
          postId: postTerms.postId,
          personId: postTerms.personId,
          startOn: postTerms.startOn,
          endOn: postTerms.endOn,
        })
        .from(postTerms)
        .where(inArray(postTerms.postId, postIds))
        .orderBy(asc(postTerms.startOn), asc(postTerms.createdAt))
    : [];
  const termsOf = new Map<string, Term[]>();
  for (const t of terms) termsOf.set(t.postId, [...(termsOf.get(t.postId) ?? []), t]);
  const heads = new Map<string, string>();
  for (const a of rows) {
    const own = termsOf.get(a.headPostId) ?? [];
    const day = dayOf(a);
    const begun = own.filter((t) => t.startOn <= day);
    let holder = termAt(begun, day) ?? begun.at(-1);
    if (!holder || !overlaps(holder, cycle.startsOn, cycle.endsOn))
      holder = own.filter((t) => overlaps(t, cycle.startsOn, cycle.endsOn)).at(-1);
    if (holder) heads.set(a.id, holder.personId);
  }
  return heads;
}

/**
 * Units a member belongs to through their account's roles, beyond their posts: only
 * those that recuse them from a head of the council's cohort (a unit in that head's
 * subtree that no post of theirs already covers).
 */
function memberExtraUnits(
  grants: readonly { id: string; path: string }[],
  postPaths: readonly string[],
  cohortPaths: readonly string[],
): string[] {
  const out: string[] = [];
  for (const g of grants) {
    const recusing = cohortPaths.filter((a) => g.path.startsWith(a));
    const uncovered = recusing.some((a) => !postPaths.some((p) => p.startsWith(a)));
    if (uncovered && !out.includes(g.id)) out.push(g.id);
  }
  return out;
}

export interface OrgInput {
  cycle: CycleRow;
  assignments: readonly AssignmentRow[];
  councils: readonly CouncilRow[];
  members: readonly MemberRow[];
  /** Units named by tasks, support, appraisals and councils. */
  unitIds: readonly string[];
}

export async function loadCycleOrg(q: Queryable, input: OrgInput) {
  const { cycle } = input;
  const councilOf = new Map(input.councils.map((c) => [c.assigningUnitId, c]));
  const dayOf = (a: AssignmentRow) => councilOf.get(a.assigningUnitId)?.opensOn ?? cycle.endsOn;
  const heads = await headsOf(q, cycle, input.assignments, dayOf);

  const memberPersonIds = [...new Set(input.members.map((m) => m.personId))];
  const memberTerms = memberPersonIds.length
    ? await q
        .select({
          personId: postTerms.personId,
          postId: postTerms.postId,
          unitId: posts.unitId,
          path: units.path,
        })
        .from(postTerms)
        .innerJoin(posts, eq(posts.id, postTerms.postId))
        .innerJoin(units, eq(units.id, posts.unitId))
        .where(and(inArray(postTerms.personId, memberPersonIds), overlapsCycle(cycle)))
    : [];
  const postIds = [
    ...new Set([...input.assignments.map((a) => a.headPostId), ...memberTerms.map((t) => t.postId)]),
  ];
  const termRows = postIds.length
    ? await q
        .select({
          postId: postTerms.postId,
          personId: postTerms.personId,
          startOn: postTerms.startOn,
          endOn: postTerms.endOn,
        })
        .from(postTerms)
        .where(and(inArray(postTerms.postId, postIds), overlapsCycle(cycle)))
        .orderBy(asc(postTerms.createdAt), asc(postTerms.id))
    : [];
  const postRows = postIds.length
    ? await q
        .select()
        .from(posts)
        .where(inArray(posts.id, postIds))
        .orderBy(asc(posts.createdAt), asc(posts.id))
    : [];

  // members' units through their accounts' roles, where those recuse them
  const accountIds = [...new Set(input.members.map((m) => m.userId).filter((id): id is string => !!id))];
  const grantRows = accountIds.length
    ? await q
        .select({ userId: roleGrants.userId, id: units.id, path: units.path })
        .from(roleGrants)
        .innerJoin(units, eq(units.id, roleGrants.unitId))
        .where(and(inArray(roleGrants.userId, accountIds), isNull(roleGrants.revokedAt)))
        .orderBy(asc(roleGrants.grantedAt), asc(roleGrants.id))
    : [];
  const assigneeIds = [...new Set(input.assignments.map((a) => a.assigneeUnitId))];
  const assigneePaths = new Map(
    assigneeIds.length
      ? (
          await q.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, assigneeIds))
        ).map((u) => [u.id, u.path])
      : [],
  );
  const councilById = new Map(input.councils.map((c) => [c.id, c]));
  const memberUnits = new Map<string, string[]>();
  for (const m of input.members) {
    const council = councilById.get(m.councilId);
    const cohortPaths = input.assignments
      .filter((a) => a.state !== 'draft' && a.assigningUnitId === council?.assigningUnitId)
      .map((a) => assigneePaths.get(a.assigneeUnitId) ?? '');
    const postPaths = memberTerms.filter((t) => t.personId === m.personId).map((t) => t.path);
    const grants = grantRows.filter((g) => g.userId === m.userId);
    memberUnits.set(m.id, memberExtraUnits(grants, postPaths, cohortPaths));
  }

  const personIds = [...new Set([...termRows.map((t) => t.personId), ...memberPersonIds, ...heads.values()])];
  const personRows = personIds.length
    ? await q
        .select({ id: people.id, fullName: people.fullName })
        .from(people)
        .where(inArray(people.id, personIds))
        .orderBy(asc(people.createdAt), asc(people.id))
    : [];

  const referenced = new Set([
    cycle.ownerUnitId,
    ...input.unitIds,
    ...input.assignments.flatMap((a) => [a.assigningUnitId, a.assigneeUnitId]),
    ...postRows.map((p) => p.unitId),
    ...[...memberUnits.values()].flat(),
  ]);
  const found = await q
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, [...referenced]));
  const included = new Set(referenced);
  for (const u of found) {
    // the chain up to the owner, so that every parent the rules walk is in the file
    const chain = u.path.split('/').filter(Boolean);
    const at = chain.indexOf(cycle.ownerUnitId);
    if (at >= 0) for (const id of chain.slice(at)) included.add(id);
  }
  const unitRows = await q
    .select()
    .from(units)
    .where(inArray(units.id, [...included]))
    .orderBy(asc(units.createdAt), asc(units.id));

  const unitList: CycleDocument['units'] = unitRows.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parentId !== null && included.has(u.parentId) ? u.parentId : null,
  }));
  return {
    heads,
    memberUnits,
    units: unitList,
    people: personRows.map((p) => ({ id: p.id, fullName: p.fullName })),
    posts: postRows.map((p) => ({ id: p.id, unitId: p.unitId, title: p.title, isHead: p.isHead })),
    terms: termRows.map((t) => ({
      postId: t.postId,
      personId: t.personId,
      startOn: t.startOn,
      endOn: t.endOn,
    })),
  };
}

/**
 * Final levels of the heads in the preceding cycle of the same kind and owner (the one
 * that ended last before this one began), as the commendation rule reads them.
 */
export async function previousResults(
  q: Queryable,
  cycle: CycleRow,
  personIds: readonly string[],
): Promise<NonNullable<CycleDocument['previousResults']>> {
  if (personIds.length === 0) return [];
  const [prev] = await q
    .select()
    .from(cycles)
    .where(
      and(
        eq(cycles.ownerUnitId, cycle.ownerUnitId),
        eq(cycles.kind, cycle.kind),
        lt(cycles.endsOn, cycle.startsOn),
      ),
    )
    .orderBy(desc(cycles.endsOn))
    .limit(1);
  if (!prev) return [];
  const rows = await q
    .select({ personId: evaluationResults.personId, level: evaluationResults.decidedLevel })
    .from(evaluationResults)
    .innerJoin(assignments, eq(assignments.id, evaluationResults.assignmentId))
    .where(
      and(
        eq(assignments.cycleId, prev.id),
        eq(evaluationResults.quarter, 0),
        isNotNull(evaluationResults.finalizedAt),
        isNotNull(evaluationResults.decidedLevel),
        inArray(evaluationResults.personId, [...personIds]),
      ),
    )
    .orderBy(desc(evaluationResults.finalizedAt));
  const out: NonNullable<CycleDocument['previousResults']> = [];
  for (const personId of personIds) {
    const row = rows.find((r) => r.personId === personId);
    if (row?.level)
      out.push({
        personId,
        cycleId: prev.id,
        cycleName: prev.name,
        level: row.level as 'excellent' | 'good' | 'completed' | 'not_completed',
      });
  }
  return out;
}
