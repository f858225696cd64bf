import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  assignmentSummarySchema,
  createCycleBody,
  cycleSchema,
  updatePolicyBody,
} from '../../../contracts/assignments.ts';
import { idParam } from '../../../contracts/common.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import { listAssignments } from '../../services/assignments/list-assignments.ts';
import { createCycle } from '../../services/cycles/create-cycle.ts';
import { getCycle, listCycles } from '../../services/cycles/list-cycles.ts';
import { updatePolicy } from '../../services/cycles/update-policy.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { presentAssignmentSummary } from '../presenters/assignments.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['cycles'];
type CycleData = Awaited<ReturnType<typeof listCycles>>[number];

function presentCycle(c: CycleData) {
  return {
    id: c.cycle.id,
    ownerUnitId: c.owner.id,
    ownerUnitName: c.owner.name,
    name: c.cycle.name,
    kind: c.cycle.kind,
    startsOn: c.cycle.startsOn,
    endsOn: c.cycle.endsOn,
    version: c.cycle.version,
    policy: {
      version: c.policy.version,
      preset: c.policy.preset,
      params: c.policy.params as unknown as Record<string, unknown>,
      createdAt: c.policy.createdAt.toISOString(),
    },
    abilities: c.abilities,
  };
}

/** Evaluation cycles, their scoring policies, and the assignments in each. */
export function cycleRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Cycles the caller can see',
      responses: {
        200: jsonResponse(z.object({ items: z.array(cycleSchema) }), 'Cycles'),
        ...errorResponses,
      },
    }),
    async (c) => c.json({ items: (await listCycles(serviceContext(c, deps))).map(presentCycle) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A cycle with its policy in force',
      request: { params: idParam },
      responses: { 200: jsonResponse(cycleSchema, 'Cycle'), ...errorResponses },
    }),
    async (c) => c.json(presentCycle(await getCycle(serviceContext(c, deps), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Open a cycle with a policy preset',
      request: jsonBody(createCycleBody),
      responses: { 201: jsonResponse(cycleSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const cycle = await createCycle(ctx, c.req.valid('json'));
      return c.json(presentCycle(await getCycle(ctx, cycle.id)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/{id}/policy',
      tags,
      summary: "Save a new version of the cycle's scoring policy (refused once scoring started)",
      request: { params: idParam, ...jsonBody(updatePolicyBody) },
      responses: { 200: jsonResponse(cycleSchema, 'Saved'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const body = c.req.valid('json');
      await updatePolicy(ctx, c.req.valid('param').id, {
        ...body,
        changes: body.changes as Partial<ScoringPolicy> | undefined,
      });
      return c.json(presentCycle(await getCycle(ctx, c.req.valid('param').id)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/assignments',
      tags,
      summary: 'Assignments of the cycle the caller may see, with state, task count and weight total',
      request: { params: idParam, query: z.strictObject({ assigningUnitId: z.uuid().optional() }) },
      responses: {
        200: jsonResponse(z.object({ items: z.array(assignmentSummarySchema) }), 'Assignments'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const rows = await listAssignments(
        serviceContext(c, deps),
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return c.json({ items: rows.map(presentAssignmentSummary) }, 200);
    },
  );

  return app;
}
