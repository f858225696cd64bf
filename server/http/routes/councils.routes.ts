import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  closeCouncilBody,
  councilSchema,
  councilScoresSchema,
  councilSummarySchema,
  createCouncilBody,
  cycleIdParam,
  mySheetsSchema,
  progressSchema,
  saveSheetBody,
  sheetParams,
  sheetSchema,
  updateCouncilBody,
} from '../../../contracts/councils.ts';
import { closeCouncil } from '../../services/councils/close-council.ts';
import { councilProgress } from '../../services/councils/council-progress.ts';
import { createCouncil } from '../../services/councils/create-council.ts';
import { getCouncil } from '../../services/councils/get-council.ts';
import { listCouncils } from '../../services/councils/list-councils.ts';
import { updateCouncil } from '../../services/councils/update-council.ts';
import { councilScores } from '../../services/scoring/council-scores.ts';
import { presentSheet } from '../../services/scoring/member-sheets.ts';
import { mySheets } from '../../services/scoring/my-sheets.ts';
import { saveSheet } from '../../services/scoring/save-sheet.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['councils'];

/** Advisory councils: forming, the scoring window, members' sheets, progress and scores. */
export function councilRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const get = <S extends z.ZodType>(path: string, summary: string, schema: S) =>
    createRoute({
      method: 'get',
      path,
      tags,
      summary,
      request: { params: idParam },
      responses: { 200: jsonResponse(schema, summary), ...errorResponses },
    });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cycles/{cycleId}/councils',
      tags,
      summary: 'The councils of a cycle the caller may see',
      request: { params: cycleIdParam },
      responses: { 200: jsonResponse(z.array(councilSummarySchema), 'Councils'), ...errorResponses },
    }),
    async (c) => c.json(await listCouncils(serviceContext(c, deps), c.req.valid('param').cycleId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/cycles/{cycleId}/councils',
      tags,
      summary:
        "Form the council of the heads a unit assigns in the cycle (the unit's assigner, or an admin over it)",
      request: { params: cycleIdParam, ...jsonBody(createCouncilBody) },
      responses: { 201: jsonResponse(councilSchema, 'Formed'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const council = await createCouncil(ctx, c.req.valid('param').cycleId, c.req.valid('json'));
      return c.json(await getCouncil(ctx, council.id), 201);
    },
  );

  app.openapi(
    get('/councils/{id}', 'A council: members, cohort and who is recused from scoring whom', councilSchema),
    async (c) => c.json(await getCouncil(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/councils/{id}',
      tags,
      summary: 'Edit a council: members and opening day before scoring opens, closing day until it ends',
      request: { params: idParam, ...jsonBody(updateCouncilBody) },
      responses: { 200: jsonResponse(councilSchema, 'Updated'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await updateCouncil(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await getCouncil(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/councils/{id}/close',
      tags,
      summary: 'Close scoring early (the chair or the assigner); the sheets are then disclosed',
      request: { params: idParam, ...jsonBody(closeCouncilBody) },
      responses: { 200: jsonResponse(councilSchema, 'Closed'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await closeCouncil(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await getCouncil(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    get(
      '/councils/{id}/progress',
      'Who has finished scoring whom, never the scores (chair, assigner)',
      progressSchema,
    ),
    async (c) => c.json(await councilProgress(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    get(
      '/councils/{id}/scores',
      'Every sheet with the aggregates and spread flags, once scoring has closed',
      councilScoresSchema,
    ),
    async (c) => c.json(await councilScores(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    get(
      '/councils/{id}/sheets/mine',
      "The calling member's heads, tasks with proposals, and own sheets",
      mySheetsSchema,
    ),
    async (c) => c.json(await mySheets(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/councils/{id}/sheets/{assignmentId}',
      tags,
      summary:
        "Save the calling member's sheet for one head within the scoring window (version 0 the first time)",
      request: { params: sheetParams, ...jsonBody(saveSheetBody) },
      responses: { 200: jsonResponse(sheetSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const { id, assignmentId } = c.req.valid('param');
      const row = await saveSheet(serviceContext(c, deps), id, assignmentId, c.req.valid('json'));
      return c.json(presentSheet(row), 200);
    },
  );
  return app;
}
