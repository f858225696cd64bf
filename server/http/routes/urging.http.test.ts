import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeUser } from '../../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, notifications } from '../../db/schema/index.ts';
import { extractDocxText } from '../../documents/docx/docx-text.ts';
import { createAssignment } from '../../services/assignments/create-assignment.ts';

let database: Database;
let app: TestApp;
let f: Awaited<ReturnType<typeof makeCommittedAssignment>>;
let other: Awaited<ReturnType<typeof makeCommittedAssignment>>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db, clockAt('2022-07-05'));
  f = await makeCommittedAssignment(database.db);
  other = await makeCommittedAssignment(database.db);
});
afterAll(async () => {
  await database.close();
});

const notices = async () =>
  Number(
    (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from urging_notices`)).rows[0].n,
  );

const valid = () => ({
  documentNumber: 'Số: 25 - CV/HU',
  documentDate: '2022-07-05',
  signerName: 'Trần Văn Ký',
  signerTitle: 'Phó Bí thư Thường trực',
  body: 'Đề nghị đồng chí tập trung chỉ đạo, hoàn thành ngay các nhiệm vụ đã quá hạn.',
  // Picked out of order: the notice lists them in the assignment's order.
  taskIds: [f.tasks.clearance.id, f.tasks.vaccination.id],
  respondBy: '2022-07-15',
});

describe('urging notices over HTTP', () => {
  it('lets the assigner urge the head: the notice, its audit event and the head’s notification', async () => {
    const assigner = await signIn(app, f.p.assigner.user.username);
    const res = await assigner.post(`/api/assignments/${f.assignment.id}/urging-notices`, valid());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      assignmentId: f.assignment.id,
      documentNumber: '25-CV/HU',
      documentDate: '2022-07-05',
      respondBy: '2022-07-15',
      issuedBy: f.p.assigner.user.id,
      tasks: [
        { id: f.tasks.vaccination.id, title: 'Tỷ lệ tiêm chủng' },
        { id: f.tasks.clearance.id, title: 'Giải phóng mặt bằng đường vành đai' },
      ],
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'urging_notice'), eq(auditEvents.entityId, res.body.id)));
    expect(audit).toMatchObject({ action: 'urging_notice.create', actorUserId: f.p.assigner.user.id });
    const toHead = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.key, `urging:${res.body.id}`));
    expect(toHead.map((n) => n.userId)).toEqual([f.p.headA.user.id]);

    const head = await signIn(app, f.p.headA.user.username);
    const [n] = (await head.get('/api/notifications')).body.items;
    expect(n).toMatchObject({
      kind: 'urging',
      title: 'Văn bản đôn đốc số 25-CV/HU',
      link: `/assignments/${f.assignment.id}`,
    });
    expect(n.body).toContain('Đề nghị đồng chí báo cáo kết quả trước ngày 15/07/2022.');

    const list = await head.get(`/api/assignments/${f.assignment.id}/urging-notices`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
  });

  it('renders the notice as .docx in both layouts, tasks with deadline and status on its date', async () => {
    const assigner = await signIn(app, f.p.assigner.user.username);
    const [notice] = (await assigner.get(`/api/assignments/${f.assignment.id}/urging-notices`)).body.items;
    const head = await signIn(app, f.p.headA.user.username);
    for (const layout of ['party', 'state']) {
      const res = await app.request(`/api/urging-notices/${notice.id}/document.docx?layout=${layout}`, {
        headers: { cookie: head.cookie! },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const text = await extractDocxText(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain(layout === 'party' ? 'Số 25-CV/HU' : 'Số: 25-CV/HU');
      expect(text).toContain('V/v đôn đốc thực hiện nhiệm vụ được giao năm 2022');
      expect(text).toContain('Kính gửi: Đồng chí Nguyễn Văn An, Bí thư Đảng ủy');
      expect(text).toContain('Tỷ lệ tiêm chủng\n30/06/2022\nQuá hạn\nChưa có báo cáo tiến độ');
      expect(text).toContain('Giải phóng mặt bằng đường vành đai\n31/08/2022\nChưa đến hạn');
      expect(text).toContain('Quyết định số 12-QĐ/HU ngày 15 tháng 3 năm 2022');
      expect(text).toContain('trước ngày 15/07/2022');
      expect(text).toContain('Trần Văn Ký');
    }
    const outsider = await signIn(app, f.p.headB.user.username);
    const hidden = await app.request(`/api/urging-notices/${notice.id}/document.docx`, {
      headers: { cookie: outsider.cookie! },
    });
    expect(hidden.status).toBe(404);
    expect((await head.get(`/api/urging-notices/${notice.id}/document.docx?layout=word`)).status).toBe(400);
    expect((await head.get(`/api/urging-notices/${f.tasks.revenue.id}/document.docx`)).status).toBe(404);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const assigner = await signIn(app, f.p.assigner.user.username);
    const before = await notices();
    const post = (body: unknown) => assigner.post(`/api/assignments/${f.assignment.id}/urging-notices`, body);

    const empty = await post({ ...valid(), taskIds: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.details.fields.map((x: { field: string }) => x.field)).toEqual(['taskIds']);

    const foreign = await post({ ...valid(), taskIds: [f.tasks.revenue.id, other.tasks.revenue.id] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('urging_task_invalid');
    expect(foreign.body.details.fields.map((x: { field: string }) => x.field)).toEqual(['taskIds.1']);

    const twice = await post({ ...valid(), taskIds: [f.tasks.revenue.id, f.tasks.revenue.id] });
    expect(twice.body.details.fields.map((x: { field: string }) => x.field)).toEqual(['taskIds.1']);

    const number = await post({ ...valid(), documentNumber: 'công văn 25' });
    expect(number.status).toBe(422);
    expect(number.body.details.fields[0].field).toBe('documentNumber');
    expect(number.body.message).toContain('công văn 25');

    const reply = await post({ ...valid(), respondBy: '2022-07-01' });
    expect(reply.status).toBe(422);
    expect(reply.body.details.fields[0].field).toBe('respondBy');

    const long = await post({ ...valid(), body: 'x'.repeat(5001) });
    expect(long.status).toBe(400);
    expect(long.body.details.fields[0].field).toBe('body');

    const extra = await post({ ...valid(), urgent: true });
    expect(extra.status).toBe(400);
    expect((await post({ ...valid(), documentDate: '2022-02-30' })).status).toBe(400);
    expect(await notices()).toBe(before);
  });

  it('lets only the assigner of the assigning unit urge, and only once the head has committed', async () => {
    const body = valid();
    const url = `/api/assignments/${f.assignment.id}/urging-notices`;
    const head = await signIn(app, f.p.headA.user.username);
    const byHead = await head.post(url, body);
    expect(byHead.status).toBe(403);
    expect(byHead.body.code).toBe('forbidden');
    const stranger = await signIn(app, other.p.assigner.user.username);
    expect((await stranger.post(url, body)).status).toBe(404);
    expect((await stranger.get(url)).status).toBe(404);
    // An assigner of the province reads the district's assignments but does not act for the district.
    const province = await makeUser(database.db, { role: 'assigner', unitId: f.p.root.id });
    const above = await signIn(app, province.user.username);
    expect((await above.get(url)).status).toBe(200);
    expect((await above.post(url, body)).status).toBe(403);

    const assigner = await signIn(app, f.p.assigner.user.username);
    const draft = await createAssignment(f.ctx.assigner, {
      cycleId: f.cycle.id,
      assigningUnitId: f.p.district.id,
      assigneeUnitId: f.p.communeB.id,
    });
    const early = await assigner.post(`/api/assignments/${draft.id}/urging-notices`, {
      ...body,
      taskIds: [f.tasks.revenue.id],
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('urging_not_allowed_in_state');
  });
});
