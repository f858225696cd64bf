import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeCycle, makeProvince } from '../../../test/factories.ts';
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

describe('input the database cannot store', () => {
  it('refuses NUL characters, year-0 dates and malformed policy changes with a 400, writing nothing', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const units = async () =>
      Number((await database.db.execute<{ n: number }>(sql`select count(*)::int n from units`)).rows[0].n);
    const before = await units();
    const nul = await admin.post('/api/units', {
      kind: 'commune',
      code: 'NUL-1',
      name: 'Xã\u0000A',
      parentId: p.district.id,
      openedOn: '2025-07-01',
    });
    expect(nul.status).toBe(400);
    expect((await admin.get('/api/units?q=%00')).status).toBe(400);
    const year0 = await admin.post('/api/units', {
      kind: 'commune',
      code: 'Y0-1',
      name: 'Xã Năm Không',
      parentId: p.district.id,
      openedOn: '0000-01-01',
    });
    expect(year0.status).toBe(400);
    expect(year0.body.details.fields[0].field).toBe('openedOn');
    expect(await units()).toBe(before);
    const cycle = await makeCycle(database.db, p.root.id);
    for (const changes of [{ generalCriteria: 'x' }, { generalCriteria: [null] }, { label: { vi: 1 } }]) {
      const res = await admin.send('PUT', `/api/cycles/${cycle.id}/policy`, {
        version: cycle.version,
        preset: 'qd366',
        changes,
      });
      expect(res.status).toBe(400);
    }
  });
});
