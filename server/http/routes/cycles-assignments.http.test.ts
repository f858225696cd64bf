import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeHead, makeProvince, taskDraft } from '../../../test/factories.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { extractDocxText } from '../../documents/docx/docx-text.ts';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db);
});
afterAll(async () => {
  await database.close();
});

const count = async (table: string) =>
  Number(
    (await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int n from ${table}`))).rows[0].n,
  );

async function world() {
  const p = await makeProvince(database.db);
  await makeHead(database.db, p.communeA.id, '2020-10-15', 'Nguyễn Văn An');
  await makeHead(database.db, p.communeB.id, '2020-10-15', 'Lê Minh Cường');
  const admin = await signIn(app, p.admin.user.username);
  const cycleRes = await admin.post('/api/cycles', {
    ownerUnitId: p.root.id,
    name: 'Năm 2022',
    kind: 'year',
    startsOn: '2022-01-01',
    endsOn: '2022-12-31',
    preset: 'qd366',
  });
  expect(cycleRes.status).toBe(201);
  const assigner = await signIn(app, p.assigner.user.username);
  const head = await signIn(app, p.headA.user.username);
  const other = await signIn(app, p.headB.user.username);
  return { p, cycle: cycleRes.body, admin, assigner, head, other };
}

describe('cycles and assignments over HTTP', () => {
  it('opens a cycle with the qd366 policy (results part 70) and versions every policy change', async () => {
    const { cycle, admin } = await world();
    expect(cycle.policy).toMatchObject({ version: 1, preset: 'qd366' });
    expect(cycle.policy.params.resultsPart).toBe(7000);
    const res = await admin.send('PUT', `/api/cycles/${cycle.id}/policy`, {
      version: cycle.version,
      preset: 'product-only',
    });
    expect(res.status).toBe(200);
    expect(res.body.policy).toMatchObject({ version: 2, preset: 'product-only' });
    const stale = await admin.send('PUT', `/api/cycles/${cycle.id}/policy`, {
      version: cycle.version,
      preset: 'qd366',
    });
    expect(stale.status).toBe(409);
  });

  it('walks an assignment from draft to committed, listing every issuing problem on the way', async () => {
    const { p, cycle, assigner, head } = await world();
    const created = await assigner.post('/api/assignments', {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'draft',
      headName: 'Nguyễn Văn An',
      abilities: { edit: true, issue: true },
    });
    const saved = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version,
      tasks: [
        taskDraft({ weight: 40, leadUnitId: p.communeA.id }),
        taskDraft({ weight: 29.75, leadUnitId: p.communeA.id, deadline: null }),
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.weightTotal).toBe(69.75);
    expect(saved.body.problems.map((x: { field: string }) => x.field)).toEqual(
      expect.arrayContaining(['deadline', 'tasks']),
    );
    const refused = await assigner.post(`/api/assignments/${created.body.id}/issue`, {
      version: saved.body.version,
      documentNumber: '12-QĐ/HU',
      documentDate: '2022-03-15',
      signerName: 'Trần Văn Ký',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('assignment_not_issuable');
    expect(refused.body.details.problems.map((x: { message: string }) => x.message)).toEqual(
      expect.arrayContaining([
        'Nhiệm vụ 2 — Thời hạn: chưa nhập.',
        'Danh mục nhiệm vụ: tổng trọng số là 69,75 điểm, phải bằng 70,00 điểm (chênh -0,25).',
      ]),
    );
    const fixed = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: saved.body.version,
      tasks: saved.body.tasks.map((t: { id: string }, i: number) => ({
        ...taskDraft({ weight: i === 0 ? 40 : 30, leadUnitId: p.communeA.id }),
        id: t.id,
      })),
    });
    const issued = await assigner.post(`/api/assignments/${created.body.id}/issue`, {
      version: fixed.body.version,
      documentNumber: '12-QĐ/HU',
      documentDate: '2022-03-15',
      signerName: 'Trần Văn Ký',
    });
    expect(issued.status).toBe(200);
    expect(issued.body.abilities).toMatchObject({ edit: false, issue: false });
    const headView = await head.get(`/api/assignments/${created.body.id}`);
    expect(headView.body.abilities).toMatchObject({ commit: true, return: true });
    const committed = await head.post(`/api/assignments/${created.body.id}/commit`, {
      version: headView.body.version,
    });
    expect(committed.body.state).toBe('committed');
  });

  it('keeps R and the general criteria once an assignment is issued, while bands stay editable until scoring', async () => {
    const { p, cycle, admin, assigner } = await world();
    const created = await assigner.post('/api/assignments', {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
    });
    const saved = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version,
      tasks: [taskDraft({ weight: 70, leadUnitId: p.communeA.id })],
    });
    await assigner.post(`/api/assignments/${created.body.id}/issue`, {
      version: saved.body.version,
      documentNumber: '12-QĐ/HU',
      documentDate: '2022-03-15',
      signerName: 'Trần Văn Ký',
    });
    const bands = await admin.send('PUT', `/api/cycles/${cycle.id}/policy`, {
      version: cycle.version,
      preset: 'qd366',
      changes: { latePenaltyPercent: 30 },
    });
    expect(bands.status).toBe(200);
    expect(bands.body.policy.params.latePenaltyPercent).toBe(30);
    const switched = await admin.send('PUT', `/api/cycles/${cycle.id}/policy`, {
      version: bands.body.version,
      preset: 'product-only',
    });
    expect(switched.status).toBe(409);
    expect(switched.body.code).toBe('policy_locked');
  });

  it('hides an assignment from the head of another commune and writes nothing for them', async () => {
    const { p, cycle, assigner, other } = await world();
    const created = await assigner.post('/api/assignments', {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
    });
    const before = await count('tasks');
    expect((await other.get(`/api/assignments/${created.body.id}`)).status).toBe(404);
    const write = await other.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version,
      tasks: [taskDraft()],
    });
    expect(write.status).toBe(404);
    expect((await other.get(`/api/assignments/${created.body.id}/decision.docx`)).status).toBe(404);
    expect(await count('tasks')).toBe(before);
    const list = await other.get(`/api/cycles/${cycle.id}/assignments`);
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(created.body.id);
  });

  it('refuses bad task input naming the field, and a stale version with 409, writing nothing', async () => {
    const { p, cycle, assigner } = await world();
    const created = await assigner.post('/api/assignments', {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
    });
    const before = await count('tasks');
    const bad = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version,
      tasks: [{ ...taskDraft(), weight: 12.345 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('tasks.0.weight');
    const unknown = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version,
      tasks: [{ ...taskDraft(), colour: 'red' }],
    });
    expect(unknown.status).toBe(400);
    const stale = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version + 5,
      tasks: [taskDraft()],
    });
    expect(stale.status).toBe(409);
    expect(await count('tasks')).toBe(before);
  });

  it('generates the decision as .docx in both layouts with the number, date and every task', async () => {
    const { p, cycle, assigner } = await world();
    const created = await assigner.post('/api/assignments', {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
    });
    const titles = ['Giải phóng mặt bằng dự án đường liên xã', 'Xử lý dứt điểm vi phạm đất đai'];
    const saved = await assigner.send('PUT', `/api/assignments/${created.body.id}/tasks`, {
      version: created.body.version,
      tasks: [
        taskDraft({ title: titles[0], weight: 40, leadUnitId: p.communeA.id }),
        taskDraft({ title: titles[1], weight: 30, leadUnitId: p.communeA.id }),
      ],
    });
    await assigner.post(`/api/assignments/${created.body.id}/issue`, {
      version: saved.body.version,
      documentNumber: '12-QĐ/HU',
      documentDate: '2022-03-15',
      signerName: 'Trần Văn Ký',
      signerTitle: 'Phó Bí thư',
    });
    for (const layout of ['party', 'state']) {
      const res = await app.request(`/api/assignments/${created.body.id}/decision.docx?layout=${layout}`, {
        headers: { cookie: assigner.cookie! },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const text = await extractDocxText(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain(
        layout === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      );
      expect(text).toContain(layout === 'party' ? 'Số 12-QĐ/HU' : 'Số: 12-QĐ/HU');
      expect(text).toContain('ngày 15 tháng 3 năm 2022');
      for (const title of titles) expect(text).toContain(title);
    }
  });
});
