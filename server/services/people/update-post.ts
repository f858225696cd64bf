import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { findPost } from '../../db/repositories/posts.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { posts } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { canManagePosts } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion, denyUnless } from '../guards.ts';

/** Renames a post or changes whether it is the head's post. */
export async function updatePost(
  ctx: ServiceContext,
  id: string,
  input: { version: number; title?: string; isHead?: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const post = await findPost(tx, id, true);
    if (!post) throw notFound('post');
    const unit = (await findUnit(tx, post.unitId))!;
    denyUnless(canManagePosts(ctx.actor, unit), ctx.actor, unit, 'post');
    assertVersion(post, input.version);
    const [row] = await tx
      .update(posts)
      .set({
        title: input.title ?? post.title,
        isHead: input.isHead ?? post.isHead,
        version: sql`${posts.version} + 1`,
      })
      .where(eq(posts.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'post.update',
      entityType: 'post',
      entityId: id,
      before: post,
      after: row,
    });
    return row;
  });
}
