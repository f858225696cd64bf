import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { councilMemberParams, layoutQuery } from '../../../contracts/results.ts';
import {
  councilSummaryDocument,
  memberSheetDocument,
  resultsDecisionDocument,
  resultsWorkbook,
} from '../../services/results/council-documents.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';
import { attachment, XLSX } from './assignment-documents.routes.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TYPES = { xlsx: XLSX, docx: DOCX } as const;
const tags = ['results'];
const binary = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } },
  ...errorResponses,
});

/** The council's documents: members' score sheets, the summary, the result table, the decision. Mounted at /api/councils. */
export function councilDocumentRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  for (const format of ['xlsx', 'docx'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/{id}/members/{memberId}/sheet.${format}`,
        tags,
        summary: `A member's score sheet (.${format}): the member, or the assigning body once scoring has closed`,
        request: { params: councilMemberParams },
        responses: binary(TYPES[format], 'The score sheet'),
      }),
      async (c) => {
        const { id, memberId } = c.req.valid('param');
        const { buffer, fileName } = await memberSheetDocument(serviceContext(c, deps), id, memberId, format);
        return attachment(buffer, fileName, TYPES[format]) as never;
      },
    );
    app.openapi(
      createRoute({
        method: 'get',
        path: `/{id}/summary.${format}`,
        tags,
        summary: `The council's summary sheet (.${format}): heads × members, aggregates, totals and levels`,
        request: { params: idParam },
        responses: binary(TYPES[format], 'The summary'),
      }),
      async (c) => {
        const { buffer, fileName } = await councilSummaryDocument(
          serviceContext(c, deps),
          c.req.valid('param').id,
          format,
        );
        return attachment(buffer, fileName, TYPES[format]) as never;
      },
    );
  }
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/results.xlsx',
      tags,
      summary: "The cohort's result table (.xlsx)",
      request: { params: idParam },
      responses: binary(XLSX, 'The result table'),
    }),
    async (c) => {
      const { buffer, fileName } = await resultsWorkbook(serviceContext(c, deps), c.req.valid('param').id);
      return attachment(buffer, fileName, XLSX) as never;
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/decision.docx',
      tags,
      summary: 'The decision approving the finalized results (.docx), Party or state layout',
      request: { params: idParam, query: layoutQuery },
      responses: binary(DOCX, 'The decision'),
    }),
    async (c) => {
      const { buffer, fileName } = await resultsDecisionDocument(
        serviceContext(c, deps),
        c.req.valid('param').id,
        c.req.valid('query').layout,
      );
      return attachment(buffer, fileName, DOCX) as never;
    },
  );
  return app;
}
