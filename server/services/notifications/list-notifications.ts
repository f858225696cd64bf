import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Locale } from '../../../contracts/errors.ts';
import type { NotificationDto } from '../../../contracts/notifications.ts';
import { NOTIFICATION_LIMITS } from '../../../contracts/notifications.ts';
import type { Queryable } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';
import { type NotificationParams, notificationText } from '../../jobs/notification-text.ts';
import type { ServiceContext } from '../context.ts';

type NotificationRow = typeof notifications.$inferSelect;

/** A stored notification with its title, body and link in the caller's language. */
export function presentNotification(row: NotificationRow, locale: Locale): NotificationDto {
  const text = notificationText(
    {
      kind: row.kind,
      params: row.params as NotificationParams,
      entityType: row.entityType,
      entityId: row.entityId,
    },
    locale,
  );
  return {
    id: row.id,
    kind: row.kind,
    ...text,
    entityType: row.entityType,
    entityId: row.entityId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** How many of the user's notifications are unread (the bell's badge). */
export async function unreadCount(q: Queryable, userId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** The caller's own notifications, newest first (only the unread ones when asked), and the unread count. */
export async function listNotifications(
  ctx: ServiceContext,
  options: { unreadOnly?: boolean; limit?: number } = {},
) {
  const mine = eq(notifications.userId, ctx.actor.userId);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(options.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit ?? NOTIFICATION_LIMITS.defaultPage);
  return {
    items: rows.map((r) => presentNotification(r, ctx.locale)),
    unreadCount: await unreadCount(ctx.db, ctx.actor.userId),
  };
}
