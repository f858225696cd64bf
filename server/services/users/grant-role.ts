import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/roles.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { activeGrants, findUser } from '../../db/repositories/users.ts';
import { roleGrants } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canGrantOn, canManageUser, canManageUsers } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';

/** Grants a role on a unit (and its subtree when asked); only within units the granting admin reaches. */
export async function grantRole(
  ctx: ServiceContext,
  input: { userId: string; role: Role; unitId: string; includeSubtree?: boolean; note?: string | null },
) {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  return ctx.db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId, true);
    if (!user) throw notFound('user');
    const held = await activeGrants(tx, user.id);
    if (
      !canManageUser(
        ctx.actor,
        held.map((g) => ({ id: g.grant.unitId, path: g.unitPath })),
      )
    )
      throw notFound('user');
    const unit = await findUnit(tx, input.unitId);
    if (!unit) throw notFound('unit');
    if (!canGrantOn(ctx.actor, unit)) {
      throw new AppError('grant_outside_scope', {}, [{ field: 'unitId', code: 'grant_outside_scope' }]);
    }
    const [row] = await tx
      .insert(roleGrants)
      .values({
        userId: user.id,
        role: input.role,
        unitId: unit.id,
        includeSubtree: input.includeSubtree ?? false,
        note: input.note ?? null,
        grantedBy: ctx.actor.userId || null,
        grantedAt: ctx.clock(),
      })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'grant.create',
      entityType: 'role_grant',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

/** Revokes a grant (kept, dated, for the record). */
export async function revokeGrant(ctx: ServiceContext, id: string, input: { version: number }) {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
  return ctx.db.transaction(async (tx) => {
    const [grant] = await tx.select().from(roleGrants).where(eq(roleGrants.id, id)).for('update');
    if (!grant) throw notFound('grant');
    const unit = (await findUnit(tx, grant.unitId))!;
    if (!canGrantOn(ctx.actor, unit)) throw new AppError('grant_outside_scope');
    assertVersion(grant, input.version);
    if (grant.revokedAt) throw new AppError('grant_already_revoked');
    const [row] = await tx
      .update(roleGrants)
      .set({ revokedAt: ctx.clock(), version: sql`${roleGrants.version} + 1` })
      .where(eq(roleGrants.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'grant.revoke',
      entityType: 'role_grant',
      entityId: id,
      before: grant,
      after: row,
    });
    return row;
  });
}
