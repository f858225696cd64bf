import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  reportLayoutQuery,
  saveSelfAssessmentBody,
  selfAssessmentSchema,
  submitSelfAssessmentBody,
} from '../../../contracts/self-assessment.ts';
import { getSelfAssessment } from '../../services/self-assessment/get-self-assessment.ts';
import { renderSelfAssessment } from '../../services/self-assessment/render-self-assessment.ts';
import { saveSelfAssessment } from '../../services/self-assessment/save-self-assessment.ts';
import { submitSelfAssessment } from '../../services/self-assessment/submit-self-assessment.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';
import { attachment } from './assignment-documents.routes.ts';

const tags = ['self-assessment'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The head's annual report on an assignment: read, draft, submit, download. */
export function selfAssessmentRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/self-assessment',
      tags,
      summary: "The head's report: pre-filled from the data with the stored draft, or as submitted",
      request: { params: idParam },
      responses: { 200: jsonResponse(selfAssessmentSchema, 'The report'), ...errorResponses },
    }),
    async (c) => c.json(await getSelfAssessment(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}/self-assessment',
      tags,
      summary:
        'Save the draft (the head, or a delegate on their behalf); version 0 or omitted the first time',
      request: { params: idParam, ...jsonBody(saveSelfAssessmentBody) },
      responses: { 200: jsonResponse(selfAssessmentSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await saveSelfAssessment(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await getSelfAssessment(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/self-assessment/submit',
      tags,
      summary:
        'Submit the report (the head only): it is frozen and locked, the assignment becomes self_assessed',
      request: { params: idParam, ...jsonBody(submitSelfAssessmentBody) },
      responses: { 200: jsonResponse(selfAssessmentSchema, 'Submitted'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await submitSelfAssessment(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await getSelfAssessment(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/self-assessment.docx',
      tags,
      summary: 'The report as .docx, Party (Hướng dẫn 36-HD/VPTW) or state (Nghị định 30/2020) layout',
      request: { params: idParam, query: reportLayoutQuery },
      responses: {
        200: {
          description: 'The report',
          content: { [DOCX]: { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { buffer, fileName } = await renderSelfAssessment(
        serviceContext(c, deps),
        c.req.valid('param').id,
        c.req.valid('query').layout,
      );
      return attachment(buffer, fileName, DOCX) as never;
    },
  );
  return app;
}
