import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { CHECK_IN_LIMITS } from '../../contracts/check-ins.ts';
import { LIMITS } from '../../contracts/common.ts';
import type { Locale } from '../../contracts/errors.ts';
import { AppError } from '../domain/app-error.ts';
import { mountDocs } from './docs.ts';
import { toErrorResponse, validationErrorBody } from './error-response.ts';
import { rejectNulCharacters } from './middleware/nul-guard.ts';
import { securityHeaders } from './middleware/security.ts';
import { sessionMiddleware } from './middleware/session.ts';
import { appraisalRoutes } from './routes/appraisals.routes.ts';
import {
  assignmentDocumentRoutes,
  IMPORT_LIMITS,
  templateRoutes,
} from './routes/assignment-documents.routes.ts';
import { adjustmentRoutes, assignmentRoutes } from './routes/assignments.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { checkInRoutes } from './routes/check-ins.routes.ts';
import { councilDocumentRoutes } from './routes/council-documents.routes.ts';
import { councilRoutes } from './routes/councils.routes.ts';
import { cycleRoutes } from './routes/cycles.routes.ts';
import { executionRoutes } from './routes/execution.routes.ts';
import { INTERCHANGE_LIMITS, interchangeRoutes } from './routes/interchange.routes.ts';
import { notificationRoutes } from './routes/notifications.routes.ts';
import { peopleRoutes } from './routes/people.routes.ts';
import { postRoutes, termRoutes } from './routes/posts.routes.ts';
import { resultRoutes } from './routes/results.routes.ts';
import { selfAssessmentRoutes } from './routes/self-assessment.routes.ts';
import { supportRoutes } from './routes/support.routes.ts';
import { unitRoutes } from './routes/units.routes.ts';
import { urgingRoutes } from './routes/urging.routes.ts';
import { grantRoutes, userRoutes } from './routes/users.routes.ts';
import { mountWebApp } from './static.ts';
import type { AppDeps, AppEnv } from './types.ts';

/** The caller's language: English when Accept-Language prefers it, Vietnamese otherwise. */
export function pickLocale(header: string | undefined): Locale {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

/** Builds the whole HTTP application: API, OpenAPI document, docs page and the web app. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const where = (result as { target?: string }).target;
        const body = validationErrorBody(
          result.error.issues,
          c.get('locale'),
          where === 'query' || where === 'param' ? where : 'json',
          (result as { data?: unknown }).data,
        );
        return c.json(body, 400);
      }
    },
  });

  app.use('*', async (c, next) => {
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) || randomUUID());
    c.set('locale', pickLocale(c.req.header('accept-language')));
    c.header('x-request-id', c.get('requestId'));
    await next();
  });
  app.use('*', securityHeaders);
  // JSON bodies are small; only workbook uploads, check-in forms with evidence files and whole-cycle
  // imports may be larger (each file is checked again by its service).
  const tooLarge = () => {
    throw new AppError('payload_too_large');
  };
  const jsonLimit = bodyLimit({ maxSize: LIMITS.jsonBody, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: IMPORT_LIMITS.maxBytes + 64 * 1024, onError: tooLarge });
  const checkInLimit = bodyLimit({ maxSize: CHECK_IN_LIMITS.requestBytes, onError: tooLarge });
  const cycleImportLimit = bodyLimit({ maxSize: INTERCHANGE_LIMITS.importBytes, onError: tooLarge });
  const isCheckInForm = (c: { req: { path: string; header: (n: string) => string | undefined } }) =>
    /^\/api\/tasks\/[^/]+\/check-ins$/.test(c.req.path) &&
    /^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');
  app.use('/api/*', (c, next) =>
    /\/tasks\/import$/.test(c.req.path)
      ? uploadLimit(c, next)
      : c.req.path === '/api/cycles/import'
        ? cycleImportLimit(c, next)
        : isCheckInForm(c)
          ? checkInLimit(c, next)
          : jsonLimit(c, next),
  );
  app.use('/api/*', async (c, next) => {
    c.header('cache-control', 'no-store');
    await next();
  });
  app.use('/api/*', rejectNulCharacters);
  app.use('/api/*', sessionMiddleware(deps));

  app.get('/api/health', async (c) => c.json({ status: 'ok' }));
  app.route('/api/auth', authRoutes(deps));
  app.route('/api/units', unitRoutes(deps));
  app.route('/api/people', peopleRoutes(deps));
  app.route('/api/posts', postRoutes(deps));
  app.route('/api/terms', termRoutes(deps));
  app.route('/api/users', userRoutes(deps));
  app.route('/api/grants', grantRoutes(deps));
  app.route('/api/audit', auditRoutes(deps));
  app.route('/api/cycles', cycleRoutes(deps));
  app.route('/api/assignments', assignmentRoutes(deps));
  app.route('/api/assignments', assignmentDocumentRoutes(deps));
  app.route('/api', templateRoutes());
  app.route('/api/adjustments', adjustmentRoutes(deps));
  app.route('/api/assignments', selfAssessmentRoutes(deps));
  app.route('/api', councilRoutes(deps));
  app.route('/api', appraisalRoutes(deps));
  app.route('/api', executionRoutes(deps));
  app.route('/api', checkInRoutes(deps));
  app.route('/api', supportRoutes(deps));
  app.route('/api/notifications', notificationRoutes(deps));
  app.route('/api', urgingRoutes(deps));
  app.route('/api', resultRoutes(deps));
  app.route('/api/councils', councilDocumentRoutes(deps));
  app.route('/api', interchangeRoutes(deps));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Mandate API',
      version: '1',
      description:
        'Giao nhiệm vụ và đánh giá cán bộ bằng sản phẩm. Sign in with POST /api/auth/login; send the returned csrfToken as X-CSRF-Token on every write. Errors are {code, message, details}; Accept-Language picks vi (default) or en.',
    },
  });
  mountDocs(app);
  app.all('/api/*', () => {
    throw new AppError('not_found', { entity: 'route' });
  });
  if (deps.webRoot) mountWebApp(app, deps.webRoot);

  app.onError((error, c) => {
    const locale = c.get('locale') ?? 'vi';
    const requestId = c.get('requestId') ?? 'unknown';
    const { status, body, unexpected } = toErrorResponse(error, locale, requestId);
    if (unexpected) deps.logger.error({ err: error, requestId, path: c.req.path }, 'unhandled error');
    return c.json(body, status as 400);
  });
  return app;
}
