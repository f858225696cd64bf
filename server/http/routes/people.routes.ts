import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import {
  createPersonBody,
  listPeopleQuery,
  personDetailSchema,
  personSchema,
  updatePersonBody,
} from '../../../contracts/people.ts';
import { canUpdatePerson } from '../../domain/permissions.ts';
import { createPerson } from '../../services/people/create-person.ts';
import { getPerson, searchPeople } from '../../services/people/get-person.ts';
import { updatePerson } from '../../services/people/update-person.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { presentPerson, presentPersonDetail } from '../presenters/people.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['people'];

/** People (cán bộ): list, read with post history, create, edit. */
export function peopleRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'People the caller may see',
      request: { query: listPeopleQuery },
      responses: {
        200: jsonResponse(z.object({ items: z.array(personSchema) }), 'People'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const rows = await searchPeople(ctx, c.req.valid('query'));
      return c.json({ items: rows.map((r) => presentPerson(r.person, r.currentPosts, r.canUpdate)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A person with their post history across units',
      request: { params: idParam },
      responses: { 200: jsonResponse(personDetailSchema, 'Person'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const d = await getPerson(ctx, c.req.valid('param').id);
      return c.json(presentPersonDetail(d.person, d.currentPosts, d.history, d.canUpdate), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Record a person',
      request: jsonBody(createPersonBody),
      responses: { 201: jsonResponse(personSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await createPerson(ctx, c.req.valid('json'));
      return c.json(presentPerson(row, [], canUpdatePerson(ctx.actor, [])), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Edit a person (version required)',
      request: { params: idParam, ...jsonBody(updatePersonBody) },
      responses: { 200: jsonResponse(personSchema, 'Updated'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const row = await updatePerson(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentPerson(row, [], true), 200);
    },
  );

  return app;
}
