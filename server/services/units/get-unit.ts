import { asc, eq } from 'drizzle-orm';
import { vnDate } from '../../clock.ts';
import { listPostsWithTerms, nearestHeadPost } from '../../db/repositories/posts.ts';
import { countSubtree, findAncestors, findUnit } from '../../db/repositories/units.ts';
import { unitEvents } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { canReadUnit } from '../../domain/permissions.ts';
import { termAt } from '../../domain/posts.ts';
import type { ServiceContext } from '../context.ts';

/** A unit's page: breadcrumbs, posts with their holders over time, the head today, and its lineage. */
export async function getUnit(ctx: ServiceContext, id: string, date = vnDate(ctx.clock())) {
  const unit = await findUnit(ctx.db, id);
  if (!unit || !canReadUnit(ctx.actor, unit)) throw notFound('unit');
  const [ancestors, posts, events, subtreeSize] = await Promise.all([
    findAncestors(ctx.db, unit),
    listPostsWithTerms(ctx.db, id),
    ctx.db
      .select()
      .from(unitEvents)
      .where(eq(unitEvents.unitId, id))
      .orderBy(asc(unitEvents.effectiveOn), asc(unitEvents.createdAt)),
    countSubtree(ctx.db, unit.path),
  ]);
  // A territorial unit (a commune) has no head post of its own: its head sits in the Party committee below it.
  let headPost = posts.find((p) => p.isHead);
  if (!headPost) {
    const nearest = await nearestHeadPost(ctx.db, unit);
    if (nearest)
      headPost = (await listPostsWithTerms(ctx.db, nearest.unitId)).find((p) => p.id === nearest.id);
  }
  const headTerm = headPost ? termAt(headPost.terms, date) : undefined;
  const head =
    headPost && headTerm
      ? {
          personId: headTerm.personId,
          fullName: headTerm.personName,
          postId: headPost.id,
          postTitle: headPost.title,
          since: headTerm.startOn,
        }
      : null;
  return {
    unit,
    ancestors: ancestors.map((a) => ({ ...a, readable: canReadUnit(ctx.actor, a) })),
    posts,
    events,
    head,
    subtreeSize,
  };
}
