import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  appraisalListSchema,
  appraisalSchema,
  recordAppraisalBody,
  worklistSchema,
} from '../../../contracts/appraisals.ts';
import { idParam } from '../../../contracts/common.ts';
import { asOfQuery } from '../../../contracts/execution.ts';
import { getAppraisal, listAppraisals } from '../../services/appraisals/list-appraisals.ts';
import { recordAppraisal } from '../../services/appraisals/record-appraisal.ts';
import { renderMinutes } from '../../services/appraisals/render-minutes.ts';
import { getWorklist } from '../../services/appraisals/worklist.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';
import { attachment } from './assignment-documents.routes.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['appraisals'];

/** Appraisals (kiểm tra, thẩm định): record, read, the minutes as .docx, and the appraiser's worklist. Mounted at /api. */
export function appraisalRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/assignments/{id}/appraisals',
      tags,
      summary:
        "Record a quarterly or ad hoc appraisal of a head's tasks (appraiser reaching the assignee unit)",
      request: { params: idParam, ...jsonBody(recordAppraisalBody) },
      responses: { 201: jsonResponse(appraisalSchema, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const id = await recordAppraisal(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json((await getAppraisal(ctx, id)).appraisal, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/assignments/{id}/appraisals',
      tags,
      summary: "An assignment's appraisals with their lines, oldest first",
      request: { params: idParam },
      responses: { 200: jsonResponse(appraisalListSchema, 'Appraisals'), ...errorResponses },
    }),
    async (c) =>
      c.json({ items: await listAppraisals(serviceContext(c, deps), c.req.valid('param').id) }, 200),
  );

  // Before /appraisals/{id}, which would read "worklist" as an id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/appraisals/worklist',
      tags,
      summary: "What waits for the caller's appraiser grants",
      request: { query: asOfQuery },
      responses: { 200: jsonResponse(worklistSchema, 'Worklist'), ...errorResponses },
    }),
    async (c) => c.json(await getWorklist(serviceContext(c, deps), c.req.valid('query').date), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/appraisals/{id}',
      tags,
      summary: 'One appraisal with its lines',
      request: { params: idParam },
      responses: { 200: jsonResponse(appraisalSchema, 'Appraisal'), ...errorResponses },
    }),
    async (c) =>
      c.json((await getAppraisal(serviceContext(c, deps), c.req.valid('param').id)).appraisal, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/appraisals/{id}/minutes.docx',
      tags,
      summary: 'The appraisal minutes (biên bản kiểm tra, thẩm định) as .docx, Party or state layout',
      request: {
        params: idParam,
        query: z.strictObject({ layout: z.enum(['party', 'state']).default('state') }),
      },
      responses: {
        200: {
          description: 'The minutes',
          content: { [DOCX]: { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { buffer, fileName } = await renderMinutes(
        serviceContext(c, deps),
        c.req.valid('param').id,
        c.req.valid('query').layout,
      );
      return attachment(buffer, fileName, DOCX) as never;
    },
  );
  return app;
}
