import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { changePasswordBody, loginBody, meSchema } from '../../../contracts/auth.ts';
import { canManageUsers } from '../../domain/permissions.ts';
import { changePassword } from '../../services/auth/change-password.ts';
import { hashToken, login, SESSION_HOURS } from '../../services/auth/login.ts';
import { logout, resolveSession } from '../../services/auth/session.ts';
import { requireAuth, SESSION_COOKIE, serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse } from '../openapi-helpers.ts';
import { presentGrant, presentUser } from '../presenters/users.ts';
import type { AppDeps, AppEnv, Auth } from '../types.ts';

const ok = z.object({ ok: z.literal(true) });

function clientAddress(c: Context<AppEnv>, deps: AppDeps): string {
  // The rightmost address is the one our own proxy saw; the ones left of it are the client's to invent.
  const forwarded = deps.trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  if (forwarded) return forwarded.slice(0, 64);
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function presentMe(auth: Auth, csrfToken: string) {
  return {
    user: presentUser(auth.user),
    grants: auth.grantRows.map((r) => presentGrant(r.grant, r.unitName)),
    csrfToken,
    abilities: { manageUsers: canManageUsers(auth.actor) },
  };
}

/** Sign-in, sign-out, the current user, and password change. */
export function authRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/login',
      tags: ['auth'],
      summary: 'Sign in (sets an http-only session cookie)',
      request: jsonBody(loginBody),
      responses: {
        200: jsonResponse(meSchema, 'Signed in'),
        429: { description: 'Too many failed attempts' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const ip = clientAddress(c, deps);
      const result = await login(
        { db: deps.db, clock: deps.clock, requestId: c.get('requestId') },
        { ...input, ip, userAgent: c.req.header('user-agent') ?? null },
      );
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.secureCookies,
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      const auth = (await resolveSession(deps.db, deps.clock, result.token))!;
      return c.json(presentMe(auth, result.csrfToken), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags: ['auth'],
      summary: 'Sign out',
      responses: { 200: jsonResponse(ok, 'Signed out'), ...errorResponses },
    }),
    async (c) => {
      const token = c.get('sessionToken');
      if (token) await logout(deps.db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['auth'],
      summary: 'The signed-in user, their grants and the CSRF token to send as X-CSRF-Token',
      responses: { 200: jsonResponse(meSchema, 'Current user'), ...errorResponses },
    }),
    (c) => {
      const auth = requireAuth(c);
      return c.json(presentMe(auth, auth.session.csrfToken), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/password',
      tags: ['auth'],
      summary: "Change one's own password (other sessions end)",
      request: jsonBody(changePasswordBody),
      responses: { 200: jsonResponse(ok, 'Changed'), ...errorResponses },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      await changePassword(ctx, {
        ...c.req.valid('json'),
        keepSessionHash: hashToken(c.get('sessionToken')!),
      });
      return c.json({ ok: true as const }, 200);
    },
  );

  return app;
}
