import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { councils } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadCouncilAccess } from './access.ts';
import { assertScoringOpen } from './rules.ts';

/**
 * Closes the scoring window early (the chair, or the assigner): no more scores, and the
 * members' sheets are disclosed. Only while the window is open.
 */
export async function closeCouncil(ctx: ServiceContext, id: string, input: { version: number }) {
  return ctx.db.transaction(async (tx) => {
    const a = await loadCouncilAccess(ctx, tx, id, 'update');
    if (!a.isChair && !a.isAssigner) throw new AppError('forbidden');
    assertVersion(a.council, input.version);
    if (a.state === 'closed') throw new AppError('council_closed');
    assertScoringOpen(a.council, a.today);
    const [row] = await tx
      .update(councils)
      .set({ closedAt: ctx.clock(), version: sql`${councils.version} + 1` })
      .where(eq(councils.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'council.close',
      entityType: 'council',
      entityId: id,
      before: a.council,
      after: row,
    });
    return row;
  });
}
