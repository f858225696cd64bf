import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  createUrgingNoticeBody,
  urgingNoticeListSchema,
  urgingNoticeSchema,
} from '../../../contracts/notifications.ts';
import { createUrgingNotice } from '../../services/urging/create-urging-notice.ts';
import { listUrgingNotices, presentNotices } from '../../services/urging/list-urging-notices.ts';
import { renderUrgingNotice } from '../../services/urging/render-urging-notice.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';
import { attachment } from './assignment-documents.routes.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['urging notices'];

/** Urging notices (văn bản đôn đốc): issue on an assignment, list them, download one as .docx. */
export function urgingRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/assignments/{id}/urging-notices',
      tags,
      summary: 'The assigner urges the head on chosen tasks (committed or in-progress assignments)',
      request: { params: idParam, ...jsonBody(createUrgingNoticeBody) },
      responses: { 201: jsonResponse(urgingNoticeSchema, 'Issued'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await createUrgingNotice(ctx, c.req.valid('param').id, c.req.valid('json'));
      const [dto] = await presentNotices(ctx.db, [row]);
      return c.json(dto, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/assignments/{id}/urging-notices',
      tags,
      summary: "An assignment's urging notices, newest first",
      request: { params: idParam },
      responses: { 200: jsonResponse(urgingNoticeListSchema, 'Urging notices'), ...errorResponses },
    }),
    async (c) =>
      c.json({ items: await listUrgingNotices(serviceContext(c, deps), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/urging-notices/{id}/document.docx',
      tags,
      summary: 'The urging notice as .docx, Party or state layout',
      request: {
        params: idParam,
        query: z.strictObject({ layout: z.enum(['party', 'state']).default('party') }),
      },
      responses: {
        200: {
          description: 'The notice',
          content: { [DOCX]: { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { buffer, fileName } = await renderUrgingNotice(
        serviceContext(c, deps),
        c.req.valid('param').id,
        c.req.valid('query').layout,
      );
      return attachment(buffer, fileName, DOCX) as never;
    },
  );
  return app;
}
