/**
 * Who sits on a council and whom they score: the members with the units they belong to
 * (posts in force on the opening day, and their scoring account's grants), the cohort of
 * heads the assigning unit assigned in the cycle, and each head's recused members.
 */
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { grantsOfUsers } from '../../db/repositories/users.ts';
import {
  assignments,
  councilMembers,
  type councils,
  people,
  posts,
  postTerms,
  units,
} from '../../db/schema/index.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { termAt } from '../../domain/posts.ts';
import { COHORT_STATES, type RecusalReason, recusalReason } from './rules.ts';

export type CouncilRow = typeof councils.$inferSelect;
type UnitRef = { id: string; path: string };

export interface RosterMember {
  id: string;
  personId: string;
  fullName: string;
  userId: string | null;
  role: 'chair' | 'member';
  position: number;
  /** Units the member belongs to, for recusal. */
  units: UnitRef[];
}

export interface CohortHead {
  assignment: typeof assignments.$inferSelect;
  unit: { id: string; name: string; code: string; path: string };
  /** The holder of the head post on the opening day (else the latest before it). */
  head: { personId: string; fullName: string } | null;
  recused: { memberId: string; reason: RecusalReason }[];
}

const inForceOn = (date: IsoDate) =>
  and(lte(postTerms.startOn, date), or(isNull(postTerms.endOn), gte(postTerms.endOn, date)));

/** The council's members in their order, with the units each belongs to on `asOf`. */
export async function loadMembers(q: Queryable, councilId: string, asOf: IsoDate): Promise<RosterMember[]> {
  const rows = await q
    .select({ member: councilMembers, fullName: people.fullName })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(asc(councilMembers.position));
  if (rows.length === 0) return [];
  const postUnits = await q
    .select({ personId: postTerms.personId, id: units.id, path: units.path })
    .from(postTerms)
    .innerJoin(posts, eq(posts.id, postTerms.postId))
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(
      and(
        inArray(
          postTerms.personId,
          rows.map((r) => r.member.personId),
        ),
        inForceOn(asOf),
      ),
    );
  const accounts = rows.map((r) => r.member.userId).filter((id): id is string => !!id);
  const grantUnits = await grantsOfUsers(q, accounts);
  return rows.map(({ member, fullName }) => ({
    id: member.id,
    personId: member.personId,
    fullName,
    userId: member.userId,
    role: member.role as RosterMember['role'],
    position: member.position,
    units: [
      ...postUnits.filter((p) => p.personId === member.personId).map(({ id, path }) => ({ id, path })),
      ...(member.userId ? (grantUnits.get(member.userId) ?? []) : []),
    ],
  }));
}

/** Holders of the given head posts on `asOf` (else the latest term begun before it). */
async function headsOf(q: Queryable, postIds: string[], asOf: IsoDate) {
  const map = new Map<string, { personId: string; fullName: string }>();
  if (postIds.length === 0) return map;
  const terms = await q
    .select({
      postId: postTerms.postId,
      personId: postTerms.personId,
      fullName: people.fullName,
      startOn: postTerms.startOn,
      endOn: postTerms.endOn,
    })
    .from(postTerms)
    .innerJoin(people, eq(people.id, postTerms.personId))
    .where(and(inArray(postTerms.postId, postIds), lte(postTerms.startOn, asOf)))
    .orderBy(asc(postTerms.startOn));
  for (const postId of new Set(terms.map((t) => t.postId))) {
    const own = terms.filter((t) => t.postId === postId);
    const holder = termAt(own, asOf) ?? own.at(-1);
    if (holder) map.set(postId, { personId: holder.personId, fullName: holder.fullName });
  }
  return map;
}

const collator = new Intl.Collator('vi');

/** The heads the council scores: assignments of its unit in its cycle that were committed, by unit name. */
export async function loadCohort(
  q: Queryable,
  council: Pick<CouncilRow, 'cycleId' | 'assigningUnitId' | 'opensOn'>,
  members: readonly RosterMember[],
  assignmentId?: string,
): Promise<CohortHead[]> {
  const rows = await q
    .select({ assignment: assignments, unit: units })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
    .where(
      and(
        eq(assignments.cycleId, council.cycleId),
        eq(assignments.assigningUnitId, council.assigningUnitId),
        inArray(assignments.state, [...COHORT_STATES]),
        assignmentId ? eq(assignments.id, assignmentId) : undefined,
      ),
    );
  const heads = await headsOf(
    q,
    rows.map((r) => r.assignment.headPostId),
    council.opensOn,
  );
  return rows
    .map(({ assignment, unit }) => {
      const head = heads.get(assignment.headPostId) ?? null;
      const unitRef = { id: unit.id, name: unit.name, code: unit.code, path: unit.path };
      const recused = members.flatMap((m) => {
        const reason = recusalReason(m, { personId: head?.personId ?? null, unit: unitRef });
        return reason ? [{ memberId: m.id, reason }] : [];
      });
      return { assignment, unit: unitRef, head, recused };
    })
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name));
}

/** Members and cohort together. */
export async function loadRoster(q: Queryable, council: CouncilRow) {
  const members = await loadMembers(q, council.id, council.opensOn);
  const cohort = await loadCohort(q, council, members);
  return { members, cohort };
}
