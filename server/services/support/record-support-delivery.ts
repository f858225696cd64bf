import { eq, sql } from 'drizzle-orm';
import type { RecordCommitmentStateInput } from '../../../contracts/support.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { supportCommitments, supportDeliveries } from '../../db/schema/index.ts';
import { commitmentChangeRefusal, orThrow, recordRefusal } from '../../domain/execution/support.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { lockCommitment } from './commitment-row.ts';

/**
 * The assigner, or the supporter of the agency named as provider, records where a
 * support commitment stands (due, delivered, late). Each change appends to the
 * commitment's history and moves its version, with one audit event.
 */
export async function recordSupportDelivery(
  ctx: ServiceContext,
  id: string,
  input: RecordCommitmentStateInput,
) {
  const today = vietnamDate(ctx.clock());
  return ctx.db.transaction(async (tx) => {
    const { scope, row: before, roles } = await lockCommitment(ctx, tx, id);
    orThrow(recordRefusal(roles, scope.state));
    assertVersion(before, input.version);
    const deliveredOn = input.deliveredOn ?? null;
    orThrow(commitmentChangeRefusal({ dueOn: before.dueOn }, { state: input.state, deliveredOn }, today));
    const [delivery] = await tx
      .insert(supportDeliveries)
      .values({
        commitmentId: id,
        state: input.state,
        deliveredOn,
        note: input.note ?? null,
        recordedBy: ctx.actor.userId,
      })
      .returning();
    const [row] = await tx
      .update(supportCommitments)
      .set({ state: input.state, deliveredOn, version: sql`${supportCommitments.version} + 1` })
      .where(eq(supportCommitments.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'support_commitment.record',
      entityType: 'support_commitment',
      entityId: id,
      before,
      after: { commitment: row, delivery },
    });
    return row!;
  });
}
