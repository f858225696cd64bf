import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { runSweep } from '../../jobs/reminder-sweep.ts';

let database: Database;
let app: TestApp;
let f: Awaited<ReturnType<typeof makeCommittedAssignment>>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db, clockAt('2022-06-27'));
  f = await makeCommittedAssignment(database.db);
  await runSweep(database, { today: '2022-06-25', clock: clockAt('2022-06-25') });
  await runSweep(database, { today: '2022-06-27', clock: clockAt('2022-06-27') });
});
afterAll(async () => {
  await database.close();
});

describe('notifications over HTTP', () => {
  it('lists my own notifications, newest first, with Vietnamese text and links, and counts the unread', async () => {
    const head = await signIn(app, f.p.headA.user.username);
    const res = await head.get('/api/notifications');
    expect(res.status).toBe(200);
    // Due soon, four silent tasks and the digest of week 25; the digest of week 26.
    expect(res.body.unreadCount).toBe(7);
    expect(res.body.items).toHaveLength(7);
    expect(res.body.items[0]).toMatchObject({ kind: 'digest', title: 'Tổng hợp tuần 26/2022', readAt: null });
    const dueSoon = res.body.items.find((n: { kind: string }) => n.kind === 'due_soon');
    expect(dueSoon).toMatchObject({
      title: 'Sắp đến hạn: Tỷ lệ tiêm chủng',
      link: `/tasks/${f.tasks.vaccination.id}`,
      entityType: 'task',
      entityId: f.tasks.vaccination.id,
    });
    expect(dueSoon.body).toContain('đến hạn ngày 30/06/2022');
    expect((await head.get('/api/notifications/unread-count')).body).toEqual({ count: 7 });

    const english = await head.get('/api/notifications?limit=2', { 'accept-language': 'en' });
    expect(english.body.items).toHaveLength(2);
    expect(english.body.items[0].title).toBe('Weekly summary, week 26, 2022');
  });

  it('marks one read (idempotently), then all; only the unread are listed on request', async () => {
    const delegate = await signIn(app, f.users.delegateA.user.username);
    const [only] = (await delegate.get('/api/notifications')).body.items;
    expect(only.kind).toBe('due_soon');
    const read = await delegate.post(`/api/notifications/${only.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBe(clockAt('2022-06-27')().toISOString());
    const again = await delegate.post(`/api/notifications/${only.id}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await delegate.get('/api/notifications?unread=true')).body).toEqual({
      items: [],
      unreadCount: 0,
    });

    const head = await signIn(app, f.p.headA.user.username);
    expect((await head.post('/api/notifications/read-all')).body).toEqual({ updated: 7 });
    expect((await head.get('/api/notifications/unread-count')).body).toEqual({ count: 0 });
    expect((await head.post('/api/notifications/read-all')).body).toEqual({ updated: 0 });
  });

  it("answers 404 for someone else's notification, 400 for bad input, 401 without a session", async () => {
    const assigner = await signIn(app, f.p.assigner.user.username);
    const [theirs] = (await assigner.get('/api/notifications')).body.items;
    expect(theirs.kind).toBe('digest');
    const head = await signIn(app, f.p.headA.user.username);
    const stolen = await head.post(`/api/notifications/${theirs.id}/read`);
    expect(stolen.status).toBe(404);
    expect(stolen.body).toMatchObject({
      code: 'notification_not_found',
      message: 'Không tìm thấy thông báo.',
    });
    expect((await assigner.get('/api/notifications/unread-count')).body.count).toBeGreaterThan(0);

    expect((await head.post('/api/notifications/not-a-uuid/read')).status).toBe(400);
    for (const query of ['limit=0', 'limit=1000', 'unread=yes', 'page=2']) {
      const bad = await head.get(`/api/notifications?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.body.details.fields[0].field).toMatch(/^query\./);
    }
    expect((await client(app).get('/api/notifications')).status).toBe(401);
    const doc = await client(app).get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/notifications',
        '/api/notifications/{id}/read',
        '/api/assignments/{id}/urging-notices',
        '/api/urging-notices/{id}/document.docx',
      ]),
    );
    expect((await client(app).get('/api/notifications/unread-count')).status).toBe(401);
  });
});
