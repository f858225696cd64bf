import { eq, sql } from 'drizzle-orm';
import type { SupportRequestState } from '../../../contracts/support.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { supportRequests } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { orThrow, withdrawRefusal } from '../../domain/execution/support.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { assertCanReadRequest, loadSupportScope } from './scope.ts';

/** The head (or a delegate, on the head's behalf) withdraws an open request; the reason goes to the audit trail. */
export async function withdrawSupportRequest(
  ctx: ServiceContext,
  id: string,
  input: { version: number; reason?: string | null },
) {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(supportRequests).where(eq(supportRequests.id, id)).for('update');
    if (!before) throw notFound('support_request');
    const scope = await loadSupportScope(ctx, tx, before.assignmentId);
    const roles = assertCanReadRequest(scope, before);
    orThrow(withdrawRefusal({ state: before.state as SupportRequestState }, roles));
    assertVersion(before, input.version);
    const [row] = await tx
      .update(supportRequests)
      .set({ state: 'withdrawn', version: sql`${supportRequests.version} + 1` })
      .where(eq(supportRequests.id, id))
      .returning();
    await appendAudit(tx, await scope.auditCtx(), {
      action: 'support_request.withdraw',
      entityType: 'support_request',
      entityId: id,
      before,
      after: { ...row, reason: input.reason ?? null },
    });
    return row!;
  });
}
