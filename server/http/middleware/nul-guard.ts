import { createMiddleware } from 'hono/factory';
import { AppError } from '../../domain/app-error.ts';
import type { AppEnv } from '../types.ts';

/**
 * PostgreSQL text cannot hold NUL characters: refuse them in the query string
 * and in JSON bodies up front (400, naming the part), instead of failing in the
 * database with a 500.
 */
export const rejectNulCharacters = createMiddleware<AppEnv>(async (c, next) => {
  if (/%00/i.test(new URL(c.req.url).search)) {
    throw new AppError('validation_failed', {}, [{ field: 'query', code: 'nul_character' }]);
  }
  if ((c.req.header('content-type') ?? '').startsWith('application/json')) {
    const text = await c.req.text();
    if (text.includes('\\u0000') || text.includes('\u0000')) {
      throw new AppError('validation_failed', {}, [{ field: 'body', code: 'nul_character' }]);
    }
  }
  await next();
});
