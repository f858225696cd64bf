import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { currentPolicy, cycleHasIssued, cycleHasScores, findCycle } from '../../db/repositories/cycles.ts';
import { cycles, policyVersions } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canManageCycle, canSeeCycle } from '../../domain/assignment-access.ts';
import { policyPreset, type ScoringPolicy, validatePolicy } from '../../domain/scoring/policy.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';

/**
 * Saves a new version of a cycle's scoring policy: a preset, optionally with
 * changed parameters. Refused once the cycle's first score exists; every
 * version is kept.
 */
export async function updatePolicy(
  ctx: ServiceContext,
  cycleId: string,
  input: {
    version: number;
    preset: 'qd366' | 'product-only';
    changes?: Partial<ScoringPolicy>;
    note?: string | null;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const found = await findCycle(tx, cycleId, true);
    if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
    if (!canManageCycle(ctx.actor, found.owner)) throw new AppError('forbidden');
    assertVersion(found.cycle, input.version);
    if (await cycleHasScores(tx, cycleId)) throw new AppError('policy_locked');
    const previous = await currentPolicy(tx, cycleId);
    const nextVersion = (previous?.version ?? 0) + 1;
    const params: ScoringPolicy = {
      ...policyPreset(input.preset),
      ...input.changes,
      id: input.preset,
      version: nextVersion,
    };
    // Issued assignments were checked against R and the general part: those stay fixed for the cycle.
    const structural = (x: ScoringPolicy) =>
      [x.resultsPart, ...x.generalCriteria.map((c) => `${c.key}:${c.max}`)].join('|');
    if (
      previous &&
      structural(previous.params) !== structural(params) &&
      (await cycleHasIssued(tx, cycleId))
    ) {
      throw new AppError('policy_locked', {}, [{ field: 'changes.resultsPart', code: 'policy_locked' }]);
    }
    const problems = validatePolicy(params);
    if (problems.length) {
      throw new AppError(
        'policy_invalid',
        { count: problems.length },
        problems.map((p) => ({ field: `changes.${p.field}`, code: p.code })),
      );
    }
    const [pv] = await tx
      .insert(policyVersions)
      .values({
        cycleId,
        version: nextVersion,
        preset: input.preset,
        params,
        note: input.note ?? null,
        createdBy: ctx.actor.userId || null,
      })
      .returning();
    const [cycle] = await tx
      .update(cycles)
      .set({ version: sql`${cycles.version} + 1` })
      .where(eq(cycles.id, cycleId))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'cycle.policy',
      entityType: 'cycle',
      entityId: cycleId,
      before: previous ?? null,
      after: pv,
    });
    return { cycle, policy: pv };
  });
}
