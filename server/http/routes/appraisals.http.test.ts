import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraisalListSchema, appraisalSchema, worklistSchema } from '../../../contracts/appraisals.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import { makeExecutionScenario } from '../../../test/fixtures/execution-scenario.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { extractDocxText } from '../../documents/docx/docx-text.ts';

let database: Database;
let app: TestApp;
let s: Awaited<ReturnType<typeof makeExecutionScenario>>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db, clockAt('2022-07-05'));
  s = await makeExecutionScenario(database.db);
});
afterAll(async () => {
  await database.close();
});

const count = async () =>
  Number((await database.db.execute<{ n: number }>(sql`select count(*)::int n from appraisals`)).rows[0].n);
const as = (who: { user: { username: string } }) => signIn(app, who.user.username);

describe('appraisals over HTTP', () => {
  it('records an appraisal as the appraiser and reads it back, alone and in the list', async () => {
    const appraiser = await as(s.users.appraiser);
    const res = await appraiser.post(`/api/assignments/${s.assignment.id}/appraisals`, {
      kind: 'ad_hoc',
      appraisedOn: '2022-07-04',
      findings: 'Kiểm tra đột xuất tiến độ tiêm chủng',
      items: [{ taskId: s.tasks.vaccination.id, progress: 'on_track', verifiedValue: 96.2 }],
    });
    expect(res.status).toBe(201);
    const created = appraisalSchema.parse(res.body);
    expect(created).toMatchObject({
      kind: 'ad_hoc',
      quarter: null,
      items: [{ taskNumber: 3, verifiedValue: 96.2 }],
    });

    const head = await as(s.p.headA);
    const one = await head.get(`/api/appraisals/${created.id}`);
    expect(one.status).toBe(200);
    expect(appraisalSchema.parse(one.body).id).toBe(created.id);
    const list = await head.get(`/api/assignments/${s.assignment.id}/appraisals`);
    expect(list.status).toBe(200);
    expect(appraisalListSchema.parse(list.body).items.map((a) => a.appraisedOn)).toEqual([
      '2022-06-30',
      '2022-07-04',
    ]);
  });

  it('refuses a share of 1 without acceptance with a Vietnamese message naming the field, writing nothing', async () => {
    const appraiser = await as(s.users.appraiser);
    const before = await count();
    const res = await appraiser.post(`/api/assignments/${s.assignment.id}/appraisals`, {
      kind: 'quarterly',
      quarter: 2,
      appraisedOn: '2022-06-30',
      items: [{ taskId: s.tasks.clearance.id, progress: 'on_track', verifiedFraction: 1 }],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'appraisal_whole_needs_acceptance',
      message: 'Nhiệm vụ số 4: tỷ lệ 1 (100%) chỉ ghi khi sản phẩm được nghiệm thu (chấp nhận).',
      details: { fields: [{ field: 'items.0.verifiedFraction' }] },
    });
    const english = await appraiser.post(
      `/api/assignments/${s.assignment.id}/appraisals`,
      {
        kind: 'ad_hoc',
        appraisedOn: '2022-07-06',
        items: [{ taskId: s.tasks.revenue.id, progress: 'late' }],
      },
      { 'accept-language': 'en' },
    );
    expect(english.body).toMatchObject({
      code: 'appraisal_date_in_future',
      message: 'The appraisal date cannot be after today (2022-07-05).',
    });
    expect(await count()).toBe(before);
  });

  const line = (change: Record<string, unknown> = {}) => ({
    kind: 'ad_hoc',
    appraisedOn: '2022-07-01',
    items: [{ taskId: s.tasks.clearance.id, progress: 'on_track', ...change }],
  });
  it.each<[string, () => Record<string, unknown>, string]>([
    ['no line', () => ({ ...line(), items: [] }), 'items'],
    ['a share with 5 decimals', () => line({ verifiedFraction: 0.12345 }), 'items.0.verifiedFraction'],
    ['a share above 1', () => line({ verifiedFraction: 1.5 }), 'items.0.verifiedFraction'],
    ['an unknown progress', () => line({ progress: 'fine' }), 'items.0.progress'],
    ['an unknown field', () => line({ score: 3 }), 'items.0.score'],
    ['a quarter 5', () => ({ ...line(), kind: 'quarterly', quarter: 5 }), 'quarter'],
  ])('answers 400 for %s, naming the field', async (_name, body, field) => {
    const appraiser = await as(s.users.appraiser);
    const res = await appraiser.post(`/api/assignments/${s.assignment.id}/appraisals`, body());
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('answers 401, 403 and 404 as the caller deserves', async () => {
    const body = {
      kind: 'ad_hoc',
      appraisedOn: '2022-07-01',
      items: [{ taskId: s.tasks.revenue.id, progress: 'late' }],
    };
    expect((await client(app).post(`/api/assignments/${s.assignment.id}/appraisals`, body)).status).toBe(401);
    expect(
      (await (await as(s.p.headA)).post(`/api/assignments/${s.assignment.id}/appraisals`, body)).status,
    ).toBe(403);
    const other = await as(s.p.headB);
    expect((await other.post(`/api/assignments/${s.assignment.id}/appraisals`, body)).status).toBe(404);
    expect((await other.get(`/api/assignments/${s.assignment.id}/appraisals`)).status).toBe(404);
    const missing = await other.get(`/api/appraisals/${randomUUID()}`);
    expect(missing).toMatchObject({
      status: 404,
      body: { message: 'Không tìm thấy biên bản kiểm tra, thẩm định.' },
    });
    expect((await other.get(`/api/appraisals/${s.records.appraisalId}`)).status).toBe(404);
    expect((await other.get('/api/appraisals/not-an-id')).status).toBe(400);
  });

  it('downloads the minutes in the state and the Party layout', async () => {
    const assigner = await as(s.p.assigner);
    const state = await app.request(`/api/appraisals/${s.records.appraisalId}/minutes.docx?layout=state`, {
      headers: { cookie: assigner.cookie! },
    });
    expect(state.status).toBe(200);
    expect(state.headers.get('content-type')).toContain('wordprocessingml');
    expect(state.headers.get('content-disposition')).toMatch(/bien-ban-tham-dinh-.*-20220630-state\.docx/);
    const text = await extractDocxText(Buffer.from(await state.arrayBuffer()));
    for (const expected of [
      'HUYỆN MỘT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Một, ngày 30 tháng 6 năm 2022',
      'BIÊN BẢN',
      'của đồng chí Nguyễn Văn An',
      'theo Quyết định số 12-QĐ/HU ngày 15/03/2022',
      'Giải phóng mặt bằng đường vành đai',
      'Trả lại để hoàn thiện',
      'Lý do: Biên bản bàn giao còn thiếu chữ ký của 4 hộ',
      '5,8 tỷ đồng',
      'Chỉ tiêu: không thấp hơn 12 tỷ đồng',
      'Đảng ủy xã lãnh đạo quyết liệt',
    ])
      expect(text).toContain(expected);
    const party = await app.request(`/api/appraisals/${s.records.appraisalId}/minutes.docx?layout=party`, {
      headers: { cookie: assigner.cookie! },
    });
    expect(await extractDocxText(Buffer.from(await party.arrayBuffer()))).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    const bad = await assigner.get(`/api/appraisals/${s.records.appraisalId}/minutes.docx?layout=word`);
    expect(bad.status).toBe(400);
  });

  it("serves the appraiser's worklist, and refuses a malformed date", async () => {
    const appraiser = await as(s.users.appraiser);
    const res = await appraiser.get('/api/appraisals/worklist?date=2022-07-05');
    expect(res.status).toBe(200);
    expect(worklistSchema.parse(res.body).items.map((i) => i.assignmentId)).toEqual([s.assignment.id]);
    const today = await appraiser.get('/api/appraisals/worklist');
    expect(today.body.date).toBe('2022-07-05');
    const bad = await appraiser.get('/api/appraisals/worklist?date=2022-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('query.date');
  });
});
