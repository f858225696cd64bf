import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { listAuditEvents } from '../../services/audit/list-audit-events.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const eventOut = z.object({
  id: z.number(),
  seq: z.int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  onBehalfOfUserId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

/** The audit trail of one entity, for admins over it. */
export function auditRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['audit'],
      summary: 'Audit events of one entity, newest first',
      request: {
        query: z.strictObject({
          entityType: z.string().min(1).max(50),
          entityId: z.string().min(1).max(100),
        }),
      },
      responses: { 200: jsonResponse(z.object({ items: z.array(eventOut) }), 'Events'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const { entityType, entityId } = c.req.valid('query');
      const rows = await listAuditEvents(ctx, entityType, entityId);
      const items = rows.map(({ prevHash: _p, requestId: _r, ...e }) => ({
        ...e,
        at: new Date(e.at).toISOString(),
      }));
      return c.json({ items }, 200);
    },
  );
  return app;
}
