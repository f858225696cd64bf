import { appendAudit } from '../../db/audit-log.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { posts } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canManagePosts } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';

/** Creates a post in a unit (e.g. "Bí thư Đảng ủy xã"); `isHead` marks the head's post. */
export async function createPost(
  ctx: ServiceContext,
  input: { unitId: string; title: string; isHead?: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const unit = await findUnit(tx, input.unitId, true);
    if (!unit) throw notFound('unit');
    denyUnless(canManagePosts(ctx.actor, unit), ctx.actor, unit, 'unit');
    if (unit.closedOn) throw new AppError('unit_closed', {}, [{ field: 'unitId', code: 'unit_closed' }]);
    const [row] = await tx
      .insert(posts)
      .values({ unitId: unit.id, title: input.title, isHead: input.isHead ?? false })
      .returning();
    await appendAudit(tx, ctx, { action: 'post.create', entityType: 'post', entityId: row.id, after: row });
    return row;
  });
}
