import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeCycle, makeHead, makeProvince, taskDraft } from '../../../test/factories.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { validRow, workbookFromRows } from '../../documents/excel/task-workbook-fixtures.ts';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db);
});
afterAll(async () => {
  await database.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const taskCount = async () =>
  Number((await database.db.execute<{ n: number }>(sql`select count(*)::int n from tasks`)).rows[0].n);

async function draft() {
  const p = await makeProvince(database.db);
  await makeHead(database.db, p.communeA.id);
  const cycle = await makeCycle(database.db, p.root.id);
  const assigner = await signIn(app, p.assigner.user.username);
  const created = await assigner.post('/api/assignments', {
    cycleId: cycle.id,
    assigningUnitId: p.district.id,
    assigneeUnitId: p.communeA.id,
  });
  return { p, assigner, assignment: created.body };
}

async function upload(
  cookie: string,
  csrf: string,
  id: string,
  version: number,
  body: Uint8Array,
  locale = 'vi',
) {
  const res = await app.request(`/api/assignments/${id}/tasks/import?version=${version}&mode=replace`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': XLSX, 'accept-language': locale },
    body: new Blob([body as Uint8Array<ArrayBuffer>]),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('task workbooks over HTTP', () => {
  it("exports an assignment's tasks and imports the workbook back unchanged", async () => {
    const { p, assigner, assignment } = await draft();
    const tasks = [
      taskDraft({
        title: '=1+1 không phải công thức',
        weight: 40,
        leadUnitId: p.communeA.id,
        coordinatingUnitIds: [p.department.id],
        supportCommitments: [{ kind: 'funds', description: 'Bố trí 2 tỷ đồng', dueOn: '2022-06-30' }],
      }),
      taskDraft({
        kind: 'deliverable',
        title: 'Bàn giao mặt bằng',
        weight: 30,
        leadUnitId: p.communeA.id,
        metric: null,
        unitOfMeasure: null,
        baseline: null,
        targetValue: null,
        direction: null,
        expectedProduct: 'Biên bản bàn giao',
        acceptanceCriteria: '100% diện tích',
      }),
    ];
    const saved = await assigner.send('PUT', `/api/assignments/${assignment.id}/tasks`, {
      version: assignment.version,
      tasks,
    });
    const exported = await app.request(`/api/assignments/${assignment.id}/tasks.xlsx`, {
      headers: { cookie: assigner.cookie! },
    });
    expect(exported.headers.get('content-type')).toBe(XLSX);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    const imported = await upload(assigner.cookie!, assigner.csrf!, assignment.id, saved.body.version, bytes);
    expect(imported.body.details ?? null).toBeNull();
    expect(imported.status).toBe(200);
    const strip = (list: any[]) =>
      list.map(({ version: _v, supportCommitments, ...t }) => ({
        ...t,
        supportCommitments: supportCommitments.map(({ id: _i, ...s }: any) => s),
      }));
    expect(strip(imported.body.tasks)).toEqual(strip(saved.body.tasks));
  });

  it('refuses a workbook with wrong types in several rows, listing each with its row and column, and writes nothing', async () => {
    const { p, assigner, assignment } = await draft();
    const before = await taskCount();
    const bytes = await workbookFromRows([
      validRow({ leadUnitCode: p.communeA.code }),
      validRow({ weight: 'mười', leadUnitCode: p.communeA.code }),
      validRow({ deadline: '31/02/2022', leadUnitCode: 'NO-SUCH-UNIT' }),
    ]);
    const res = await upload(assigner.cookie!, assigner.csrf!, assignment.id, assignment.version, bytes);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('workbook_invalid');
    const where = res.body.details.errors.map((e: any) => `${e.row}${e.column}`);
    expect(where).toEqual(expect.arrayContaining(['3D', '4E']));
    expect(res.body.details.errors[0].message).toMatch(/dòng 3, cột D/);
    expect(await taskCount()).toBe(before);
  });

  it('names unknown unit codes only once the rows themselves are valid', async () => {
    const { assigner, assignment } = await draft();
    const bytes = await workbookFromRows([validRow({ leadUnitCode: 'NO-SUCH-UNIT' })]);
    const res = await upload(
      assigner.cookie!,
      assigner.csrf!,
      assignment.id,
      assignment.version,
      bytes,
      'en',
    );
    expect(res.status).toBe(422);
    expect(res.body.details.errors[0]).toMatchObject({ code: 'unknown_unit', row: 2 });
    expect(res.body.details.errors[0].message).toContain('NO-SUCH-UNIT');
  });

  it('refuses a file that is not a workbook, a renamed sheet without the headers, and a 20 MB upload', async () => {
    const { assigner, assignment } = await draft();
    const before = await taskCount();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(500).fill(7)]);
    const notWorkbook = await upload(
      assigner.cookie!,
      assigner.csrf!,
      assignment.id,
      assignment.version,
      exe,
    );
    expect(notWorkbook.status).toBe(422);
    expect(notWorkbook.body.details.errors[0].code).toBe('not_a_workbook');
    const wrongSheet = await workbookFromRows([], {
      sheetName: 'Trang tính 1',
      columns: [{ key: 'title', header: 'Ghi chú' }],
    });
    const sheet = await upload(
      assigner.cookie!,
      assigner.csrf!,
      assignment.id,
      assignment.version,
      wrongSheet,
    );
    expect(sheet.status).toBe(422);
    const huge = await upload(
      assigner.cookie!,
      assigner.csrf!,
      assignment.id,
      assignment.version,
      new Uint8Array(20 * 1024 * 1024),
    );
    expect(huge.status).toBe(413);
    expect(await taskCount()).toBe(before);
  });

  it('serves the empty template with Vietnamese headers', async () => {
    const { assigner } = await draft();
    const res = await app.request('/api/task-template.xlsx', { headers: { cookie: assigner.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('mau-danh-muc-nhiem-vu.xlsx');
  });
});
