import { eq, sql } from 'drizzle-orm';
import type { SupportRequestState, SupportRoute } from '../../../contracts/support.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { supportRequests } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { orThrow, respondRefusal } from '../../domain/execution/support.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { assertCanReadRequest, loadSupportScope } from './scope.ts';

/**
 * The agency's supporter (routed to an agency), or the assigner (routed to the assigner,
 * or escalated past its deadline) answers an open request once, saying whether the
 * answer resolved the matter. A closed request refuses a second answer (409).
 */
export async function respondToSupportRequest(
  ctx: ServiceContext,
  id: string,
  input: { version: number; response: string; resolved: boolean },
) {
  const today = vietnamDate(ctx.clock());
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(supportRequests).where(eq(supportRequests.id, id)).for('update');
    if (!before) throw notFound('support_request');
    const scope = await loadSupportScope(ctx, tx, before.assignmentId);
    const roles = assertCanReadRequest(scope, before);
    const facts = {
      state: before.state as SupportRequestState,
      routedTo: before.routedTo as SupportRoute,
      responseDue: before.responseDue,
      escalatedOn: before.escalatedOn,
    };
    // Closed before stale: a second answer is told the request is closed, whatever version it sends.
    orThrow(respondRefusal(facts, roles, today));
    assertVersion(before, input.version);
    const [row] = await tx
      .update(supportRequests)
      .set({
        state: 'answered',
        response: input.response,
        resolved: input.resolved,
        respondedOn: today,
        respondedBy: ctx.actor.userId,
        version: sql`${supportRequests.version} + 1`,
      })
      .where(eq(supportRequests.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'support_request.respond',
      entityType: 'support_request',
      entityId: id,
      before,
      after: row,
    });
    return row!;
  });
}
