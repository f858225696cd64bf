import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  createGrantBody,
  createUserBody,
  grantSchema,
  listUsersQuery,
  resetPasswordBody,
  revokeGrantBody,
  updateUserBody,
  userSchema,
} from '../../../contracts/auth.ts';
import { idParam } from '../../../contracts/common.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { activeGrants, findUser, grantsOfUsers, listUsers } from '../../db/repositories/users.ts';
import { notFound } from '../../domain/app-error.ts';
import { canManageUser, canManageUsers } from '../../domain/permissions.ts';
import { createUser } from '../../services/users/create-user.ts';
import { grantRole, revokeGrant } from '../../services/users/grant-role.ts';
import { resetPassword, updateUser } from '../../services/users/update-user.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { presentGrant, presentUser } from '../presenters/users.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['users'];

/** Accounts (admins only; to everyone else they do not exist: 404). */
export function userRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const adminContext = (c: Parameters<typeof serviceContext>[0]) => {
    const ctx = serviceContext(c, deps);
    if (!canManageUsers(ctx.actor)) throw notFound('route');
    return ctx;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      summary: 'Accounts',
      request: { query: listUsersQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(userSchema) }), 'Users'), ...errorResponses },
    }),
    async (c) => {
      const ctx = adminContext(c);
      const q = c.req.valid('query');
      // Scope is applied before the limit: read a wide page, keep the manageable accounts, then cut.
      const rows = await listUsers(ctx.db, { q: q.q, limit: 5000 });
      const grants = await grantsOfUsers(
        ctx.db,
        rows.map((r) => r.id),
      );
      const manageable = rows.filter((r) => canManageUser(ctx.actor, grants.get(r.id) ?? []));
      return c.json({ items: manageable.slice(0, q.limit ?? 200).map(presentUser) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'An account with its active role grants',
      request: { params: idParam },
      responses: {
        200: jsonResponse(userSchema.extend({ grants: z.array(grantSchema) }), 'User'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = adminContext(c);
      const user = await findUser(ctx.db, c.req.valid('param').id);
      if (!user) throw notFound('user');
      const grants = await activeGrants(ctx.db, user.id);
      if (
        !canManageUser(
          ctx.actor,
          grants.map((g) => ({ id: g.grant.unitId, path: g.unitPath })),
        )
      )
        throw notFound('user');
      return c.json(
        { ...presentUser(user), grants: grants.map((g) => presentGrant(g.grant, g.unitName)) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Create an account (must change the password at first sign-in)',
      request: jsonBody(createUserBody),
      responses: { 201: jsonResponse(userSchema, 'Created'), ...errorResponses },
    }),
    async (c) => c.json(presentUser(await createUser(adminContext(c), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      summary: 'Edit or disable an account',
      request: { params: idParam, ...jsonBody(updateUserBody) },
      responses: { 200: jsonResponse(userSchema, 'Updated'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        presentUser(await updateUser(adminContext(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/password',
      tags,
      summary: "Reset an account's password",
      request: { params: idParam, ...jsonBody(resetPasswordBody) },
      responses: { 200: jsonResponse(userSchema, 'Reset'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        presentUser(await resetPassword(adminContext(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  return app;
}

/** Role grants on units. */
export function grantRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      summary: 'Grant a role on a unit (and its subtree)',
      request: jsonBody(createGrantBody),
      responses: { 201: jsonResponse(grantSchema, 'Granted'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      if (!canManageUsers(ctx.actor)) throw notFound('route');
      const row = await grantRole(ctx, c.req.valid('json'));
      const unit = await findUnit(ctx.db, row.unitId);
      return c.json(presentGrant(row, unit?.name ?? ''), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/revoke',
      tags,
      summary: 'Revoke a grant',
      request: { params: idParam, ...jsonBody(revokeGrantBody) },
      responses: { 200: jsonResponse(grantSchema, 'Revoked'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      if (!canManageUsers(ctx.actor)) throw notFound('route');
      const row = await revokeGrant(ctx, c.req.valid('param').id, c.req.valid('json'));
      const unit = await findUnit(ctx.db, row.unitId);
      return c.json(presentGrant(row, unit?.name ?? ''), 200);
    },
  );
  return app;
}
