import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import type { Queryable } from '../client.ts';
import { assignments, councils, cycles, policyVersions, scoreSheets, units } from '../schema/index.ts';

export type CycleRow = typeof cycles.$inferSelect;

/** One cycle with its owner unit, optionally locked. */
export async function findCycle(q: Queryable, id: string, forUpdate = false) {
  const query = q
    .select({ cycle: cycles, owner: units })
    .from(cycles)
    .innerJoin(units, eq(units.id, cycles.ownerUnitId))
    .where(eq(cycles.id, id));
  const [row] = forUpdate ? await query.for('update', { of: cycles }) : await query;
  return row;
}

/** The policy version in force for a cycle (the highest). */
export async function currentPolicy(q: Queryable, cycleId: string) {
  const [row] = await q
    .select()
    .from(policyVersions)
    .where(eq(policyVersions.cycleId, cycleId))
    .orderBy(desc(policyVersions.version))
    .limit(1);
  return row ? { ...row, params: row.params as ScoringPolicy } : undefined;
}

/** Every policy version of a cycle, newest first. */
export async function policyHistory(q: Queryable, cycleId: string) {
  return q
    .select()
    .from(policyVersions)
    .where(eq(policyVersions.cycleId, cycleId))
    .orderBy(desc(policyVersions.version));
}

/** All cycles with their owners, newest first (callers filter by visibility; cycles are few). */
export async function listCyclesWithOwners(q: Queryable) {
  return q
    .select({ cycle: cycles, owner: units })
    .from(cycles)
    .innerJoin(units, eq(units.id, cycles.ownerUnitId))
    .orderBy(desc(cycles.startsOn));
}

/**
 * True once scoring has started in the cycle (the policy is then frozen): a council member
 * saved a score sheet, or an assignment was already scored.
 */
export async function cycleHasScores(q: Queryable, cycleId: string): Promise<boolean> {
  const sheets = await q
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .innerJoin(councils, eq(councils.id, scoreSheets.councilId))
    .where(eq(councils.cycleId, cycleId))
    .limit(1);
  if (sheets.length > 0) return true;
  const rows = await q
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.cycleId, cycleId), inArray(assignments.state, ['scored', 'finalized'])))
    .limit(1);
  return rows.length > 0;
}

/** True once any assignment of the cycle has left draft (its weights were checked against R). */
export async function cycleHasIssued(q: Queryable, cycleId: string): Promise<boolean> {
  const rows = await q
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.cycleId, cycleId), ne(assignments.state, 'draft')))
    .limit(1);
  return rows.length > 0;
}
