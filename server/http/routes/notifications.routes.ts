import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../contracts/common.ts';
import {
  notificationListQuery,
  notificationListSchema,
  notificationSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../../contracts/notifications.ts';
import { listNotifications, unreadCount } from '../../services/notifications/list-notifications.ts';
import { markAllNotificationsRead } from '../../services/notifications/mark-all-read.ts';
import { markNotificationRead } from '../../services/notifications/mark-read.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['notifications'];

/** The caller's own in-app notifications: list, unread count, mark read. */
export function notificationRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary:
        'My notifications, newest first, with title and body in my language (unread only: ?unread=true)',
      request: { query: notificationListQuery },
      responses: { 200: jsonResponse(notificationListSchema, 'Notifications'), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const result = await listNotifications(serviceContext(c, deps), {
        unreadOnly: q.unread === 'true',
        limit: q.limit,
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/unread-count',
      tags,
      summary: 'How many of my notifications are unread',
      responses: { 200: jsonResponse(unreadCountSchema, 'Unread count'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      return c.json({ count: await unreadCount(ctx.db, ctx.actor.userId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/read-all',
      tags,
      summary: 'Mark all my notifications read',
      responses: { 200: jsonResponse(readAllSchema, 'How many were unread'), ...errorResponses },
    }),
    async (c) => c.json({ updated: await markAllNotificationsRead(serviceContext(c, deps)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/read',
      tags,
      summary: 'Mark one of my notifications read',
      request: { params: idParam },
      responses: { 200: jsonResponse(notificationSchema, 'The notification'), ...errorResponses },
    }),
    async (c) => c.json(await markNotificationRead(serviceContext(c, deps), c.req.valid('param').id), 200),
  );
  return app;
}
