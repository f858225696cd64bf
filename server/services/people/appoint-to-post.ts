import { appendAudit } from '../../db/audit-log.ts';
import { findPost, termsOfPost } from '../../db/repositories/posts.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { postTerms } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { canManagePosts } from '../../domain/permissions.ts';
import { assertTermFits } from '../../domain/posts.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';
import { findVisiblePerson } from './person-access.ts';

export type AppointInput = {
  personId: string;
  startOn: string;
  endOn?: string | null;
  decisionRef?: string | null;
};

/** Gives a post to a person from a date; terms of one post never overlap (the post row is locked while checking). */
export async function appointToPost(ctx: ServiceContext, postId: string, input: AppointInput) {
  return ctx.db.transaction(async (tx) => {
    const post = await findPost(tx, postId, true);
    if (!post) throw notFound('post');
    const unit = (await findUnit(tx, post.unitId))!;
    denyUnless(canManagePosts(ctx.actor, unit), ctx.actor, unit, 'post');
    const person = await findVisiblePerson(ctx, tx, input.personId);
    const candidate = { startOn: input.startOn, endOn: input.endOn ?? null };
    assertTermFits(candidate, await termsOfPost(tx, postId));
    const [row] = await tx
      .insert(postTerms)
      .values({ postId, personId: person.id, ...candidate, decisionRef: input.decisionRef ?? null })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'post.appoint',
      entityType: 'post_term',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
