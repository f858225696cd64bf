import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam, uuid } from '../../../contracts/common.ts';
import {
  asOfQuery,
  assignmentStatusSchema,
  myTasksQuery,
  myTasksSchema,
  overviewQuery,
  overviewSchema,
  type TaskPageDto,
  taskPageSchema,
} from '../../../contracts/execution.ts';
import { getCycleOverview } from '../../services/execution/cycle-overview.ts';
import { getAssignmentStatus } from '../../services/execution/get-status.ts';
import { getTaskPage } from '../../services/execution/get-task-page.ts';
import { getMyTasks } from '../../services/execution/my-tasks.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonResponse } from '../openapi-helpers.ts';
import { presentAssignment } from '../presenters/assignments.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['execution'];

/** The reads of execution: task statuses, the task page, the assigner's overview and the head's board. Mounted at /api. */
export function executionRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/assignments/{id}/status',
      tags,
      summary: 'Status of every task on a day (default today), with counts by status',
      request: { params: idParam, query: asOfQuery },
      responses: { 200: jsonResponse(assignmentStatusSchema, 'Statuses'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await getAssignmentStatus(
          serviceContext(c, deps),
          c.req.valid('param').id,
          c.req.valid('query').date,
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tasks/{id}',
      tags,
      summary: 'The task page: values in force and history, assignment, status on a day, timeline',
      request: { params: idParam, query: asOfQuery },
      responses: { 200: jsonResponse(taskPageSchema, 'Task page'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const page = await getTaskPage(ctx, c.req.valid('param').id, c.req.valid('query').date);
      const a = presentAssignment(page.detail, ctx.locale);
      const body: TaskPageDto = {
        task: a.tasks.find((t) => t.id === page.taskId)!,
        assignment: {
          id: a.id,
          state: a.state,
          cycle: { id: a.cycleId, name: a.cycleName, startsOn: a.cycleStartsOn, endsOn: a.cycleEndsOn },
          assigningUnit: a.assigningUnit,
          assigneeUnit: a.assigneeUnit,
          headPostTitle: a.headPostTitle,
          headName: a.headName,
          documentNumber: a.documentNumber,
          documentDate: a.documentDate,
        },
        date: page.date,
        status: page.status,
        timeline: page.timeline,
      };
      return c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/cycles/{cycleId}/overview',
      tags,
      summary: "The assigning body's dashboard: every head it assigned in the cycle, with counts",
      request: { params: z.object({ cycleId: uuid }), query: overviewQuery },
      responses: { 200: jsonResponse(overviewSchema, 'Overview'), ...errorResponses },
    }),
    async (c) => {
      const { assigningUnitId, date } = c.req.valid('query');
      return c.json(
        await getCycleOverview(serviceContext(c, deps), c.req.valid('param').cycleId, assigningUnitId, date),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/tasks',
      tags,
      summary: "The head's (or delegate's) board: every task of their committed assignments",
      request: { query: myTasksQuery },
      responses: { 200: jsonResponse(myTasksSchema, 'Board'), ...errorResponses },
    }),
    async (c) => c.json(await getMyTasks(serviceContext(c, deps), c.req.valid('query')), 200),
  );
  return app;
}
