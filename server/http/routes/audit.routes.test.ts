import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeProvince, makeUser } from '../../../test/factories.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db);
});
afterAll(async () => {
  await database.close();
});

const eventRow = async (id: number) =>
  (await database.pool.query('select action, after, hash from audit_events where id = $1', [id])).rows[0] as {
    action: string;
    after: unknown;
    hash: string;
  };

describe('GET /api/audit', () => {
  it("gives an admin a unit's events newest first, with actor and hashes but no internal columns", async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    await admin.patch(`/api/units/${p.communeA.id}`, { version: 1, name: 'Xã An Một' });
    await admin.patch(`/api/units/${p.communeA.id}`, { version: 2, name: 'Xã An Hai' });
    const res = await admin.get(`/api/audit?entityType=unit&entityId=${p.communeA.id}`);
    expect(res.status).toBe(200);
    const items = res.body.items as {
      seq: number;
      action: string;
      actorUserId: string | null;
      hash: string;
      before: { name: string };
      after: { name: string };
    }[];
    expect(items.map((e) => [e.seq, e.action])).toEqual([
      [3, 'unit.update'],
      [2, 'unit.update'],
      [1, 'unit.create'],
    ]);
    expect(items[0]).toMatchObject({
      actorUserId: p.admin.user.id,
      before: { name: 'Xã An Một' },
      after: { name: 'Xã An Hai' },
    });
    expect(items[2].actorUserId).toBeNull();
    for (const e of items) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(items.map((e) => e.hash)).size).toBe(3);
    expect(Object.keys(items[0])).not.toContain('prevHash');
    expect(Object.keys(items[0])).not.toContain('requestId');
  });

  it('answers 404 to callers who are not admin over the unit, and for non-unit entities to non-admins', async () => {
    const p = await makeProvince(database.db);
    const districtAdmin = await makeUser(database.db, { role: 'admin', unitId: p.district.id });
    for (const username of [p.assigner.user.username, p.headA.user.username, p.viewer.user.username]) {
      const c = await signIn(app, username);
      expect((await c.get(`/api/audit?entityType=unit&entityId=${p.communeA.id}`)).status).toBe(404);
      expect((await c.get(`/api/audit?entityType=user&entityId=${p.admin.user.id}`)).status).toBe(404);
    }
    const d = await signIn(app, districtAdmin.user.username);
    expect((await d.get(`/api/audit?entityType=unit&entityId=${p.communeA.id}`)).status).toBe(200);
    expect((await d.get(`/api/audit?entityType=unit&entityId=${p.department.id}`)).status).toBe(404);
    expect((await d.get('/api/audit?entityType=unit&entityId=not-a-uuid')).status).toBe(404);
  });

  it('refuses a missing or unknown query parameter with 400 naming it', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const missing = await admin.get('/api/audit?entityType=unit');
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields[0]).toMatchObject({ field: 'query.entityId', code: 'required' });
    const extra = await admin.get(`/api/audit?entityType=unit&entityId=${p.root.id}&all=1`);
    expect(extra.status).toBe(400);
    expect(extra.body.details.fields[0].field).toBe('query.all');
  });
});

describe('the audit trail is tamper evident', () => {
  it('refuses a plain UPDATE or DELETE on audit_events (append-only trigger)', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const [newest] = (await admin.get(`/api/audit?entityType=unit&entityId=${p.communeA.id}`)).body.items;
    const original = await eventRow(newest.id);
    await expect(
      database.pool.query(`update audit_events set action = 'unit.forged' where id = $1`, [newest.id]),
    ).rejects.toThrow(/append-only/);
    await expect(database.pool.query('delete from audit_events where id = $1', [newest.id])).rejects.toThrow(
      /append-only/,
    );
    expect(await eventRow(newest.id)).toEqual(original);
  });

  it('verifies an intact chain, then names a tampered event as the first broken link', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    await admin.patch(`/api/units/${p.communeB.id}`, { version: 1, name: 'Xã Bình Mới' });
    await admin.patch(`/api/units/${p.communeB.id}`, { version: 2, name: 'Xã Bình Mới Hơn' });
    const intact = await verifyAuditChain(database.db);
    expect(intact.firstBreak).toBeNull();
    expect(intact.checked).toBeGreaterThan(10);

    const events = (await admin.get(`/api/audit?entityType=unit&entityId=${p.communeB.id}`)).body.items;
    const target = events.find((e: { seq: number }) => e.seq === 2);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
      await tx.execute(sql`update audit_events set after = '{"name":"forged"}' where id = ${target.id}`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update`);
    });
    expect((await eventRow(target.id)).after).toEqual({ name: 'forged' });

    const broken = await verifyAuditChain(database.db);
    expect(broken.checked).toBe(intact.checked);
    expect(broken.firstBreak).toMatchObject({
      entityType: 'unit',
      entityId: p.communeB.id,
      seq: 2,
      reason: 'content does not match its hash',
    });
    expect(Number(broken.firstBreak!.eventId)).toBe(target.id);
    // A small page size (many pages) finds the same break.
    expect((await verifyAuditChain(database.db, 3)).firstBreak).toEqual(broken.firstBreak);
    // The trigger is back on.
    await expect(
      database.pool.query(`update audit_events set action = 'x' where id = $1`, [target.id]),
    ).rejects.toThrow(/append-only/);
  });
});
