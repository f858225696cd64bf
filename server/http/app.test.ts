import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { makeProvince, TEST_PASSWORD } from '../../test/factories.ts';
import { client, makeApp, signIn, type TestApp } from '../../test/http.ts';
import type { Database } from '../db/client.ts';
import { pickLocale } from './app.ts';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db);
});
afterAll(async () => {
  await database.close();
});

const rows = async (table: string) =>
  (await database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document with the unit paths and methods', async () => {
    const res = await client(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info.title).toBe('Mandate API');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/units',
        '/api/units/{id}',
        '/api/units/{id}/move',
        '/api/units/{id}/close',
        '/api/auth/login',
      ]),
    );
    expect(Object.keys(res.body.paths['/api/units']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(res.body.paths['/api/units/{id}']).sort()).toEqual(['get', 'patch']);
    const create = res.body.paths['/api/units'].post;
    expect(create.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']),
    );
  });

  it('serves the docs page as HTML with no inline script, and its script from the same origin', async () => {
    const res = await client(app).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.text).toContain('<div id="ui">');
    const scripts = res.text.match(/<script[^>]*>[^<]*<\/script>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toMatch(/^<script src="\/api\/docs\/[\w.-]+"><\/script>$/);
    const init = await client(app).get('/api/docs/init.js');
    expect(init.status).toBe(200);
    expect(init.headers.get('content-type')).toMatch(/javascript/);
    expect(init.text).toContain('/api/openapi.json');
  });
});

describe('security headers', () => {
  it('sends a strict CSP, framing protection and nosniff on JSON, HTML and error responses', async () => {
    const responses = [
      await client(app).get('/api/health'),
      await client(app).get('/api/docs'),
      await client(app).get('/api/auth/me'),
      await client(app).get('/api/no-such-route'),
    ];
    for (const res of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      const framing = res.headers.get('x-frame-options') ?? '';
      expect(/frame-ancestors 'none'/.test(csp) || /^(DENY|SAMEORIGIN)$/i.test(framing)).toBe(true);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('marks API answers as not cacheable', async () => {
    expect((await client(app).get('/api/health')).headers.get('cache-control')).toBe('no-store');
    expect((await client(app).get('/api/auth/me')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('unknown routes and request ids', () => {
  it('answers an unknown /api route with a localized JSON 404', async () => {
    const vi = await client(app).get('/api/khong-co');
    expect(vi.status).toBe(404);
    expect(vi.headers.get('content-type')).toMatch(/application\/json/);
    expect(vi.body).toEqual({ code: 'not_found', message: 'Không tìm thấy đường dẫn.' });
    const en = await client(app).send('DELETE', '/api/units', undefined, {
      'accept-language': 'en-US,en;q=0.8',
    });
    expect(en.status).toBe(404);
    expect(en.body).toEqual({ code: 'not_found', message: 'Route not found.' });
  });

  // BUG: server/http/docs.ts answers an unknown /api/docs/:file with c.notFound(), Hono's plain-text "404 Not Found",
  // instead of the JSON not_found every other /api route gives.
  it('answers an unknown file under /api/docs with the same JSON 404', async () => {
    const res = await client(app).get('/api/docs/missing.js');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'not_found', message: 'Không tìm thấy đường dẫn.' });
  });

  it("sends x-request-id on every response, echoing the caller's (capped at 64 characters) or a new UUID", async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const responses = [
      await client(app).get('/api/health'),
      await client(app).get('/api/openapi.json'),
      await client(app).get('/api/auth/me'),
      await client(app).get('/api/nope'),
      await admin.get('/api/units'),
      await admin.get('/api/units/nope'),
      await admin.post('/api/units', '{'),
      await admin.post('/api/units', { name: 'x'.repeat(1_100_000) }),
      await client(app, { cookie: admin.cookie }).post('/api/units', {}),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 401, 404, 200, 400, 400, 413, 403]);
    for (const r of responses) expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(responses.map((r) => r.headers.get('x-request-id'))).size).toBe(responses.length);
    expect(
      (await client(app).get('/api/nope', { 'x-request-id': 'trace-42' })).headers.get('x-request-id'),
    ).toBe('trace-42');
    expect(
      (await client(app).get('/api/health', { 'x-request-id': 'a'.repeat(100) })).headers.get('x-request-id'),
    ).toBe('a'.repeat(64));
  });
});

describe('request bodies', () => {
  // BUG: a write whose Content-Type is not application/json makes @hono/zod-openapi throw HTTPException(415);
  // server/http/error-response.ts maps only 400 and 413 HTTPExceptions, so the caller gets a 500.
  it('refuses a non-JSON body with a 4xx (415), not a 500, and writes nothing', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const before = await rows('units');
    const form = await admin.send('POST', '/api/units', 'kind=commune&code=F1&name=Form', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body.message).toBeTruthy();
    const text = await client(app).send('POST', '/api/auth/login', 'username=a&password=b', {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    expect(await rows('units')).toBe(before);
  });

  it('refuses a JSON body that is not an object with 400 validation_failed', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    for (const body of ['[1,2]', 'null', '"text"', '42']) {
      const res = await admin.post('/api/units', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
    }
  });
});

describe('concurrent requests', () => {
  // Runs on both databases: on PGlite the pool has one connection, so concurrent requests queue instead of colliding.
  it('serves concurrent sign-ins, writes and reads with no error and no wrong answer', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const head = await signIn(app, p.headA.user.username);
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          if (i % 4 === 0)
            return {
              res: await admin.post('/api/people', { fullName: `Đồng thời ${round}-${i}` }),
              expect: 201,
            };
          if (i % 4 === 1)
            return {
              res: await client(app).post('/api/auth/login', {
                username: p.viewer.user.username,
                password: TEST_PASSWORD,
              }),
              expect: 200,
            };
          const res = await (i % 4 === 2 ? admin : head).get('/api/units');
          return { res, expect: 200, top: i % 4 === 2 ? p.root.id : p.communeA.id };
        }),
      );
      for (const r of results) {
        expect(r.res.status).toBe(r.expect);
        if (r.top) expect(r.res.body.items.map((u: { id: string }) => u.id)).toEqual([r.top]);
      }
    }
  });
});

describe('pickLocale', () => {
  it('picks English only when the first preference is English', () => {
    expect(pickLocale(undefined)).toBe('vi');
    expect(pickLocale('en')).toBe('en');
    expect(pickLocale('EN-gb, vi;q=0.5')).toBe('en');
    expect(pickLocale('vi-VN,en;q=0.9')).toBe('vi');
    expect(pickLocale('fr')).toBe('vi');
  });
});
