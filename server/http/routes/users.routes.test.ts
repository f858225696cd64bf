import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeProvince, makeUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';

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
let n = 0;
const freshName = () => `nv.${Date.now().toString(36)}.${++n}`;

describe('/api/users is invisible to non-admins', () => {
  it('answers 404 to a head, an assigner and a viewer on every user and grant route, and writes nothing', async () => {
    const p = await makeProvince(database.db);
    for (const who of [p.headA, p.assigner, p.viewer]) {
      const c = await signIn(app, who.user.username);
      const before = [await rows('users'), await rows('role_grants'), await rows('audit_events')];
      const answers = [
        await c.get('/api/users'),
        await c.get(`/api/users/${p.admin.user.id}`),
        await c.post('/api/users', { username: freshName(), displayName: 'X', password: 'Strong-pass-1' }),
        await c.patch(`/api/users/${p.admin.user.id}`, { version: 1, isActive: false }),
        await c.post(`/api/users/${p.admin.user.id}/password`, { version: 1, newPassword: 'Hijack-2025' }),
        await c.post('/api/grants', { userId: who.user.id, role: 'admin', unitId: p.root.id }),
      ];
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 404));
      for (const r of answers)
        expect(r.body).toMatchObject({ code: 'not_found', message: 'Không tìm thấy đường dẫn.' });
      expect([await rows('users'), await rows('role_grants'), await rows('audit_events')]).toEqual(before);
    }
  });

  it('answers 401 to an anonymous caller', async () => {
    expect((await client(app).get('/api/users')).status).toBe(401);
  });
});

describe('POST /api/users', () => {
  it('creates an account (201) that must change its password, never showing the hash', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const username = freshName();
    const res = await admin.post('/api/users', {
      username,
      displayName: 'Nguyễn Văn Mới',
      password: 'First-pass-2025',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username,
      displayName: 'Nguyễn Văn Mới',
      isActive: true,
      mustChangePassword: true,
      version: 1,
    });
    expect(res.text).not.toMatch(/passwordHash|argon2/);
    const listed = await admin.get(`/api/users?q=${username}`);
    expect(listed.body.items.map((u: { id: string }) => u.id)).toEqual([res.body.id]);
    const me = await (await signIn(app, username, 'First-pass-2025')).get('/api/auth/me');
    expect(me.body.user.mustChangePassword).toBe(true);
    expect(me.body.grants).toEqual([]);
  });

  it('refuses a duplicate username with 409 naming username, and a weak password with 422 naming password', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const before = [await rows('users'), await rows('audit_events')];
    const dup = await admin.post('/api/users', {
      username: p.headA.user.username,
      displayName: 'Trùng',
      password: 'Strong-pass-1',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate_username');
    expect(dup.body.message).toContain(p.headA.user.username);
    expect(dup.body.details.fields).toEqual([
      expect.objectContaining({ field: 'username', code: 'duplicate_username' }),
    ]);
    const weak = await admin.post('/api/users', {
      username: freshName(),
      displayName: 'Yếu',
      password: 'password',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.code).toBe('weak_password');
    expect(weak.body.details.fields[0].field).toBe('password');
    const badName = await admin.post('/api/users', {
      username: 'Có Dấu',
      displayName: 'X',
      password: 'Strong-pass-1',
    });
    expect(badName.status).toBe(400);
    expect(badName.body.details.fields[0].field).toBe('username');
    expect([await rows('users'), await rows('audit_events')]).toEqual(before);
  });
});

describe('grants', () => {
  it('grants a role on a unit (201); the grantee can then read it; after revoking they get 404 again', async () => {
    const p = await makeProvince(database.db);
    const { user } = await makeUser(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const grantee = await signIn(app, user.username);
    expect((await grantee.get(`/api/units/${p.communeA.id}`)).status).toBe(404);

    const granted = await admin.post('/api/grants', {
      userId: user.id,
      role: 'viewer',
      unitId: p.communeA.id,
      includeSubtree: true,
      note: 'Theo dõi',
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      userId: user.id,
      role: 'viewer',
      unitId: p.communeA.id,
      unitName: 'Xã An',
      includeSubtree: true,
      version: 1,
    });
    const read = await grantee.get(`/api/units/${p.communeA.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toMatchObject({ read: true, update: false });
    expect((await grantee.get(`/api/units/${p.communeB.id}`)).status).toBe(404);
    expect((await admin.get(`/api/users/${user.id}`)).body.grants).toEqual([
      expect.objectContaining({ id: granted.body.id }),
    ]);

    const revoked = await admin.post(`/api/grants/${granted.body.id}/revoke`, { version: 1 });
    expect(revoked.status).toBe(200);
    expect(revoked.body.version).toBe(2);
    expect((await grantee.get(`/api/units/${p.communeA.id}`)).status).toBe(404);
    expect((await admin.post(`/api/grants/${granted.body.id}/revoke`, { version: 2 })).body.code).toBe(
      'grant_already_revoked',
    );
    expect((await admin.get(`/api/users/${user.id}`)).body.grants).toEqual([]);
  });

  it('refuses an admin of a district granting on the department with 403 grant_outside_scope, writing nothing', async () => {
    const p = await makeProvince(database.db);
    const districtAdmin = await makeUser(database.db, { role: 'admin', unitId: p.district.id });
    const { user } = await makeUser(database.db);
    const admin = await signIn(app, districtAdmin.user.username);
    const before = [await rows('role_grants'), await rows('audit_events')];
    const res = await admin.post(
      '/api/grants',
      { userId: user.id, role: 'viewer', unitId: p.department.id },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      code: 'grant_outside_scope',
      message: 'You can only grant roles within the units you administer.',
    });
    expect(res.body.details.fields[0].field).toBe('unitId');
    expect(
      (await admin.post('/api/grants', { userId: user.id, role: 'admin', unitId: p.root.id })).status,
    ).toBe(403);
    expect([await rows('role_grants'), await rows('audit_events')]).toEqual(before);
    expect(
      (await admin.post('/api/grants', { userId: user.id, role: 'viewer', unitId: p.communeA.id })).status,
    ).toBe(201);
  });

  it('refuses an unknown role and a malformed unit id with 400 naming the field', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const before = await rows('role_grants');
    const role = await admin.post('/api/grants', {
      userId: p.viewer.user.id,
      role: 'superuser',
      unitId: p.root.id,
    });
    expect(role.status).toBe(400);
    expect(role.body.details.fields[0].field).toBe('role');
    const unit = await admin.post('/api/grants', {
      userId: p.viewer.user.id,
      role: 'viewer',
      unitId: 'root',
    });
    expect(unit.body.details.fields[0].field).toBe('unitId');
    expect(await rows('role_grants')).toBe(before);
  });
});

describe('PATCH /api/users/:id', () => {
  it('disabling a user ends their sessions and refuses their next sign-in', async () => {
    const p = await makeProvince(database.db);
    const { user } = await makeUser(database.db, { role: 'viewer', unitId: p.department.id });
    const session = await signIn(app, user.username);
    expect((await session.get('/api/auth/me')).status).toBe(200);
    const admin = await signIn(app, p.admin.user.username);
    const res = await admin.patch(`/api/users/${user.id}`, { version: 1, isActive: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ isActive: false, version: 2 });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await session.get(`/api/units/${p.department.id}`)).status).toBe(401);
    const again = await client(app).post('/api/auth/login', {
      username: user.username,
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('account_disabled');
    expect((await admin.patch(`/api/users/${user.id}`, { version: 1, isActive: true })).status).toBe(409);
  });

  // BUG: any admin manages every account (users.routes.ts adminContext → canManageUsers, services/users/update-user.ts),
  // so an admin of one district can reset the province admin's password and sign in as them (or disable them).
  it("refuses a district admin resetting the province admin's password (no account takeover)", async () => {
    const p = await makeProvince(database.db);
    const districtAdmin = await makeUser(database.db, { role: 'admin', unitId: p.district.id });
    const admin = await signIn(app, districtAdmin.user.username);
    const res = await admin.post(`/api/users/${p.admin.user.id}/password`, {
      version: 1,
      newPassword: 'Hijack-2025',
    });
    expect([403, 404]).toContain(res.status);
    const takeover = await client(app).post('/api/auth/login', {
      username: p.admin.user.username,
      password: 'Hijack-2025',
    });
    expect(takeover.status).toBe(401);
  });
});
