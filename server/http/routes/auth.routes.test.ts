import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeProvince, makeUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';

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
const login = (username: string, password: string, ip: string, headers: Record<string, string> = {}) =>
  client(app).post('/api/auth/login', { username, password }, { 'x-forwarded-for': ip, ...headers });
const newUnit = (parentId: string) => ({
  kind: 'commune',
  code: `N-${Math.random().toString(36).slice(2, 8)}`,
  name: 'Xã Mới',
  parentId,
  openedOn: '2025-01-01',
});

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the CSRF token with the user', async () => {
    const { user } = await makeUser(database.db);
    const res = await login(user.username, TEST_PASSWORD, '10.1.0.1');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^mandate_session=[^;]{20,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.body.user).toMatchObject({ id: user.id, username: user.username });
    expect(res.text).not.toMatch(/passwordHash|argon2/);
  });

  it('refuses a wrong password with 401 in Vietnamese by default and in English on request', async () => {
    const { user } = await makeUser(database.db);
    const vi = await login(user.username, 'Wrong-password-1', '10.1.1.1');
    expect(vi.status).toBe(401);
    expect(vi.body).toMatchObject({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(vi.headers.get('set-cookie')).toBeNull();
    const en = await login(user.username, 'Wrong-password-1', '10.1.1.2', {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(en.status).toBe(401);
    expect(en.body).toMatchObject({
      code: 'invalid_credentials',
      message: 'The username or password is incorrect.',
    });
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const res = await login('no.such.user', TEST_PASSWORD, '10.1.2.1');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('invalid_credentials');
  });

  it('throttles the 6th attempt for one username within 15 minutes, even with the right password and a new address', async () => {
    const { user } = await makeUser(database.db);
    const other = await makeUser(database.db);
    for (let i = 1; i <= 5; i++)
      expect((await login(user.username, `Wrong-${i}-pass`, `10.2.0.${i}`)).status).toBe(401);
    const sixth = await login(user.username, TEST_PASSWORD, '10.2.0.6');
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({
      code: 'too_many_attempts',
      message: expect.stringContaining('15 phút'),
    });
    expect(sixth.headers.get('set-cookie')).toBeNull();
    // Per username: another account from the very same address still signs in.
    expect((await login(other.user.username, TEST_PASSWORD, '10.2.0.6')).status).toBe(200);
  });

  it('refuses a disabled account with 403 even with the right password', async () => {
    const { user } = await makeUser(database.db);
    await database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const res = await login(user.username, TEST_PASSWORD, '10.1.3.1', { 'accept-language': 'en' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'account_disabled', message: 'This account is disabled.' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const { user } = await makeUser(database.db);
    const before = await rows('sessions');
    const res = await login(user.username, TEST_PASSWORD, '10.1.4.1', {
      origin: 'https://evil.example',
      host: 'localhost',
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
    expect(await rows('sessions')).toBe(before);
  });
});

describe('GET /api/auth/me', () => {
  it('answers 401 without a cookie or with an unknown one', async () => {
    const none = await client(app).get('/api/auth/me');
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 'unauthenticated', message: 'Đồng chí cần đăng nhập.' });
    expect((await client(app, { cookie: 'mandate_session=forged-token' }).get('/api/auth/me')).status).toBe(
      401,
    );
  });

  it('returns the user, their grants, the same CSRF token and whether they manage users', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const me = await admin.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(admin.csrf);
    expect(me.body.abilities).toEqual({ manageUsers: true });
    expect(me.body.grants).toEqual([
      expect.objectContaining({ role: 'admin', unitId: p.root.id, unitName: 'Tỉnh Thử nghiệm' }),
    ]);
    const head = await signIn(app, p.headA.user.username);
    expect((await head.get('/api/auth/me')).body.abilities).toEqual({ manageUsers: false });
  });
});

describe('CSRF protection on writes', () => {
  it('refuses a write without X-CSRF-Token with 403 csrf_failed and writes nothing', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const other = await signIn(app, p.admin.user.username);
    const before = [await rows('units'), await rows('audit_events')];
    const noToken = client(app, { cookie: admin.cookie });
    const res = await noToken.post('/api/units', newUnit(p.district.id));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'csrf_failed', message: expect.stringContaining('CSRF') });
    const wrongToken = client(app, { cookie: admin.cookie, csrf: 'not-the-token' });
    expect((await wrongToken.post('/api/units', newUnit(p.district.id))).status).toBe(403);
    // Another session's token does not do either.
    expect(
      (
        await client(app, { cookie: admin.cookie, csrf: other.csrf }).post(
          '/api/units',
          newUnit(p.district.id),
        )
      ).status,
    ).toBe(403);
    expect([await rows('units'), await rows('audit_events')]).toEqual(before);
    // The same request with the token goes through, so the refusals above were about the token.
    expect((await admin.post('/api/units', newUnit(p.district.id))).status).toBe(201);
  });

  it('refuses a write from a cross-site Origin with 403 even with a valid token, and accepts the same origin', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const before = await rows('units');
    const cross = await admin.post('/api/units', newUnit(p.district.id), {
      origin: 'https://evil.example',
      host: 'mandate.example',
    });
    expect(cross.status).toBe(403);
    expect(cross.body.code).toBe('csrf_failed');
    expect(await rows('units')).toBe(before);
    const same = await admin.post('/api/units', newUnit(p.district.id), {
      origin: 'https://mandate.example',
      host: 'mandate.example',
    });
    expect(same.status).toBe(201);
  });

  // BUG: middleware/session.ts does `new URL(origin)`, which throws on the literal `Origin: null` that browsers send
  // from sandboxed frames, file: pages and some redirects, so the request ends in a 500 instead of a 403.
  it('refuses a write carrying Origin: null with 403 csrf_failed, not a 500', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const res = await admin.post('/api/units', newUnit(p.district.id), { origin: 'null', host: 'localhost' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session: the old cookie then gets 401 and the cookie is cleared', async () => {
    const { user } = await makeUser(database.db);
    const session = await signIn(app, user.username);
    expect((await session.get('/api/auth/me')).status).toBe(200);
    const res = await session.post('/api/auth/logout');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/mandate_session=;.*Max-Age=0/i);
    expect((await session.get('/api/auth/me')).status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('refuses a wrong current password with 422 naming currentPassword, and keeps the old password', async () => {
    const { user } = await makeUser(database.db);
    const session = await signIn(app, user.username);
    const res = await session.post('/api/auth/password', {
      currentPassword: 'Not-mine-1',
      newPassword: 'Brand-new-2025',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('wrong_password');
    expect(res.body.details.fields).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'wrong_password' }),
    ]);
    expect((await login(user.username, TEST_PASSWORD, '10.3.0.1')).status).toBe(200);
  });

  it('refuses a weak new password with 422 naming newPassword', async () => {
    const { user } = await makeUser(database.db);
    const session = await signIn(app, user.username);
    for (const weak of ['short1', 'onlyletters', '1234567890']) {
      const res = await session.post(
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: weak },
        { 'accept-language': 'en' },
      );
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        code: 'weak_password',
        message: expect.stringContaining('at least 8 characters'),
      });
      expect(res.body.details.fields[0].field).toBe('newPassword');
    }
    expect((await login(user.username, TEST_PASSWORD, '10.3.1.1')).status).toBe(200);
  });

  it('changes the password, ends the other sessions and keeps the current one', async () => {
    const { user } = await makeUser(database.db);
    const current = await signIn(app, user.username, TEST_PASSWORD, '10.3.2.1');
    const elsewhere = await signIn(app, user.username, TEST_PASSWORD, '10.3.2.2');
    const res = await current.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Brand-new-2025',
    });
    expect(res.status).toBe(200);
    expect((await current.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await login(user.username, TEST_PASSWORD, '10.3.2.3')).status).toBe(401);
    expect((await login(user.username, 'Brand-new-2025', '10.3.2.4')).status).toBe(200);
  });
});
