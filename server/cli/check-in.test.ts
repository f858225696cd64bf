import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import { checkIns, evidence } from '../db/schema/index.ts';
import { sha256Hex } from '../storage/file-storage.ts';
import { LocalFileStorage } from '../storage/local-file-storage.ts';
import { sampleExe, samplePdf } from '../storage/sample-files.ts';
import { checkInCommand } from './check-in.ts';

let database: Database;
const dir = mkdtempSync(join(tmpdir(), 'mandate-cli-check-in-'));
const storage = new LocalFileStorage(join(dir, 'files'));
const june = clockAt('2022-06-15');
let errors: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation((line: string) => {
    errors.push(String(line));
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const rowsOf = async (taskId: string) =>
  database.db.select().from(checkIns).where(eq(checkIns.taskId, taskId));

describe('mandate check-in', () => {
  it("records a delegate's report with a file, a link and a document by number, on the head's behalf", async () => {
    const f = await makeCommittedAssignment(database.db);
    const pdf = samplePdf('cli');
    const path = join(dir, 'Biên bản.pdf');
    writeFileSync(path, pdf);
    const code = await checkInCommand(
      database.db,
      storage,
      {
        as: f.users.delegateA.user.username,
        task: f.tasks.revenue.id,
        date: '2022-06-10',
        value: '6.5',
        narrative: 'Đã thu 6,5 tỷ đồng',
        file: [path],
        link: ['https://stc.gov.vn/bao-cao'],
        document: ['12/BC-UBND|2022-05-02|Báo cáo quý I'],
      },
      june,
    );
    expect(code).toBe(0);
    const [row] = await rowsOf(f.tasks.revenue.id);
    expect(row).toMatchObject({ value: '6.5', reportedOn: '2022-06-10', onBehalfOf: f.p.headA.user.id });
    const items = await database.db.select().from(evidence).where(eq(evidence.checkInId, row!.id));
    expect(items.map((e) => [e.kind, e.fileName ?? e.url ?? e.documentNumber])).toEqual([
      ['file', 'Biên bản.pdf'],
      ['link', 'https://stc.gov.vn/bao-cao'],
      ['document', '12/BC-UBND'],
    ]);
    expect(items[2]).toMatchObject({ documentDate: '2022-05-02', title: 'Báo cáo quý I' });
    expect(await storage.has(sha256Hex(pdf))).toBe(true);
  });

  it('refuses bad input with exit code 2 or usage errors with 1, writing nothing', async () => {
    const f = await makeCommittedAssignment(database.db);
    const exe = join(dir, 'hop-dong.pdf');
    writeFileSync(exe, sampleExe());
    const base = { as: f.p.headA.user.username, task: f.tasks.clearance.id, date: '2022-06-10' };
    errors = [];
    expect(await checkInCommand(database.db, storage, { ...base, percent: '50', file: [exe] }, june)).toBe(2);
    expect(errors.join('\n')).toMatch(/hop-dong\.pdf.*\[files\.0\]/);
    expect(await checkInCommand(database.db, storage, { ...base, percent: 'năm mươi' }, june)).toBe(2);
    expect(await checkInCommand(database.db, storage, { ...base, value: '5' }, june)).toBe(2);
    expect(
      await checkInCommand(database.db, storage, { ...base, percent: '50', date: '2022-07-01' }, june),
    ).toBe(2);
    expect(
      await checkInCommand(database.db, storage, { ...base, percent: '50', link: ['ftp://x.vn'] }, june),
    ).toBe(2);
    expect(
      await checkInCommand(database.db, storage, { ...base, as: 'no.such.user', percent: '50' }, june),
    ).toBe(1);
    expect(await checkInCommand(database.db, storage, { ...base, task: 'abc', percent: '50' }, june)).toBe(1);
    expect(
      await checkInCommand(
        database.db,
        storage,
        { ...base, percent: '50', file: [join(dir, 'missing.pdf')] },
        june,
      ),
    ).toBe(1);
    expect(await checkInCommand(database.db, storage, { as: base.as, task: base.task }, june)).toBe(1);
    expect(await rowsOf(f.tasks.clearance.id)).toHaveLength(0);
    expect(await storage.has(sha256Hex(sampleExe()))).toBe(false);
  });

  it('corrects an earlier report with a reason', async () => {
    const f = await makeCommittedAssignment(database.db);
    const base = { as: f.p.headA.user.username, task: f.tasks.clearance.id, date: '2022-06-10' };
    expect(await checkInCommand(database.db, storage, { ...base, percent: '60' }, june)).toBe(0);
    const [first] = await rowsOf(f.tasks.clearance.id);
    const fix = { ...base, percent: '40', corrects: first!.id, reason: 'Nhập nhầm' };
    expect(await checkInCommand(database.db, storage, fix, june)).toBe(0);
    expect(await checkInCommand(database.db, storage, fix, june)).toBe(2);
    const rows = await rowsOf(f.tasks.clearance.id);
    expect(rows.find((r) => r.correctsId === first!.id)).toMatchObject({
      percent: 40,
      correctionReason: 'Nhập nhầm',
    });
    expect(rows).toHaveLength(2);
  });
});
