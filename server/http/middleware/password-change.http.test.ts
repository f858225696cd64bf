import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeProvince } from '../../../test/factories.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
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

describe('first sign-in of an account created by an admin', () => {
  it('must change the password before reaching anything but the auth routes', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const created = await admin.post('/api/users', {
      username: 'can.bo.moi',
      displayName: 'Cán bộ mới',
      password: 'Tam-thoi-2022',
    });
    expect(created.body.mustChangePassword).toBe(true);
    await admin.post('/api/grants', {
      userId: created.body.id,
      role: 'viewer',
      unitId: p.root.id,
      includeSubtree: true,
    });
    const user = await signIn(app, 'can.bo.moi', 'Tam-thoi-2022');
    const blocked = await user.get('/api/units');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('password_change_required');
    expect((await user.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    expect(
      (
        await user.post('/api/auth/password', {
          currentPassword: 'Tam-thoi-2022',
          newPassword: 'Cua-toi-2022',
        })
      ).status,
    ).toBe(200);
    expect((await user.get('/api/units')).status).toBe(200);
  });
});
