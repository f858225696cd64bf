import { eq } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import { supportRequests } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { requestView } from './request-views.ts';
import { assertCanReadRequest, loadSupportScope } from './scope.ts';

/** One support request with its abilities; 404 for anyone its routing and the caller's roles do not reach. */
export async function getSupportRequest(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db.select().from(supportRequests).where(eq(supportRequests.id, id));
  if (!row) throw notFound('support_request');
  assertCanReadRequest(await loadSupportScope(ctx, ctx.db, row.assignmentId), row);
  return requestView(ctx.db, id, { actor: ctx.actor, today: vietnamDate(ctx.clock()) });
}
