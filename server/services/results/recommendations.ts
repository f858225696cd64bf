/**
 * Personnel recommendations (SPEC §4 item 11): "not completed" → transfer or replacement;
 * "excellent" in this cycle and the immediately preceding one → commendation and
 * succession planning. Kept in step with the decided level (an appeal that changes it
 * withdraws what no longer holds); each is decided once by the assigning body.
 */
import { and, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { RECOMMENDATION_DECISIONS } from '../../../contracts/results.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import {
  assignments,
  cycles,
  evaluationResults,
  people,
  personnelRecommendations,
  units,
} from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canSeeCycle } from '../../domain/assignment-access.ts';
import { hasRoleOn } from '../../domain/permissions.ts';
import type { Level } from '../../domain/scoring/classify.ts';
import { recommendPersonnelActions } from '../../domain/scoring/recommendations.ts';
import type { ServiceContext } from '../context.ts';
import { holdsExact } from '../evaluation/council-access.ts';
import { assertVersion } from '../guards.ts';
import { totalText } from './present.ts';

type CycleRow = typeof cycles.$inferSelect;
type ResultRow = typeof evaluationResults.$inferSelect;

/** The person's final level in the cycle of the same kind and owner just before `cycle`. */
async function previousFinal(tx: Tx, cycle: CycleRow, personId: string) {
  const [prev] = await tx
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
  if (!prev) return null;
  const [row] = await tx
    .select({ level: evaluationResults.decidedLevel })
    .from(evaluationResults)
    .innerJoin(assignments, eq(assignments.id, evaluationResults.assignmentId))
    .where(
      and(
        eq(assignments.cycleId, prev.id),
        eq(evaluationResults.personId, personId),
        eq(evaluationResults.quarter, 0),
        isNotNull(evaluationResults.finalizedAt),
      ),
    )
    .orderBy(desc(evaluationResults.finalizedAt))
    .limit(1);
  return row?.level ? { cycleId: prev.id, cycleName: prev.name, level: row.level as Level } : null;
}

/** Creates the recommendations the decided level calls for and withdraws open ones it no longer supports. */
export async function syncRecommendations(tx: Tx, ctx: ServiceContext, result: ResultRow, cycle: CycleRow) {
  if (!result.decidedLevel || !result.personId || result.quarter !== 0) return;
  const previous = await previousFinal(tx, cycle, result.personId);
  const wanted = recommendPersonnelActions({
    level: result.decidedLevel as Level,
    cycleId: cycle.id,
    previous: previous ? { cycleId: previous.cycleId, level: previous.level } : null,
  });
  const existing = await tx
    .select()
    .from(personnelRecommendations)
    .where(eq(personnelRecommendations.resultId, result.id))
    .for('update');
  for (const rec of wanted) {
    if (existing.some((e) => e.kind === rec.kind && e.state !== 'withdrawn')) continue;
    const basis = {
      ...rec.reason,
      level: result.decidedLevel,
      total: totalText(result.total),
      cycleName: cycle.name,
      previous: previous && rec.kind === 'commend_and_plan' ? previous : null,
    };
    const prior = existing.find((e) => e.kind === rec.kind);
    const [row] = prior
      ? await tx
          .update(personnelRecommendations)
          .set({ state: 'open', basis, version: sql`${personnelRecommendations.version} + 1` })
          .where(eq(personnelRecommendations.id, prior.id))
          .returning()
      : await tx
          .insert(personnelRecommendations)
          .values({ resultId: result.id, personId: result.personId, kind: rec.kind, basis })
          .returning();
    await appendAudit(tx, ctx, {
      action: 'recommendation.create',
      entityType: 'personnel_recommendation',
      entityId: row.id,
      before: prior ?? null,
      after: row,
    });
  }
  for (const e of existing) {
    if (e.state !== 'open' || wanted.some((w) => w.kind === e.kind)) continue;
    const [row] = await tx
      .update(personnelRecommendations)
      .set({ state: 'withdrawn', version: sql`${personnelRecommendations.version} + 1` })
      .where(eq(personnelRecommendations.id, e.id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'recommendation.withdraw',
      entityType: 'personnel_recommendation',
      entityId: e.id,
      before: e,
      after: row,
    });
  }
}

function present(r: {
  rec: typeof personnelRecommendations.$inferSelect;
  headName: string | null;
  unitName: string;
  cycleId: string;
}) {
  return {
    id: r.rec.id,
    resultId: r.rec.resultId,
    personId: r.rec.personId,
    headName: r.headName ?? '',
    unitName: r.unitName,
    cycleId: r.cycleId,
    kind: r.rec.kind as 'transfer_or_replace' | 'commend_and_plan',
    basis: r.rec.basis as Record<string, unknown>,
    state: r.rec.state as 'open' | 'decided' | 'withdrawn',
    decision: (r.rec.decision as (typeof RECOMMENDATION_DECISIONS)[number] | null) ?? null,
    decisionNote: r.rec.decisionNote,
    decidedOn: r.rec.decidedOn,
    version: r.rec.version,
  };
}

const recommendationRows = (q: Tx | ServiceContext['db']) =>
  q
    .select({
      rec: personnelRecommendations,
      headName: people.fullName,
      unitName: units.name,
      cycleId: assignments.cycleId,
      assigningUnitId: assignments.assigningUnitId,
    })
    .from(personnelRecommendations)
    .innerJoin(evaluationResults, eq(evaluationResults.id, personnelRecommendations.resultId))
    .innerJoin(assignments, eq(assignments.id, evaluationResults.assignmentId))
    .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
    .leftJoin(people, eq(people.id, personnelRecommendations.personId));

/** GET /recommendations?cycleId=: those of the cohorts the caller assigns, or administers. */
export async function listRecommendations(ctx: ServiceContext, cycleId: string) {
  const found = await findCycle(ctx.db, cycleId);
  if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
  const rows = await recommendationRows(ctx.db).where(eq(assignments.cycleId, cycleId)).orderBy(units.code);
  const unitIds = [...new Set(rows.map((r) => r.assigningUnitId))];
  const assigning = unitIds.length
    ? await ctx.db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, unitIds))
    : [];
  const visible = new Set(
    assigning
      .filter((u) => holdsExact(ctx.actor, 'assigner', u.id) || hasRoleOn(ctx.actor, u, ['admin']))
      .map((u) => u.id),
  );
  return { items: rows.filter((r) => visible.has(r.assigningUnitId)).map(present) };
}

/** POST /recommendations/{id}/decide: the assigning body records its decision, once. */
export async function decideRecommendation(
  ctx: ServiceContext,
  id: string,
  input: { version: number; decision: (typeof RECOMMENDATION_DECISIONS)[number]; note?: string | null },
) {
  return ctx.db.transaction(async (tx) => {
    const [found] = await recommendationRows(tx).where(eq(personnelRecommendations.id, id));
    if (!found) throw new AppError('recommendation_not_found');
    const unit = (await findUnit(tx, found.assigningUnitId))!;
    if (!holdsExact(ctx.actor, 'assigner', unit.id)) {
      if (hasRoleOn(ctx.actor, unit, ['admin'])) throw new AppError('forbidden');
      throw new AppError('recommendation_not_found');
    }
    const [rec] = await tx
      .select()
      .from(personnelRecommendations)
      .where(eq(personnelRecommendations.id, id))
      .for('update');
    if (rec.state !== 'open')
      throw new AppError('recommendation_already_decided', { state: rec.decision ?? rec.state });
    assertVersion(rec, input.version);
    const [row] = await tx
      .update(personnelRecommendations)
      .set({
        state: 'decided',
        decision: input.decision,
        decisionNote: input.note?.trim() || null,
        decidedOn: vietnamDate(ctx.clock()),
        decidedBy: ctx.actor.userId,
        version: sql`${personnelRecommendations.version} + 1`,
      })
      .where(eq(personnelRecommendations.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'recommendation.decide',
      entityType: 'personnel_recommendation',
      entityId: id,
      before: rec,
      after: row,
    });
    return present({ ...found, rec: row });
  });
}
