import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { findPost, nearestHeadPost } from '../../db/repositories/posts.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { assignments } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../domain/app-error.ts';
import { canAssignFrom, canRegisterFor, canSeeCycle } from '../../domain/assignment-access.ts';
import { isInSubtree } from '../../domain/org-tree.ts';
import { canReadUnit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { onBehalfOfHead } from './load-context.ts';

export type CreateAssignmentInput = {
  cycleId: string;
  assigningUnitId: string;
  assigneeUnitId: string;
  headPostId?: string | null;
  title?: string | null;
  bottleneck?: string | null;
  registrationNote?: string | null;
};

/**
 * Starts an assignment in draft: by the assigner (drafting) or by the head or
 * their delegate (registering the targets they propose, with their bottleneck).
 */
export async function createAssignment(ctx: ServiceContext, input: CreateAssignmentInput) {
  return ctx.db.transaction(async (tx) => {
    const found = await findCycle(tx, input.cycleId);
    if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
    const assigning = await findUnit(tx, input.assigningUnitId);
    const assignee = await findUnit(tx, input.assigneeUnitId);
    if (!assigning || !assignee) throw notFound('unit');
    // Units the caller cannot read do not exist for them (404), whatever they try to do with them.
    if (!canReadUnit(ctx.actor, assignee) && !canAssignFrom(ctx.actor, assigning)) throw notFound('unit');
    const asAssigner = canAssignFrom(ctx.actor, assigning);
    if (!asAssigner && !canRegisterFor(ctx.actor, assignee)) throw new AppError('forbidden');
    if (
      !isInSubtree(assigning, found.owner) ||
      assignee.id === assigning.id ||
      !isInSubtree(assignee, assigning)
    ) {
      throw new AppError('assignee_not_under_assigner', {}, [
        { field: 'assigneeUnitId', code: 'assignee_not_under_assigner' },
      ]);
    }
    const post = input.headPostId
      ? await findPost(tx, input.headPostId)
      : await nearestHeadPost(tx, assignee);
    const postUnit = post ? await findUnit(tx, post.unitId) : undefined;
    if (!post || !postUnit || !isInSubtree(postUnit, assignee)) {
      throw new AppError('head_post_not_in_unit', {}, [
        { field: 'headPostId', code: 'head_post_not_in_unit' },
      ]);
    }
    const [existing] = await tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(
        and(
          eq(assignments.cycleId, found.cycle.id),
          eq(assignments.assigneeUnitId, assignee.id),
          eq(assignments.headPostId, post.id),
        ),
      );
    if (existing) throw new AppError('assignment_exists', { id: existing.id });
    const [row] = await tx
      .insert(assignments)
      .values({
        cycleId: found.cycle.id,
        assigningUnitId: assigning.id,
        assigneeUnitId: assignee.id,
        headPostId: post.id,
        title: input.title ?? null,
        bottleneck: input.bottleneck ?? null,
        registrationNote: input.registrationNote ?? null,
        registeredBy: asAssigner ? null : ctx.actor.userId,
      })
      .returning();
    const registeringDelegate =
      !asAssigner && !ctx.actor.grants.some((g) => g.role === 'head' && g.unitId === assignee.id);
    await appendAudit(tx, registeringDelegate ? await onBehalfOfHead(ctx, tx, assignee.id) : ctx, {
      action: asAssigner ? 'assignment.draft' : 'assignment.register',
      entityType: 'assignment',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
