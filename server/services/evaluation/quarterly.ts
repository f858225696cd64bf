/**
 * Quarterly evaluation (Kết luận 198-KL/TW): the same rules on the tasks whose deadline in
 * force falls in the quarter, as a provisional result stored under the quarter's number,
 * which never replaces the annual one. No council sits during the year, so the system's
 * proposals stand in for members' task scores (see load-cohort.ts).
 */
import { and, eq } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { currentPolicy, findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { councils } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { hasRoleOn } from '../../domain/permissions.ts';
import type { Period } from '../../domain/scoring/evaluate.ts';
import type { ServiceContext } from '../context.ts';
import { getQuarterlyResults } from '../results/get-results.ts';
import { computeCohort, storeProposals } from './compute-cohort.ts';
import { holdsExact, isMemberActor, loadMembers } from './council-access.ts';
import { loadCohort } from './load-cohort.ts';

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar quarter N of a year cycle, clipped to the cycle; null when the cycle has no such quarter. */
export function quarterPeriod(
  cycle: { kind: string; startsOn: string; endsOn: string },
  quarter: number,
): Period | null {
  if (cycle.kind !== 'year' || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
  const year = Number(cycle.startsOn.slice(0, 4));
  const first = 3 * quarter - 2;
  const from = `${year}-${pad(first)}-01`;
  const to = `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`;
  const clipped = {
    from: from < cycle.startsOn ? cycle.startsOn : from,
    to: to > cycle.endsOn ? cycle.endsOn : to,
  };
  return clipped.from <= clipped.to ? clipped : null;
}

export interface CohortRef {
  cycleId: string;
  assigningUnitId: string;
  quarter: number;
}

/** A cohort's cycle, policy, council (if formed) and the caller's roles on its results. */
export async function loadCohortAccess(ctx: ServiceContext, q: Queryable, ref: CohortRef) {
  const found = await findCycle(q, ref.cycleId);
  const assigningUnit = await findUnit(q, ref.assigningUnitId);
  if (!found || !assigningUnit) throw notFound(found ? 'unit' : 'cycle');
  const policy = (await currentPolicy(q, ref.cycleId))!.params;
  const [council] = await q
    .select()
    .from(councils)
    .where(and(eq(councils.cycleId, ref.cycleId), eq(councils.assigningUnitId, ref.assigningUnitId)));
  const members = council ? await loadMembers(q, council.id) : [];
  const isAssigner = holdsExact(ctx.actor, 'assigner', assigningUnit.id);
  const isAdmin = hasRoleOn(ctx.actor, assigningUnit, ['admin']);
  const isMember = members.some((m) => isMemberActor(ctx.actor, m));
  if (!isAssigner && !isAdmin && !isMember) throw notFound('cycle');
  return { cycle: found.cycle, policy, assigningUnit, council: council ?? null, isAssigner };
}

/** Computes and stores a quarter's provisional results for the cohort; returns the table. */
export async function evaluateQuarter(ctx: ServiceContext, ref: CohortRef) {
  await ctx.db.transaction(async (tx) => {
    const a = await loadCohortAccess(ctx, tx, ref);
    if (!a.isAssigner) throw new AppError('forbidden');
    const today = vietnamDate(ctx.clock());
    const period = quarterPeriod(a.cycle, ref.quarter);
    if (!period || today < period.from) throw new AppError('quarter_not_available', { quarter: ref.quarter });
    const cohort = await loadCohort(
      tx,
      {
        cycleId: ref.cycleId,
        assigningUnitId: ref.assigningUnitId,
        councilId: null,
        asOf: today,
        headsOn: [today, period.to].sort()[0],
        quarter: ref.quarter,
      },
      a.policy,
    );
    const computed = computeCohort(cohort, a.policy, period, ref.quarter);
    await storeProposals(tx, ctx, computed, ref.quarter);
  });
  return getQuarterlyResults(ctx, ref);
}
