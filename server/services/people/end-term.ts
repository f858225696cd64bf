import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { findPost, findTerm } from '../../db/repositories/posts.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { postTerms } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { canManagePosts } from '../../domain/permissions.ts';
import { assertCanEndTerm } from '../../domain/posts.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion, denyUnless } from '../guards.ts';

/** Ends a person's term in a post on a date (inclusive); the term stays in their history. */
export async function endTerm(
  ctx: ServiceContext,
  termId: string,
  input: { version: number; endOn: string },
) {
  return ctx.db.transaction(async (tx) => {
    const term = await findTerm(tx, termId, true);
    if (!term) throw notFound('term');
    const post = (await findPost(tx, term.postId))!;
    const unit = (await findUnit(tx, post.unitId))!;
    denyUnless(canManagePosts(ctx.actor, unit), ctx.actor, unit, 'term');
    assertVersion(term, input.version);
    assertCanEndTerm(term, input.endOn);
    const [row] = await tx
      .update(postTerms)
      .set({ endOn: input.endOn, version: sql`${postTerms.version} + 1` })
      .where(eq(postTerms.id, termId))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'post.end_term',
      entityType: 'post_term',
      entityId: termId,
      before: term,
      after: row,
    });
    return row;
  });
}
