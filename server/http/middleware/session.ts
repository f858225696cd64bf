import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../domain/app-error.ts';
import { resolveSession } from '../../services/auth/session.ts';
import type { ServiceContext } from '../../services/context.ts';
import type { AppDeps, AppEnv, Auth } from '../types.ts';

export const SESSION_COOKIE = 'mandate_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Sign-in has no session yet; it is protected by requiring JSON (a cross-site form cannot send it) and the Origin check.
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** The host of an Origin header, or null for "null" and anything unparsable. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Loads the session from its cookie and enforces the CSRF token on every unsafe request. */
export function sessionMiddleware(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    const auth = token ? await resolveSession(deps.db, deps.clock, token) : null;
    c.set('auth', auth);
    c.set('sessionToken', auth ? token : null);
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && originHost(origin) !== c.req.header('host')) throw new AppError('csrf_failed');
      if (!CSRF_EXEMPT.has(c.req.path) && auth && c.req.header('x-csrf-token') !== auth.session.csrfToken) {
        throw new AppError('csrf_failed');
      }
    }
    // An account given a password by an admin must choose its own before doing anything else.
    if (auth?.user.mustChangePassword && !c.req.path.startsWith('/api/auth/'))
      throw new AppError('password_change_required');
    await next();
  });
}

/** The signed-in caller, or a 401. */
export function requireAuth(c: Context<AppEnv>): Auth {
  const auth = c.get('auth');
  if (!auth) throw new AppError('unauthenticated');
  return auth;
}

/** A service context for the signed-in caller. */
export function serviceContext(c: Context<AppEnv>, deps: AppDeps): ServiceContext {
  const auth = requireAuth(c);
  return {
    db: deps.db,
    actor: auth.actor,
    clock: deps.clock,
    requestId: c.get('requestId'),
    locale: c.get('locale'),
  };
}
