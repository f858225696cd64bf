import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../contracts/common.ts';
import {
  assignmentSupportSchema,
  commitmentWriteResult,
  listSupportRequestsQuery,
  raiseSupportRequestBody,
  recordCommitmentStateBody,
  respondSupportRequestBody,
  setCommitmentProviderBody,
  supportAgencyListSchema,
  supportDateQuery,
  supportRequestListSchema,
  supportRequestSchema,
  withdrawSupportRequestBody,
} from '../../../contracts/support.ts';
import type { supportCommitments } from '../../db/schema/index.ts';
import { assignmentSupport } from '../../services/support/assignment-support.ts';
import { getSupportRequest } from '../../services/support/get-support-request.ts';
import { listSupportAgencies } from '../../services/support/list-support-agencies.ts';
import { listSupportRequests } from '../../services/support/list-support-requests.ts';
import { raiseSupportRequest } from '../../services/support/raise-support-request.ts';
import { recordSupportDelivery } from '../../services/support/record-support-delivery.ts';
import { respondToSupportRequest } from '../../services/support/respond-to-support-request.ts';
import { setSupportProvider } from '../../services/support/set-support-provider.ts';
import { withdrawSupportRequest } from '../../services/support/withdraw-support-request.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['support'];

const commitmentResult = (row: typeof supportCommitments.$inferSelect) => ({
  id: row.id,
  state: row.state as 'due' | 'delivered' | 'late',
  deliveredOn: row.deliveredOn,
  providerUnitId: row.providerUnitId,
  version: row.version,
});

/**
 * Support owed to heads (không khoán trắng): support requests (raise, answer, withdraw,
 * inbox), support commitments (state, provider) and an assignment's support ledger.
 * Mounted at /api because the paths span three resources.
 */
export function supportRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/support-requests',
      tags,
      summary:
        'My inbox (routed to my agency, or to my assigning body, or escalated) or the requests I raised',
      request: { query: listSupportRequestsQuery },
      responses: { 200: jsonResponse(supportRequestListSchema, 'Support requests'), ...errorResponses },
    }),
    async (c) => c.json(await listSupportRequests(serviceContext(c, deps), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/support-requests',
      tags,
      summary: 'The head (or a delegate) raises a support request on a task',
      request: jsonBody(raiseSupportRequestBody),
      responses: { 201: jsonResponse(supportRequestSchema, 'Raised'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await raiseSupportRequest(ctx, c.req.valid('json'));
      return c.json(await getSupportRequest(ctx, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/support-requests/{id}',
      tags,
      summary: 'One support request with its abilities',
      request: { params: idParam },
      responses: { 200: jsonResponse(supportRequestSchema, 'Support request'), ...errorResponses },
    }),
    async (c) => c.json(await getSupportRequest(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/support-requests/{id}/respond',
      tags,
      summary: 'Answer an open request (agency supporter; the assigner when routed to it or escalated)',
      request: { params: idParam, ...jsonBody(respondSupportRequestBody) },
      responses: { 200: jsonResponse(supportRequestSchema, 'Answered'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await respondToSupportRequest(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await getSupportRequest(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/support-requests/{id}/withdraw',
      tags,
      summary: 'The head (or a delegate) withdraws an open request',
      request: { params: idParam, ...jsonBody(withdrawSupportRequestBody) },
      responses: { 200: jsonResponse(supportRequestSchema, 'Withdrawn'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await withdrawSupportRequest(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await getSupportRequest(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/support-commitments/{id}/state',
      tags,
      summary: 'Record where a support commitment stands: due, delivered (on a date) or late',
      request: { params: idParam, ...jsonBody(recordCommitmentStateBody) },
      responses: { 200: jsonResponse(commitmentWriteResult, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await recordSupportDelivery(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(commitmentResult(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/support-commitments/{id}/provider',
      tags,
      summary: 'The assigner names (or clears) the functional agency that owes a commitment',
      request: { params: idParam, ...jsonBody(setCommitmentProviderBody) },
      responses: { 200: jsonResponse(commitmentWriteResult, 'Provider set'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await setSupportProvider(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(commitmentResult(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/assignments/{id}/support',
      tags,
      summary: "An assignment's support ledger per task, with the support owed and not delivered on ?date=",
      request: { params: idParam, query: supportDateQuery },
      responses: { 200: jsonResponse(assignmentSupportSchema, 'Support ledger'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await assignmentSupport(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('query').date),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/support-agencies',
      tags,
      summary: 'The functional agencies that answer support requests (units with a supporter)',
      responses: { 200: jsonResponse(supportAgencyListSchema, 'Agencies'), ...errorResponses },
    }),
    async (c) => c.json({ items: await listSupportAgencies(serviceContext(c, deps)) }, 200),
  );

  return app;
}
