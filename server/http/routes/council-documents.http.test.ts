import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import {
  addCouncil,
  addHead,
  addSheetsForAll,
  CLOCKS,
  makeEvaluationOrg,
} from '../../../test/fixtures/evaluation-results.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { extractDocxText } from '../../documents/docx/docx-text.ts';
import { readZipEntry } from '../../documents/docx/zip-entries.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const INJECTION = '=HYPERLINK("http://evil.example","bấm")';

/** Downloads a file as bytes with the caller's cookie. */
async function download(app: TestApp, cookie: string | undefined, path: string) {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

async function readSheet(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe('council documents over HTTP', () => {
  it('gives score sheets, the summary, the result table and the decision to those who may read them', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, {
      name: 'Xã An',
      outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'late'],
    });
    const evil = await addHead(db, org, {
      name: INJECTION,
      outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'on_time'],
    });
    const council = await addCouncil(db, org, {
      members: [
        { name: 'Lê Văn Chủ' },
        { name: 'Phạm Thị Hai' },
        { name: 'Đỗ Văn Sơn', postInUnitId: an.unitId },
      ],
    });
    await addSheetsForAll(db, council, [an, evil], (h) =>
      h === an ? { tasks: [1400, 1400, 1400, 1400, 1050] } : {},
    );
    const id = council.council.id;
    const memberId = council.members[0].id;

    // during scoring: a member gets their own sheet; nobody else sees scores yet
    const during = makeApp(db, CLOCKS.scoring);
    const chairDuring = await signIn(during, council.members[0].account.user.username);
    const own = await download(
      during,
      chairDuring.cookie,
      `/api/councils/${id}/members/${memberId}/sheet.docx`,
    );
    expect(own.status).toBe(200);
    const assignerDuring = await signIn(during, org.p.assigner.user.username);
    const sealed = await assignerDuring.get(`/api/councils/${id}/summary.xlsx`);
    expect(sealed.status).toBe(409);
    expect(sealed.body.code).toBe('council_scores_sealed');

    const app = makeApp(db, CLOCKS.after);
    const assigner = await signIn(app, org.p.assigner.user.username);
    const viewer = await signIn(app, org.p.viewer.user.username);
    const member2 = await signIn(app, council.members[1].account.user.username);
    const get = (path: string, cookie = assigner.cookie) =>
      download(app, cookie, `/api/councils/${id}${path}`);

    const sheetXlsx = await get(`/members/${memberId}/sheet.xlsx`);
    expect(sheetXlsx.status).toBe(200);
    expect(sheetXlsx.type).toContain('spreadsheetml');
    const sheetDoc = await extractDocxText((await get(`/members/${memberId}/sheet.docx`)).bytes);
    expect(sheetDoc).toContain('PHIẾU CHẤM ĐIỂM');
    expect(sheetDoc).toContain('Tổng điểm của thành viên: 96,50');
    const recusedSheet = await extractDocxText(
      (await get(`/members/${council.members[2].id}/sheet.docx`)).bytes,
    );
    expect(recusedSheet).toContain(
      'Không chấm: thành viên là người đứng đầu hoặc thuộc đơn vị được đánh giá.',
    );
    // another member's sheet is not theirs to read
    expect((await get(`/members/${memberId}/sheet.xlsx`, member2.cookie)).status).toBe(404);
    expect((await get(`/members/${org.p.root.id}/sheet.xlsx`)).status).toBe(404);

    const summary = await readSheet((await get('/summary.xlsx')).bytes);
    const header = summary.getRow(4).values as unknown[];
    expect(header).toContain('Lê Văn Chủ');
    const rows = [5, 6].map((r) => summary.getRow(r));
    const anRow = rows.find((r) => r.getCell(4).value === 'Xã An')!;
    expect(anRow.getCell(4 + 3 + 5).value).toBe(96.5);
    expect(anRow.getCell(4 + 3).value).toBeNull(); // the recused member's column
    const evilRow = rows.find((r) => r.getCell(4).value === INJECTION)!;
    expect(evilRow.getCell(4).type).toBe(ExcelJS.ValueType.String);
    const sheetXml = readZipEntry((await get('/summary.xlsx')).bytes, 'xl/worksheets/sheet1.xml')!.toString(
      'utf8',
    );
    expect(sheetXml).not.toContain('<f>');
    const summaryDoc = await extractDocxText((await get('/summary.docx')).bytes);
    expect(summaryDoc).toContain('BẢNG TỔNG HỢP');
    expect(summaryDoc).toContain('96,50');
    expect(summaryDoc).toContain('TV3: Đỗ Văn Sơn');
    expect((await get('/summary.docx', viewer.cookie)).status).toBe(404);
    expect((await get('/summary.docx', member2.cookie)).status).toBe(200);

    expect((await assigner.get(`/api/councils/${id}/results.xlsx`)).body.code).toBe('results_not_evaluated');
    const table = await assigner.post(`/api/councils/${id}/evaluate`);
    const results = await readSheet((await get('/results.xlsx')).bytes);
    expect(results.getCell('A1').value).toBe('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NGƯỜI ĐỨNG ĐẦU NĂM 2022');
    expect([5, 6].map((r) => results.getRow(r).getCell(6).value).sort()).toEqual([
      'Hoàn thành nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
    ]);

    const early = await assigner.get(`/api/councils/${id}/decision.docx`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('council_not_finalized');
    await assigner.post(`/api/councils/${id}/finalize`, {
      version: table.body.councilVersion,
      decisions: table.body.results.map((r: { assignmentId: string; proposedLevel: string }) => ({
        assignmentId: r.assignmentId,
        level: r.proposedLevel,
      })),
    });
    const party = await get('/decision.docx');
    expect(party.status).toBe(200);
    const text = await extractDocxText(party.bytes);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('về việc phê duyệt kết quả đánh giá, xếp loại người đứng đầu năm 2022');
    expect(text).toContain('1 đồng chí Hoàn thành tốt nhiệm vụ, 1 đồng chí Hoàn thành nhiệm vụ');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Trong thời hạn 15 ngày');
    expect((await get('/decision.docx')).bytes.equals(party.bytes)).toBe(true);
    const state = await extractDocxText((await get('/decision.docx?layout=state')).bytes);
    expect(state).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(state).toContain('Về việc phê duyệt kết quả đánh giá, xếp loại người đứng đầu năm 2022');
    expect((await assigner.get(`/api/councils/${id}/decision.docx?layout=fancy`)).status).toBe(400);
    expect((await get('/decision.docx', viewer.cookie)).status).toBe(404);
  });
});
