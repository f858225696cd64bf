import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { AppError } from '../domain/app-error.ts';
import type { AppEnv } from './types.ts';

const require = createRequire(import.meta.url);
const SWAGGER_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Mandate API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
// A separate file, not an inline script, so the strict CSP needs no exception.
const INIT = "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });";

/** Serves the API docs page (Swagger UI from the installed package, no CDN). */
export function mountDocs(app: Hono<AppEnv>): void {
  app.get('/api/docs', (c) => c.html(PAGE));
  app.get('/api/docs/init.js', (c) =>
    c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/api/docs/:file', async (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) throw new AppError('not_found', { entity: 'route' });
    return c.body(await readFile(join(SWAGGER_DIR, file)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
