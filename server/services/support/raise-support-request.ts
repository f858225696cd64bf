import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { RaiseSupportRequestInput } from '../../../contracts/support.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { supportRequests, tasks } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import {
  defaultResponseDue,
  orThrow,
  raiseRefusal,
  responseDueRefusal,
  routingRefusal,
} from '../../domain/execution/support.ts';
import type { ServiceContext } from '../context.ts';
import { loadSupportScope } from './scope.ts';

/**
 * The head (or a delegate, recorded on the head's behalf) raises an obstacle, a request
 * for direction, a proposal or a resource request on a task, to the assigning body or
 * to a functional agency, with a response deadline (default ten days).
 */
export async function raiseSupportRequest(ctx: ServiceContext, input: RaiseSupportRequestInput) {
  const today = vietnamDate(ctx.clock());
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ assignmentId: tasks.assignmentId })
      .from(tasks)
      .where(eq(tasks.id, input.taskId));
    if (!found) throw notFound('task');
    // The assignment's lock first (adjustments cancel tasks under it), then the task as it now stands.
    const scope = await loadSupportScope(ctx, tx, found.assignmentId, true);
    if (!scope.canRead) throw notFound('task');
    const [task] = await tx.select().from(tasks).where(eq(tasks.id, input.taskId));
    orThrow(
      raiseRefusal({
        roles: scope.rolesFor(null),
        assignmentState: scope.state,
        taskCancelled: task!.cancelledOn !== null,
      }),
    );
    const agencyUnitId = input.agencyUnitId ?? null;
    const agency = agencyUnitId ? await findUnit(tx, agencyUnitId) : undefined;
    orThrow(routingRefusal({ routedTo: input.routedTo, agencyUnitId }, agency, scope.assigneeUnit.id));
    const responseDue = input.responseDue ?? defaultResponseDue(today);
    orThrow(responseDueRefusal(today, responseDue));
    const auditCtx = await scope.auditCtx();
    const [row] = await tx
      .insert(supportRequests)
      .values({
        id: randomUUID(),
        taskId: task!.id,
        assignmentId: scope.assignment.id,
        kind: input.kind,
        subject: input.subject,
        body: input.body,
        routedTo: input.routedTo,
        routedToUnitId: input.routedTo === 'agency' ? agencyUnitId! : scope.assigningUnit.id,
        raisedOn: today,
        responseDue,
        raisedBy: ctx.actor.userId,
        onBehalfOf: auditCtx.onBehalfOfUserId ?? null,
      })
      .returning();
    await appendAudit(tx, auditCtx, {
      action: 'support_request.raise',
      entityType: 'support_request',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}
