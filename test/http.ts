import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { type Clock, systemClock } from '../server/clock.ts';
import type { Db } from '../server/db/client.ts';
import { createApp } from '../server/http/app.ts';
import type { FileStorage } from '../server/storage/file-storage.ts';
import { LocalFileStorage } from '../server/storage/local-file-storage.ts';
import { TEST_PASSWORD } from './factories.ts';

export type TestApp = ReturnType<typeof createApp>;

/** The real HTTP app on the test database (no web root), storing evidence in a fresh temporary folder (created on the first upload). */
export function makeApp(
  db: Db,
  clock: Clock = systemClock,
  storage: FileStorage = new LocalFileStorage(join(tmpdir(), `mandate-files-${randomUUID()}`)),
): TestApp {
  return createApp({
    db,
    clock,
    logger: pino({ level: 'silent' }),
    storage,
    secureCookies: false,
    trustProxy: true,
  });
}

/** An HTTP client signed in as `username`, sending its cookie and CSRF token like the web app. */
export async function signIn(app: TestApp, username: string, password = TEST_PASSWORD, ip = '10.0.0.1') {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200)
    throw new Error(`sign-in failed for ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const me = (await res.json()) as { csrfToken: string };
  return client(app, { cookie, csrf: me.csrfToken });
}

/** A client with optional cookie and CSRF token. */
export function client(app: TestApp, auth: { cookie?: string; csrf?: string } = {}) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, {
      method,
      headers: {
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.csrf && method !== 'GET' ? { 'x-csrf-token': auth.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: json, text, headers: res.headers };
  };
  return {
    ...auth,
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('POST', path, body ?? {}, headers),
    patch: (path: string, body?: unknown, headers?: Record<string, string>) =>
      send('PATCH', path, body ?? {}, headers),
    send,
  };
}
