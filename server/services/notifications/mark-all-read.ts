import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/** Marks every unread notification of the caller read; returns how many changed. */
export async function markAllNotificationsRead(ctx: ServiceContext): Promise<number> {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock() })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
