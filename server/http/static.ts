import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './types.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves the built web app; any other path that is not the API gets index.html (client-side routing). */
export function mountWebApp(app: Hono<AppEnv>, webRoot: string): void {
  const root = normalize(webRoot + sep);
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    const requested = normalize(join(root, decodeURIComponent(c.req.path)));
    if (requested.startsWith(root) && extname(requested)) {
      const info = await stat(requested).catch(() => null);
      if (info?.isFile()) {
        const immutable = requested.includes(`${sep}assets${sep}`);
        return c.body(await readFile(requested), 200, {
          'content-type': TYPES[extname(requested)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
      return c.notFound();
    }
    const index = await readFile(join(root, 'index.html')).catch(() => null);
    if (!index) return c.text('The web app is not built yet: run `npm run build`.', 503);
    return c.body(index, 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  });
}
