import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { appointBody, createPostBody, endTermBody, updatePostBody } from '../../../contracts/people.ts';
import { appointToPost } from '../../services/people/appoint-to-post.ts';
import { createPost } from '../../services/people/create-post.ts';
import { endTerm } from '../../services/people/end-term.ts';
import { updatePost } from '../../services/people/update-post.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['posts'];
const postOut = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  title: z.string(),
  isHead: z.boolean(),
  version: z.int(),
});
const termOut = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  personId: z.uuid(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  version: z.int(),
});

const presentPost = (p: z.infer<typeof postOut>) => ({
  id: p.id,
  unitId: p.unitId,
  title: p.title,
  isHead: p.isHead,
  version: p.version,
});
const presentTerm = (t: z.infer<typeof termOut>) => ({
  id: t.id,
  postId: t.postId,
  personId: t.personId,
  startOn: t.startOn,
  endOn: t.endOn,
  decisionRef: t.decisionRef,
  version: t.version,
});

/** Posts in units and the dated terms of the people who hold them. */
export function postRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Create a post in a unit',
      request: jsonBody(createPostBody),
      responses: { 201: jsonResponse(postOut, 'Created'), ...errorResponses },
    }),
    async (c) => c.json(presentPost(await createPost(serviceContext(c, deps), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: "Rename a post or mark it as the head's post",
      request: { params: idParam, ...jsonBody(updatePostBody) },
      responses: { 200: jsonResponse(postOut, 'Updated'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        presentPost(await updatePost(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/terms',
      tags,
      summary: 'Appoint a person to the post from a date',
      request: { params: idParam, ...jsonBody(appointBody) },
      responses: { 201: jsonResponse(termOut, 'Appointed'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        presentTerm(
          await appointToPost(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json')),
        ),
        201,
      ),
  );

  return app;
}

/** Ending a term. */
export function termRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/end',
      tags,
      summary: 'End a term on a date (inclusive)',
      request: { params: idParam, ...jsonBody(endTermBody) },
      responses: { 200: jsonResponse(termOut, 'Ended'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        presentTerm(await endTerm(serviceContext(c, deps), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );
  return app;
}
