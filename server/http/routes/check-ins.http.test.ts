import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeUser } from '../../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { decideAdjustment, requestAdjustment } from '../../services/assignments/adjustments.ts';
import { LocalFileStorage } from '../../storage/local-file-storage.ts';
import { sampleExe, samplePdf, samplePng } from '../../storage/sample-files.ts';

let database: Database;
let app: TestApp;
let filesDir: string;
const root = mkdtempSync(join(tmpdir(), 'mandate-check-ins-http-'));
beforeAll(async () => {
  database = await createTestDatabase();
  filesDir = join(root, 'files');
  app = makeApp(database.db, clockAt('2022-06-15'), new LocalFileStorage(filesDir));
});
afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

const count = async (table: string) =>
  Number(
    (await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int n from ${table}`))).rows[0]!.n,
  );
const storedFiles = () =>
  existsSync(filesDir)
    ? readdirSync(filesDir, { recursive: true }).filter((p) => String(p).length >= 64)
    : [];

type Signed = Awaited<ReturnType<typeof signIn>>;
type Part = { name: string; value: string | Blob; fileName?: string };

/** Posts a multipart form as `who`, the way the web app does. */
async function postForm(who: Signed, path: string, parts: Part[], locale = 'vi') {
  const form = new FormData();
  for (const p of parts)
    if (typeof p.value === 'string') form.append(p.name, p.value);
    else form.append(p.name, p.value, p.fileName);
  const res = await app.request(path, {
    method: 'POST',
    headers: { cookie: who.cookie!, 'x-csrf-token': who.csrf!, 'accept-language': locale },
    body: form,
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body };
}

const data = (over: Record<string, unknown> = {}) => ({
  name: 'data',
  value: JSON.stringify({ reportedOn: '2022-06-10', value: 6.5, narrative: 'Đã thu 6,5 tỷ', ...over }),
});
const file = (bytes: Uint8Array, fileName: string): Part => ({
  name: 'files',
  value: new Blob([new Uint8Array(bytes)]),
  fileName,
});

async function world() {
  const f = await makeCommittedAssignment(database.db);
  const head = await signIn(app, f.p.headA.user.username);
  const delegate = await signIn(app, f.users.delegateA.user.username);
  return { ...f, head, delegate, url: (taskId: string) => `/api/tasks/${taskId}/check-ins` };
}

describe('check-ins over HTTP', () => {
  it('records a multipart check-in with files, shows it in the history and serves the files as attachments', async () => {
    const w = await world();
    const pdf = samplePdf('bien ban');
    const res = await postForm(w.head, w.url(w.tasks.revenue.id), [
      data({ links: [{ url: 'https://example.vn/bao-cao' }], documents: [{ number: '12/BC-UBND' }] }),
      file(pdf, 'Biên bản thu ngân sách.pdf'),
      file(samplePng(), 'anh.png'),
    ]);
    expect(res.status).toBe(201);
    expect(res.body.evidence.map((e: { kind: string }) => e.kind)).toEqual([
      'file',
      'file',
      'link',
      'document',
    ]);

    const history = await w.head.get(w.url(w.tasks.revenue.id));
    expect(history.status).toBe(200);
    expect(history.body.items[0].id).toBe(res.body.id);
    expect(history.body.abilities).toEqual({ record: true, correct: true });

    const download = await app.request(res.body.evidence[0].downloadUrl, {
      headers: { cookie: w.head.cookie! },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Bien ban thu ngan sach.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản thu ngân sách.pdf')}`,
    );
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), pdf)).toBe(0);
  });

  it('accepts a JSON check-in without files, and a correction pointing at the entry it replaces', async () => {
    const w = await world();
    const first = await w.delegate.post(w.url(w.tasks.clearance.id), {
      reportedOn: '2022-06-01',
      percent: 40,
    });
    expect(first.status).toBe(201);
    expect(first.body.onBehalfOf.userId).toBe(w.p.headA.user.id);
    const fix = await w.head.post(w.url(w.tasks.clearance.id), {
      reportedOn: '2022-06-01',
      percent: 30,
      corrects: { checkInId: first.body.id, reason: 'Số liệu chưa đúng' },
    });
    expect(fix.status).toBe(201);
    const again = await w.head.post(w.url(w.tasks.clearance.id), {
      reportedOn: '2022-06-01',
      percent: 35,
      corrects: { checkInId: first.body.id, reason: 'Lần nữa' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('check_in_already_corrected');
    const history = await w.head.get(w.url(w.tasks.clearance.id));
    expect(history.body.items.map((i: { inForce: boolean }) => i.inForce)).toEqual([true, false]);
    expect(history.body.items[1].correctedBy).toBe(fix.body.id);
  });

  it('refuses bad files and bad forms with a 4xx naming the field, storing nothing', async () => {
    const w = await world();
    const filesBefore = storedFiles();
    const before = {
      checkIns: await count('check_ins'),
      evidence: await count('evidence'),
      blobs: await count('blobs'),
    };
    const url = w.url(w.tasks.revenue.id);
    const cases: [Part[], number, string, string][] = [
      [[data(), file(sampleExe(), 'hop-dong.pdf')], 415, 'check_in_file_type_refused', 'files.0'],
      [
        [data(), file(samplePdf('refused'), 'a.pdf'), file(samplePng(), 'anh.pdf')],
        415,
        'check_in_file_type_mismatch',
        'files.1',
      ],
      [[data(), file(new Uint8Array(), 'rong.pdf')], 400, 'check_in_file_empty', 'files.0'],
      [
        [data(), file(Buffer.concat([samplePdf('refused'), Buffer.alloc(21 * 1024 * 1024)]), 'lon.pdf')],
        413,
        'check_in_file_too_large',
        'files.0',
      ],
      [
        [data(), file(samplePdf('refused'), '../../etc/passwd.pdf')],
        400,
        'check_in_file_name_invalid',
        'files.0',
      ],
      [
        [data(), file(samplePdf('refused'), '..\\..\\boot.pdf')],
        400,
        'check_in_file_name_invalid',
        'files.0',
      ],
      [[data(), file(samplePdf('refused'), 'a\u0000b.pdf')], 400, 'check_in_file_name_invalid', 'files.0'],
      [[data(), file(samplePdf('refused'), 'a\u0007b.pdf')], 400, 'check_in_file_name_invalid', 'files.0'],
      [[file(samplePdf('refused'), 'a.pdf')], 400, 'check_in_form_invalid', 'data'],
      [[data(), { name: 'files', value: 'not a file' }], 400, 'check_in_form_invalid', 'files.0'],
      [[data(), { name: 'other', value: 'x' }], 400, 'check_in_form_invalid', 'other'],
      [[{ name: 'data', value: '{"reportedOn":' }], 400, 'malformed_json', 'data'],
      [
        [{ name: 'data', value: '{"reportedOn":"2022-06-10","value":1,"narrative":"a\\u0000"}' }],
        400,
        'validation_failed',
        'data',
      ],
      [[data({ reportedOn: '10/06/2022' })], 400, 'validation_failed', 'reportedOn'],
      [[data({ links: [{ url: 'javascript:alert(1)' }] })], 400, 'validation_failed', 'links.0.url'],
      [[data({ percent: 101 })], 400, 'validation_failed', 'percent'],
      [[data({ reportedOn: '2022-06-16' })], 422, 'check_in_date_in_future', 'reportedOn'],
      [[data({ reportedOn: '2022-03-14' })], 422, 'check_in_date_before_issue', 'reportedOn'],
    ];
    for (const [parts, status, code, field] of cases) {
      const res = await postForm(w.head, url, parts);
      expect({ status: res.status, code: res.body?.code }, `${code} ${field}`).toEqual({ status, code });
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const tooMany = await postForm(w.head, url, [
      data(),
      ...Array.from({ length: 11 }, (_, i) => file(samplePdf(String(i)), `${i}.pdf`)),
    ]);
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'check_in_too_many_files']);
    const overRequest = await postForm(w.head, url, [
      data(),
      file(Buffer.concat([samplePdf('refused'), Buffer.alloc(13 * 1024 * 1024)]), 'a.pdf'),
      file(Buffer.concat([samplePdf('b'), Buffer.alloc(13 * 1024 * 1024)]), 'b.pdf'),
    ]);
    expect([overRequest.status, overRequest.body.code]).toEqual([413, 'payload_too_large']);
    const plain = await w.head.send('POST', url, 'reportedOn=2022-06-10', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);

    expect(await count('check_ins')).toBe(before.checkIns);
    expect(await count('evidence')).toBe(before.evidence);
    expect(await count('blobs')).toBe(before.blobs);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it('answers 404 for another unit, 403 for readers who may not report, 422 on a cancelled task, storing nothing', async () => {
    const w = await world();
    const before = await count('check_ins');
    const filesBefore = storedFiles();
    const districtViewer = await makeUser(database.db, { role: 'viewer', unitId: w.p.district.id });
    const parts = [data(), file(samplePdf('x'), 'a.pdf')];
    const otherHead = await postForm(
      await signIn(app, w.p.headB.user.username),
      w.url(w.tasks.revenue.id),
      parts,
    );
    expect(otherHead.status).toBe(404);
    const viewer = await postForm(
      await signIn(app, districtViewer.user.username),
      w.url(w.tasks.revenue.id),
      parts,
    );
    expect([viewer.status, viewer.body.code]).toEqual([403, 'check_in_not_reporter']);
    const assigner = await postForm(
      await signIn(app, w.p.assigner.user.username),
      w.url(w.tasks.revenue.id),
      parts,
    );
    expect(assigner.status).toBe(403);

    const cancel = await requestAdjustment(w.ctx.assigner, w.assignment.id, {
      change: { kind: 'cancellation', taskId: w.tasks.vaccination.id },
      reason: 'Chương trình kết thúc',
    });
    await decideAdjustment(w.ctx.assigner, cancel.id, {
      version: cancel.version,
      decision: 'approve',
      rebalance: [
        { taskId: w.tasks.revenue.id, weight: 3000 },
        { taskId: w.tasks.poverty.id, weight: 3000 },
      ],
    });
    const cancelled = await postForm(w.head, w.url(w.tasks.vaccination.id), parts, 'en');
    expect([cancelled.status, cancelled.body.code]).toEqual([422, 'check_in_task_cancelled']);
    expect(cancelled.body.message).toMatch(/cancelled on 2022-03-20/);
    expect(await count('check_ins')).toBe(before);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it('authorizes downloads like the task: 404 for other units and unknown ids, 401 when signed out', async () => {
    const w = await world();
    const res = await postForm(w.head, w.url(w.tasks.revenue.id), [data(), file(samplePdf('y'), 'y.pdf')]);
    const path = res.body.evidence[0].downloadUrl;
    const other = await signIn(app, w.p.headB.user.username);
    expect((await other.get(path)).status).toBe(404);
    expect((await other.get(w.url(w.tasks.revenue.id))).status).toBe(404);
    expect((await w.head.get('/api/evidence/00000000-0000-4000-8000-000000000000/file')).status).toBe(404);
    expect((await w.head.get('/api/evidence/not-an-id/file')).status).toBe(400);
    expect((await app.request(path)).status).toBe(401);
    const appraiser = await signIn(app, w.users.appraiser.user.username);
    expect((await appraiser.get(path)).status).toBe(200);
  });
});
