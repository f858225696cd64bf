import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { findUnit } from '../../db/repositories/units.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { canReadAllAudit, canReadAudit } from '../../domain/permissions.ts';
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
      if (entityType === 'unit') {
        const unit = z.uuid().safeParse(entityId).success ? await findUnit(ctx.db, entityId) : undefined;
        if (!unit || !canReadAudit(ctx.actor, unit)) throw notFound('unit');
      } else if (!canReadAllAudit(ctx.actor)) throw notFound('route');
      const rows = await ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
        .orderBy(desc(auditEvents.seq))
        .limit(200);
      const items = rows.map(({ prevHash: _p, requestId: _r, ...e }) => ({
        ...e,
        at: new Date(e.at).toISOString(),
      }));
      return c.json({ items }, 200);
    },
  );
  return app;
}
