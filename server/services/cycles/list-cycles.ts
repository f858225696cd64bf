import {
  currentPolicy,
  findCycle,
  listCyclesWithOwners,
  policyHistory,
} from '../../db/repositories/cycles.ts';
import { notFound } from '../../domain/app-error.ts';
import { canAssignFrom, canManageCycle, canSeeCycle } from '../../domain/assignment-access.ts';
import { isInSubtree } from '../../domain/org-tree.ts';
import type { ServiceContext } from '../context.ts';

type Found = NonNullable<Awaited<ReturnType<typeof findCycle>>>;

async function withPolicy(ctx: ServiceContext, f: Found) {
  const policy = (await currentPolicy(ctx.db, f.cycle.id))!;
  const assignsInside = ctx.actor.grants.some(
    (g) => g.role === 'assigner' && isInSubtree({ path: g.unitPath }, f.owner),
  );
  return {
    ...f,
    policy,
    abilities: {
      managePolicy: canManageCycle(ctx.actor, f.owner),
      createAssignment:
        canAssignFrom(ctx.actor, f.owner) ||
        assignsInside ||
        ctx.actor.grants.some((g) => g.role === 'head' || g.role === 'delegate'),
    },
  };
}

/** Cycles the caller can see, newest first, each with its policy in force. */
export async function listCycles(ctx: ServiceContext) {
  const rows = (await listCyclesWithOwners(ctx.db)).filter((r) => canSeeCycle(ctx.actor, r.owner));
  return Promise.all(rows.map((r) => withPolicy(ctx, r)));
}

/** One cycle with its policy in force and the policy's version history. */
export async function getCycle(ctx: ServiceContext, id: string) {
  const found = await findCycle(ctx.db, id);
  if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
  return { ...(await withPolicy(ctx, found)), history: await policyHistory(ctx.db, id) };
}
