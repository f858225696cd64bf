import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../contracts/common.ts';
import {
  closeUnitBody,
  createUnitBody,
  listUnitsQuery,
  moveUnitBody,
  unitDetailQuery,
  unitDetailSchema,
  unitListSchema,
  unitSchema,
  updateUnitBody,
} from '../../../contracts/units.ts';
import { closeUnit } from '../../services/units/close-unit.ts';
import { createUnit } from '../../services/units/create-unit.ts';
import { getUnit } from '../../services/units/get-unit.ts';
import { listUnits } from '../../services/units/list-units.ts';
import { moveUnit } from '../../services/units/move-unit.ts';
import { updateUnit } from '../../services/units/update-unit.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { presentUnit, presentUnitDetail } from '../presenters/units.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['units'];

/** The organisation tree: list, read, create, rename, move, close. */
export function unitRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: "Children of a unit, the caller's top units, or a search by name/code",
      request: { query: listUnitsQuery },
      responses: { 200: jsonResponse(unitListSchema, 'Units'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const q = c.req.valid('query');
      const rows = await listUnits(ctx, { ...q, includeClosed: q.includeClosed === 'true' });
      return c.json({ items: rows.map((r) => presentUnit(ctx.actor, r.unit, r.childCount)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A unit with its ancestors, posts, head on a date (today by default) and lineage',
      request: { params: idParam, query: unitDetailQuery },
      responses: { 200: jsonResponse(unitDetailSchema, 'Unit'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const { date } = c.req.valid('query');
      return c.json(presentUnitDetail(ctx.actor, await getUnit(ctx, c.req.valid('param').id, date)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Create a unit',
      request: jsonBody(createUnitBody),
      responses: { 201: jsonResponse(unitSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      return c.json(presentUnit(ctx.actor, await createUnit(ctx, c.req.valid('json'))), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Rename or re-code a unit (version required)',
      request: { params: idParam, ...jsonBody(updateUnitBody) },
      responses: { 200: jsonResponse(unitSchema, 'Updated'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await updateUnit(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentUnit(ctx.actor, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/move',
      tags,
      summary: 'Move a unit and its subtree under another parent',
      request: { params: idParam, ...jsonBody(moveUnitBody) },
      responses: { 200: jsonResponse(unitSchema, 'Moved'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await moveUnit(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentUnit(ctx.actor, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/close',
      tags,
      summary: 'Close (dissolve) a unit from a date',
      request: { params: idParam, ...jsonBody(closeUnitBody) },
      responses: { 200: jsonResponse(unitSchema, 'Closed'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await closeUnit(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentUnit(ctx.actor, row), 200);
    },
  );

  return app;
}
