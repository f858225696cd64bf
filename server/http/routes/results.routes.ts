import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam, uuid } from '../../../contracts/common.ts';
import {
  answerAppealBody,
  appealBody,
  cohortSchema,
  decideRecommendationBody,
  deductionBody,
  deductionListSchema,
  disqualifyingEventBody,
  disqualifyingEventListSchema,
  finalizeBody,
  personResultsSchema,
  quarterlyQuery,
  quarterQuery,
  recommendationListSchema,
  recommendationSchema,
  recommendationsQuery,
  resultSchema,
} from '../../../contracts/results.ts';
import {
  listDeductions,
  listDisqualifyingEvents,
  recordDeduction,
  recordDisqualifyingEvent,
} from '../../services/evaluation/deductions.ts';
import { evaluateCouncil } from '../../services/evaluation/evaluate-council.ts';
import { evaluateQuarter } from '../../services/evaluation/quarterly.ts';
import { answerAppeal, fileAppeal, getResult } from '../../services/results/appeals.ts';
import { finalizeCouncil } from '../../services/results/finalize.ts';
import { getCouncilResults, getQuarterlyResults } from '../../services/results/get-results.ts';
import { getPersonResults } from '../../services/results/person-results.ts';
import { decideRecommendation, listRecommendations } from '../../services/results/recommendations.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['results'];
const quarterlyBody = z.strictObject({ assigningUnitId: uuid, quarter: z.int().min(1).max(4) });

/**
 * Evaluation results: computing a cohort's proposals, finalizing with the body's decisions,
 * appeals, personnel recommendations, a person's results, deductions and disqualifying
 * events. Mounted at /api.
 */
export function resultRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const post = <B extends z.ZodType, R extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    response: R,
    status: 200 | 201 = 200,
  ) =>
    createRoute({
      method: 'post',
      path,
      tags,
      summary,
      request: { params: idParam, ...jsonBody(body) },
      responses: { [status]: jsonResponse(response, summary), ...errorResponses },
    });
  const get = <R extends z.ZodType>(path: string, summary: string, response: R) =>
    createRoute({
      method: 'get',
      path,
      tags,
      summary,
      request: { params: idParam },
      responses: { 200: jsonResponse(response, summary), ...errorResponses },
    });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/councils/{id}/evaluate',
      tags,
      summary:
        "Compute the cohort's proposed results (assigner, once scoring has closed; again until finalized), or with ?quarter=N that quarter's provisional results",
      request: { params: idParam, query: quarterQuery },
      responses: { 200: jsonResponse(cohortSchema, 'The cohort table'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await evaluateCouncil(serviceContext(c, deps), c.req.valid('param').id, {
          quarter: c.req.valid('query').quarter,
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/councils/{id}/results',
      tags,
      summary: "The cohort's results with explanations and the quota proposal (assigner, members, admins)",
      request: { params: idParam, query: quarterQuery },
      responses: { 200: jsonResponse(cohortSchema, 'The cohort table'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await getCouncilResults(
          serviceContext(c, deps),
          c.req.valid('param').id,
          c.req.valid('query').quarter ?? 0,
        ),
        200,
      ),
  );
  app.openapi(
    post(
      '/councils/{id}/finalize',
      'Finalize: one decided level per head (a reason where it differs from the proposal); locks the results',
      finalizeBody,
      cohortSchema,
    ),
    async (c) =>
      c.json(
        await finalizeCouncil(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cycles/{id}/quarterly',
      tags,
      summary: "A cohort's stored provisional results for a quarter",
      request: { params: idParam, query: quarterlyQuery },
      responses: { 200: jsonResponse(cohortSchema, 'The quarter'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await getQuarterlyResults(serviceContext(c, deps), {
          cycleId: c.req.valid('param').id,
          ...c.req.valid('query'),
        }),
        200,
      ),
  );
  app.openapi(
    post(
      '/cycles/{id}/quarterly',
      "Compute a cohort's provisional results on the tasks due in a quarter (assigner)",
      quarterlyBody,
      cohortSchema,
    ),
    async (c) =>
      c.json(
        await evaluateQuarter(serviceContext(c, deps), {
          cycleId: c.req.valid('param').id,
          ...c.req.valid('json'),
        }),
        200,
      ),
  );

  app.openapi(
    get('/results/{id}', 'One result with its explanation, appeal and history', resultSchema),
    async (c) => c.json(await getResult(serviceContext(c, deps), c.req.valid('param').id), 200),
  );
  app.openapi(
    post(
      '/results/{id}/appeal',
      'The person evaluated appeals, within the appeal period, once',
      appealBody,
      resultSchema,
      201,
    ),
    async (c) =>
      c.json(await fileAppeal(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    post(
      '/appeals/{id}/answer',
      'The assigning body upholds or changes the level',
      answerAppealBody,
      resultSchema,
    ),
    async (c) =>
      c.json(await answerAppeal(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/recommendations',
      tags,
      summary: 'Personnel recommendations of a cycle (assigning bodies, admins)',
      request: { query: recommendationsQuery },
      responses: { 200: jsonResponse(recommendationListSchema, 'Recommendations'), ...errorResponses },
    }),
    async (c) =>
      c.json(await listRecommendations(serviceContext(c, deps), c.req.valid('query').cycleId), 200),
  );
  app.openapi(
    post(
      '/recommendations/{id}/decide',
      'Record the decision on a recommendation, once',
      decideRecommendationBody,
      recommendationSchema,
    ),
    async (c) =>
      c.json(
        await decideRecommendation(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    get('/people/{id}/results', "A person's results across cycles and posts", personResultsSchema),
    async (c) => c.json(await getPersonResults(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    get('/assignments/{id}/deductions', 'Deductions recorded on an assignment', deductionListSchema),
    async (c) => c.json(await listDeductions(serviceContext(c, deps), c.req.valid('param').id), 200),
  );
  app.openapi(
    post(
      '/assignments/{id}/deductions',
      'Record a deduction (assigner, before finalization)',
      deductionBody,
      deductionListSchema,
      201,
    ),
    async (c) =>
      c.json(
        await recordDeduction(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );
  app.openapi(
    get(
      '/assignments/{id}/disqualifying-events',
      'Disqualifying events recorded on an assignment',
      disqualifyingEventListSchema,
    ),
    async (c) => c.json(await listDisqualifyingEvents(serviceContext(c, deps), c.req.valid('param').id), 200),
  );
  app.openapi(
    post(
      '/assignments/{id}/disqualifying-events',
      'Record a disqualifying event (assigner, before finalization): the head is rated "not completed"',
      disqualifyingEventBody,
      disqualifyingEventListSchema,
      201,
    ),
    async (c) =>
      c.json(
        await recordDisqualifyingEvent(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );
  return app;
}
