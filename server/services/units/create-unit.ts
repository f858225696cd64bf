import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit-log.ts';
import { lockTree } from '../../db/locks.ts';
import { codeTaken, findUnit } from '../../db/repositories/units.ts';
import { unitEvents, units } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { assertCanCreateUnder, childPath } from '../../domain/org-tree.ts';
import { canCreateUnitUnder } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';

export type CreateUnitInput = {
  kind: string;
  code: string;
  name: string;
  shortName?: string | null;
  parentId: string | null;
  openedOn: string;
};

/** Creates a unit under a parent (or a new root), recording its lineage event and audit event. */
export async function createUnit(ctx: ServiceContext, input: CreateUnitInput) {
  return ctx.db.transaction(async (tx) => {
    // Paths are materialized: every writer of a path takes the tree lock, so a move never misses a new descendant.
    await lockTree(tx);
    const parent = input.parentId ? ((await findUnit(tx, input.parentId, true)) ?? null) : null;
    if (input.parentId && !parent) throw notFound('unit');
    if (parent) denyUnless(canCreateUnitUnder(ctx.actor, parent), ctx.actor, parent, 'unit');
    else if (!canCreateUnitUnder(ctx.actor, null)) throw new AppError('forbidden');
    assertCanCreateUnder(parent, input.openedOn);
    if (await codeTaken(tx, input.code)) {
      throw new AppError('duplicate_code', { code: input.code }, [{ field: 'code', code: 'duplicate_code' }]);
    }
    const id = randomUUID();
    const [row] = await tx
      .insert(units)
      .values({
        id,
        kind: input.kind,
        code: input.code,
        name: input.name,
        shortName: input.shortName ?? null,
        parentId: parent?.id ?? null,
        path: childPath(parent, id),
        depth: parent ? parent.depth + 1 : 0,
        openedOn: input.openedOn,
      })
      .returning();
    await tx
      .insert(unitEvents)
      .values({ unitId: id, kind: 'created', effectiveOn: input.openedOn, details: { name: input.name } });
    await appendAudit(tx, ctx, { action: 'unit.create', entityType: 'unit', entityId: id, after: row });
    return row;
  });
}
