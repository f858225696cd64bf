import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { supportCommitments } from '../../db/schema/index.ts';
import { orThrow, providerRefusal } from '../../domain/execution/support.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { lockCommitment } from './commitment-row.ts';

/**
 * The assigner names the functional agency responsible for a commitment (its
 * supporters then record it), or clears it: the assigning body owes it itself.
 */
export async function setSupportProvider(
  ctx: ServiceContext,
  id: string,
  input: { version: number; providerUnitId: string | null },
) {
  return ctx.db.transaction(async (tx) => {
    const { scope, row: before } = await lockCommitment(ctx, tx, id);
    const provider = input.providerUnitId ? await findUnit(tx, input.providerUnitId) : null;
    orThrow(providerRefusal(scope.rolesFor(null), scope.state, provider));
    assertVersion(before, input.version);
    const [row] = await tx
      .update(supportCommitments)
      .set({ providerUnitId: input.providerUnitId, version: sql`${supportCommitments.version} + 1` })
      .where(eq(supportCommitments.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'support_commitment.provider',
      entityType: 'support_commitment',
      entityId: id,
      before,
      after: row,
    });
    return row!;
  });
}
