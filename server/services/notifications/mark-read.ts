import { and, eq, sql } from 'drizzle-orm';
import { notifications } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { presentNotification } from './list-notifications.ts';

/**
 * Marks one of the caller's notifications read (again: no change). Someone else's
 * answers 404, like one that does not exist. Read marks are personal state, not
 * records, so they are not audited (docs/decisions/009).
 */
export async function markNotificationRead(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${ctx.clock()})` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId)))
    .returning();
  if (!row) throw new AppError('notification_not_found');
  return presentNotification(row, ctx.locale);
}
