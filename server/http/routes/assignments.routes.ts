import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  adjustmentSchema,
  assignmentSchema,
  commitBody,
  createAssignmentBody,
  decideAdjustmentBody,
  issueBody,
  requestAdjustmentBody,
  returnBody,
  saveTasksBody,
  updateAssignmentBody,
} from '../../../contracts/assignments.ts';
import { idParam } from '../../../contracts/common.ts';
import type { AdjustmentChange } from '../../domain/assignment/adjustments.ts';
import { decideAdjustment, requestAdjustment } from '../../services/assignments/adjustments.ts';
import { createAssignment } from '../../services/assignments/create-assignment.ts';
import { getAssignment } from '../../services/assignments/get-assignment.ts';
import {
  commitAssignment,
  issueAssignment,
  returnAssignment,
} from '../../services/assignments/lifecycle-actions.ts';
import { saveTasks, toHundredths } from '../../services/assignments/save-tasks.ts';
import { updateAssignment } from '../../services/assignments/update-assignment.ts';
import type { ServiceContext } from '../../services/context.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { presentAssignment } from '../presenters/assignments.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['assignments'];
const detail = async (ctx: ServiceContext, id: string) =>
  presentAssignment(await getAssignment(ctx, id), ctx.locale);
const hundredthsRebalance = (r?: { taskId: string; weight: number }[]) =>
  r?.map((x) => ({ taskId: x.taskId, weight: toHundredths(x.weight)! }));

/** Assignments: register or draft, edit tasks, issue, commit or return, adjust. */
export function assignmentRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const action = <B>(path: string, summary: string, body: B, status: 200 | 201 = 200) =>
    createRoute({
      method: 'post',
      path,
      tags,
      summary,
      request: { params: idParam, ...jsonBody(body as never) },
      responses: { [status]: jsonResponse(assignmentSchema, summary), ...errorResponses },
    });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'An assignment with tasks, adjustments, problems and abilities',
      request: { params: idParam },
      responses: { 200: jsonResponse(assignmentSchema, 'Assignment'), ...errorResponses },
    }),
    async (c) => c.json(await detail(serviceContext(c, deps), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Start a draft (assigner) or a registration (head, delegate)',
      request: jsonBody(createAssignmentBody),
      responses: { 201: jsonResponse(assignmentSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await createAssignment(ctx, c.req.valid('json'));
      return c.json(await detail(ctx, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: "Edit a draft's header",
      request: { params: idParam, ...jsonBody(updateAssignmentBody) },
      responses: { 200: jsonResponse(assignmentSchema, 'Updated'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await updateAssignment(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await detail(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}/tasks',
      tags,
      summary: "Save a draft's whole task list",
      request: { params: idParam, ...jsonBody(saveTasksBody) },
      responses: { 200: jsonResponse(assignmentSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await saveTasks(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await detail(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    action('/{id}/issue', 'Issue the assignment (refused with every problem listed)', issueBody),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await issueAssignment(ctx, c.req.valid('param').id, c.req.valid('json') as never);
      return c.json(await detail(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(action('/{id}/commit', 'The head signs the commitment', commitBody), async (c) => {
    const ctx = serviceContext(c, deps);
    await commitAssignment(ctx, c.req.valid('param').id, c.req.valid('json') as never);
    return c.json(await detail(ctx, c.req.valid('param').id), 200);
  });

  app.openapi(
    action('/{id}/return', 'The head returns the assignment with proposed changes', returnBody),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await returnAssignment(ctx, c.req.valid('param').id, c.req.valid('json') as never);
      return c.json(await detail(ctx, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/adjustments',
      tags,
      summary: 'Request an adjustment or extension',
      request: { params: idParam, ...jsonBody(requestAdjustmentBody) },
      responses: { 201: jsonResponse(assignmentSchema, 'Requested'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const body = c.req.valid('json');
      const change = (
        body.change.kind === 'weight'
          ? { ...body.change, weight: toHundredths(body.change.weight) }
          : body.change
      ) as AdjustmentChange;
      await requestAdjustment(ctx, c.req.valid('param').id, {
        change,
        reason: body.reason,
        proposedRebalance: hundredthsRebalance(body.proposedRebalance),
      });
      return c.json(await detail(ctx, c.req.valid('param').id), 201);
    },
  );

  return app;
}

/** Deciding adjustment requests. */
export function adjustmentRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/decide',
      tags,
      summary: 'Approve (with the weight re-balance) or reject an adjustment',
      request: { params: idParam, ...jsonBody(decideAdjustmentBody) },
      responses: {
        200: jsonResponse(adjustmentSchema.pick({ id: true, state: true, version: true }), 'Decided'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const body = c.req.valid('json');
      const row = await decideAdjustment(ctx, c.req.valid('param').id, {
        ...body,
        rebalance: hundredthsRebalance(body.rebalance),
      });
      return c.json({ id: row.id, state: row.state as 'approved' | 'rejected', version: row.version }, 200);
    },
  );
  return app;
}
