import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';

let database: Database;
let app: TestApp;
let later: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db, clockAt('2022-03-20'));
  later = makeApp(database.db, clockAt('2022-06-10'));
});
afterAll(async () => {
  await database.close();
});

const count = async (table: string) =>
  Number(
    (await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int n from ${table}`))).rows[0]!.n,
  );

async function world(on: TestApp = app) {
  const f = await makeCommittedAssignment(database.db);
  const as = (username: string) => signIn(on, username);
  return {
    f,
    head: await as(f.p.headA.user.username),
    delegate: await as(f.users.delegateA.user.username),
    headB: await as(f.p.headB.user.username),
    assigner: await as(f.p.assigner.user.username),
    supporter: await as(f.users.supporter.user.username),
    appraiser: await as(f.users.appraiser.user.username),
    viewer: await as(f.p.viewer.user.username),
  };
}

const request = (f: Awaited<ReturnType<typeof makeCommittedAssignment>>, extra: object = {}) => ({
  taskId: f.tasks.poverty.id,
  kind: 'resource',
  subject: 'Đề nghị hỗ trợ kinh phí',
  body: 'Xã đề nghị Sở hỗ trợ 200 triệu đồng cho mô hình sinh kế.',
  routedTo: 'agency',
  agencyUnitId: f.p.department.id,
  ...extra,
});

describe('support requests over HTTP', () => {
  it('raises, lists, answers once, and refuses a response to the closed request', async () => {
    const w = await world();
    const raised = await w.delegate.post('/api/support-requests', request(w.f));
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({
      state: 'open',
      responseDue: '2022-03-30',
      daysToResponseDue: 10,
      routedToUnit: { name: 'Sở Thử nghiệm' },
      onBehalfOfName: w.f.p.headA.user.displayName,
      abilities: { respond: false, withdraw: true },
    });
    const box = await w.supporter.get('/api/support-requests?box=inbox&state=open');
    expect(box.status).toBe(200);
    expect(box.body).toMatchObject({ box: 'inbox', today: '2022-03-20', total: 1 });
    expect(box.body.items[0]).toMatchObject({ id: raised.body.id, task: { title: 'Giảm tỷ lệ hộ nghèo' } });
    const mine = await w.head.get('/api/support-requests?box=raised');
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([raised.body.id]);

    const answered = await w.supporter.post(`/api/support-requests/${raised.body.id}/respond`, {
      version: 1,
      response: 'Sở bố trí 150 triệu đồng trong quý II.',
      resolved: true,
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ state: 'answered', resolved: true, version: 2 });
    const events = await count('audit_events');
    const again = await w.supporter.post(`/api/support-requests/${raised.body.id}/respond`, {
      version: 2,
      response: 'Bổ sung ý kiến',
      resolved: false,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'support_request_closed' });
    expect(again.body.message).toContain('Kiến nghị này đã đóng');
    expect(await count('audit_events')).toBe(events);
    expect((await w.head.get(`/api/support-requests/${raised.body.id}`)).body).toMatchObject({
      version: 2,
      response: 'Sở bố trí 150 triệu đồng trong quý II.',
    });
    const withdraw = await w.head.post(`/api/support-requests/${raised.body.id}/withdraw`, { version: 2 });
    expect(withdraw.status).toBe(409);
  });

  it('refuses bad input with a localized 4xx naming the field, writing nothing', async () => {
    const w = await world();
    const before = await count('support_requests');
    const cases: [string, object, number, string][] = [
      ['over-long subject', request(w.f, { subject: 'x'.repeat(201) }), 400, 'subject'],
      ['unknown kind', request(w.f, { kind: 'complaint' }), 400, 'kind'],
      ['empty body', request(w.f, { body: '  ' }), 400, 'body'],
      ['unknown field', request(w.f, { priority: 'high' }), 400, 'priority'],
      ['agency missing', request(w.f, { agencyUnitId: undefined }), 422, 'agencyUnitId'],
      ['deadline too far', request(w.f, { responseDue: '2022-06-30' }), 422, 'responseDue'],
      ['deadline not a date', request(w.f, { responseDue: '30/03/2022' }), 400, 'responseDue'],
    ];
    for (const [name, body, status, field] of cases) {
      const res = await w.head.post('/api/support-requests', body);
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(res.body.details.fields.map((x: { field: string }) => x.field)).toContain(field);
      expect(res.body.message).toMatch(/\S/);
    }
    const far = await w.head.post('/api/support-requests', request(w.f, { responseDue: '2022-06-30' }));
    expect(far.body.message).toContain('2022-05-19');
    expect(await count('support_requests')).toBe(before);
  });

  it('scopes requests: another unit’s task and outsiders get 404, readers without the role 403', async () => {
    const w = await world();
    const other = await w.headB.post('/api/support-requests', request(w.f));
    expect(other.status).toBe(404);
    expect((await w.viewer.post('/api/support-requests', request(w.f))).status).toBe(404);
    expect((await w.appraiser.post('/api/support-requests', request(w.f))).status).toBe(403);
    const raised = await w.head.post(
      '/api/support-requests',
      request(w.f, { routedTo: 'assigner', agencyUnitId: null }),
    );
    expect(raised.status).toBe(201);
    const id = raised.body.id;
    expect((await w.viewer.get(`/api/support-requests/${id}`)).status).toBe(404);
    expect((await w.headB.get(`/api/support-requests/${id}`)).status).toBe(404);
    expect((await w.supporter.get(`/api/support-requests/${id}`)).status).toBe(404);
    const body = { version: 1, response: 'Trả lời', resolved: true };
    expect((await w.viewer.post(`/api/support-requests/${id}/respond`, body)).status).toBe(404);
    expect((await w.appraiser.post(`/api/support-requests/${id}/respond`, body)).status).toBe(403);
    expect((await w.viewer.get('/api/support-requests?box=inbox')).body.total).toBe(0);
    expect((await w.headB.get('/api/support-requests?box=raised')).body.total).toBe(0);
    expect((await w.head.get('/api/support-requests?box=outbox')).status).toBe(400);
    expect((await w.assigner.get(`/api/support-requests/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await client(app).get('/api/support-requests')).status).toBe(401);
    const answered = await w.assigner.post(`/api/support-requests/${id}/respond`, body);
    expect(answered.status).toBe(200);
  });
});

describe('support commitments and the ledger over HTTP', () => {
  it('names the agency, records late support and shows it as owed and not delivered', async () => {
    const w = await world(later);
    const ledger = await w.assigner.get(`/api/assignments/${w.f.assignment.id}/support`);
    expect(ledger.status).toBe(200);
    const commitment = ledger.body.tasks[1].commitments[0];
    expect(commitment).toMatchObject({ state: 'due', standing: 'overdue', version: 1 });
    expect(ledger.body.owedNotDelivered).toEqual([
      expect.objectContaining({ commitmentId: commitment.id, reason: 'overdue', daysLate: 10 }),
    ]);
    const provider = await w.assigner.post(`/api/support-commitments/${commitment.id}/provider`, {
      version: 1,
      providerUnitId: w.f.p.department.id,
    });
    expect(provider.status).toBe(200);
    expect(provider.body).toMatchObject({ providerUnitId: w.f.p.department.id, version: 2 });
    const missingDate = await w.supporter.post(`/api/support-commitments/${commitment.id}/state`, {
      version: 2,
      state: 'delivered',
    });
    expect(missingDate.status).toBe(422);
    expect(missingDate.body.details.fields[0].field).toBe('deliveredOn');
    const badState = await w.supporter.post(`/api/support-commitments/${commitment.id}/state`, {
      version: 2,
      state: 'given',
    });
    expect(badState.status).toBe(400);
    const late = await w.supporter.post(`/api/support-commitments/${commitment.id}/state`, {
      version: 2,
      state: 'late',
      deliveredOn: '2022-06-08',
      note: 'Cấp kinh phí chậm do chờ dự toán bổ sung',
    });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ state: 'late', deliveredOn: '2022-06-08', version: 3 });
    const stale = await w.assigner.post(`/api/support-commitments/${commitment.id}/state`, {
      version: 2,
      state: 'due',
    });
    expect(stale.status).toBe(409);
    expect(
      (await w.head.post(`/api/support-commitments/${commitment.id}/state`, { version: 3, state: 'due' }))
        .status,
    ).toBe(403);
    expect(
      (await w.viewer.post(`/api/support-commitments/${commitment.id}/state`, { version: 3, state: 'due' }))
        .status,
    ).toBe(404);

    const after = await w.supporter.get(`/api/assignments/${w.f.assignment.id}/support?date=2022-06-30`);
    expect(after.status).toBe(200);
    expect(after.body.tasks).toHaveLength(1);
    expect(after.body.tasks[0].commitments[0]).toMatchObject({
      standing: 'delivered_late',
      history: [expect.objectContaining({ state: 'late', note: 'Cấp kinh phí chậm do chờ dự toán bổ sung' })],
    });
    expect(after.body.owedNotDelivered).toEqual([
      expect.objectContaining({ reason: 'delivered_late', deliveredOn: '2022-06-08', daysLate: 8 }),
    ]);
    expect((await w.viewer.get(`/api/assignments/${w.f.assignment.id}/support`)).status).toBe(404);
    expect(
      (await w.assigner.get(`/api/assignments/${w.f.assignment.id}/support?date=2022-02-30`)).status,
    ).toBe(400);
  });
});

describe('agencies answering support requests', () => {
  it('lists the functional agencies with a supporter to every signed-in head, even outside their tree', async () => {
    const w = await world();
    const res = await w.head.get('/api/support-agencies');
    expect(res.status).toBe(200);
    const names = (res.body as { items: { id: string; name: string }[] }).items.map((a) => a.id);
    expect(names).toContain(w.f.p.department.id);
    expect(names).not.toContain(w.f.p.communeB.id);
    expect((await client(app).get('/api/support-agencies')).status).toBe(401);
  });
});
