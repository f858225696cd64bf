import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { ERRORS, type ErrorBody, errorMessage } from '../../../contracts/errors.ts';
import { AppError } from '../../domain/app-error.ts';
import { exportCycleAs } from '../../interchange/export-cycle.ts';
import { importCycle } from '../../interchange/import-cycle.ts';
import type { InterchangeIssue } from '../../interchange/issues.ts';
import { serializeCycleDocument } from '../../interchange/validate-cycle.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

/** A whole cycle in one request: the import body may be far above the usual JSON limit. */
export const INTERCHANGE_LIMITS = { importBytes: 50 * 1024 * 1024 } as const;

const tags = ['interchange'];
const DOCS =
  'Format mandate.cycle/1: docs/interchange/README.md and docs/interchange/mandate-cycle-1.schema.json.';

const counts = z.record(z.string(), z.int());
const orgCounts = z.strictObject({ units: z.int(), people: z.int(), posts: z.int(), terms: z.int() });
const importResultSchema = z.strictObject({
  cycleId: z.uuid(),
  counts,
  created: orgCounts,
  reused: orgCounts,
  notStored: z.strictObject({ previousResults: z.int(), subordinateResults: z.int() }),
  notes: z.array(z.strictObject({ path: z.string(), code: z.string(), message: z.string() })),
});

/**
 * A refusal that lists problems (invalid document, conflicts, what the database cannot
 * hold): the usual error body with every problem in `details.problems` ({path, code,
 * message}); anything else goes to the app's error handler.
 */
function listedRefusal(error: unknown, locale: 'vi' | 'en'): { body: ErrorBody; status: number } | null {
  if (!(error instanceof AppError) || !Array.isArray(error.params.issues)) return null;
  const issues = error.params.issues as InterchangeIssue[];
  const body = {
    code: error.code,
    message: errorMessage(error.code, locale, error.params),
    details: { problems: issues.map(({ path, code, message }) => ({ path, code, message })) },
  } as ErrorBody;
  return { body, status: ERRORS[error.code].status };
}

/** Export and import of whole cycles. Mounted at /api. */
export function interchangeRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/cycles/{id}/export.json',
      tags,
      summary: `The whole cycle as one JSON document, as a download (the owner unit's assigner, or an admin over it). ${DOCS}`,
      request: { params: idParam },
      responses: {
        200: {
          description: 'The document (attachment)',
          content: { 'application/json': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      try {
        const { document, fileName } = await exportCycleAs(ctx, c.req.valid('param').id);
        return new Response(serializeCycleDocument(document), {
          status: 200,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-disposition': `attachment; filename="${fileName}"`,
            'cache-control': 'no-store',
          },
        }) as never;
      } catch (error) {
        const refusal = listedRefusal(error, ctx.locale);
        if (refusal) return c.json(refusal.body, refusal.status as 422) as never;
        throw error;
      }
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/cycles/import',
      tags,
      summary: `Import a whole cycle (admins): the document is validated first and written in one transaction, or nothing is written. Up to 50 MB. ${DOCS}`,
      request: jsonBody(z.unknown().meta({ description: 'A mandate.cycle/1 document' })),
      responses: {
        201: jsonResponse(importResultSchema, 'Imported: counts, what was created and reused'),
        409: {
          description: 'Records already stored or differing: `details.problems[]` ({path, code, message})',
        },
        413: { description: 'Larger than 50 MB' },
        422: { description: 'Invalid document, or parts the database cannot hold: `details.problems[]`' },
        ...Object.fromEntries(Object.entries(errorResponses).filter(([s]) => s !== '409' && s !== '422')),
      },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      try {
        return c.json(await importCycle(ctx, c.req.valid('json')), 201);
      } catch (error) {
        const refusal = listedRefusal(error, ctx.locale);
        if (refusal) return c.json(refusal.body, refusal.status as 422) as never;
        throw error;
      }
    },
  );
  return app;
}
