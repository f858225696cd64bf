import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import { createTestDatabase } from '../../test/db.ts';
import { makeUser } from '../../test/factories.ts';
import { clockAt } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import { databaseId, toDatabaseIds } from '../interchange/db-ids.ts';
import { serializeCycleDocument } from '../interchange/validate-cycle.ts';
import { exportCycleCommand, importCycleCommand } from './interchange.ts';

const EXAMPLE = 'docs/interchange/examples/yen-lac-2022.json';
const clock = clockAt('2023-02-01');
const cycleId = databaseId('cycles', 'cy-2022');

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'mandate-interchange-'));
});
afterAll(async () => {
  await database.close();
});

function capture() {
  const io = { out: '', err: '' };
  return { io, sink: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t) } };
}

const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const cycles = async () =>
  Number((await database.db.execute<{ n: number }>(sql`select count(*)::int n from cycles`)).rows[0].n);

describe('mandate import-cycle and export-cycle', () => {
  it('refuses an invalid file with every problem on stderr, exit 2, and writes nothing', async () => {
    const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as CycleDocument;
    doc.assignments[0].tasks[0].weight = 35;
    doc.scores[1].criteria[0].score = 11;
    const c = capture();
    expect(await importCycleCommand(database.db, { file: write('bad.json', doc) }, clock, c.sink)).toBe(2);
    const lines = c.io.err.trim().split('\n');
    expect(lines[0]).toBe('Tệp dữ liệu kỳ đánh giá không hợp lệ (2 lỗi); chưa ghi dữ liệu nào.');
    expect(lines[1]).toMatch(/^assignments\[0\]\.tasks: .* \[weights_must_sum_to_results_part\]$/);
    expect(lines[2]).toMatch(/^scores\[1\]\.criteria\[0\]\.score: .* \[criterion_score_above_max\]$/);
    expect(c.io.out).toBe('');

    const broken = capture();
    expect(
      await importCycleCommand(
        database.db,
        { file: write('broken.json', '{"format": ') },
        clock,
        broken.sink,
      ),
    ).toBe(2);
    expect(broken.io.err).toContain('[invalid_json]');
    expect(await cycles()).toBe(0);
  });

  it('checks its arguments and the acting account', async () => {
    const usage = capture();
    expect(await importCycleCommand(database.db, {}, clock, usage.sink)).toBe(1);
    expect(usage.io.err).toContain('Usage: mandate import-cycle');
    const missing = capture();
    expect(await importCycleCommand(database.db, { file: join(dir, 'none.json') }, clock, missing.sink)).toBe(
      1,
    );
    expect(missing.io.err).toContain('Cannot read');
    const nobody = capture();
    expect(
      await importCycleCommand(database.db, { file: EXAMPLE, as: 'no.such.user' }, clock, nobody.sink),
    ).toBe(1);
    const viewer = await makeUser(database.db);
    const refused = capture();
    expect(
      await importCycleCommand(database.db, { file: EXAMPLE, as: viewer.user.username }, clock, refused.sink),
    ).toBe(2);
    expect(refused.io.err).toContain('không có quyền');
    expect(await cycles()).toBe(0);
  });

  it('imports the example, prints the counts, and exports it back to stdout or a file', async () => {
    const c = capture();
    expect(await importCycleCommand(database.db, { file: EXAMPLE }, clock, c.sink)).toBe(0);
    const printed = JSON.parse(c.io.out);
    expect(printed.cycleId).toBe(cycleId);
    expect(printed.counts).toMatchObject({ assignments: 5, checkIns: 27, scoreSheets: 23 });
    expect(c.io.err).toBe('');

    const expected = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as CycleDocument;
    const { previousResults: _, ...stored } = toDatabaseIds(expected);
    const out = capture();
    expect(await exportCycleCommand(database.db, { cycle: cycleId }, clockAt('2023-01-26'), out.sink)).toBe(
      0,
    );
    const exported = JSON.parse(out.io.out) as CycleDocument;
    expect(serializeCycleDocument({ ...exported, exportedAt: expected.exportedAt })).toBe(
      serializeCycleDocument(stored),
    );

    const file = join(dir, 'out.json');
    const toFile = capture();
    expect(await exportCycleCommand(database.db, { cycle: cycleId, file }, clock, toFile.sink)).toBe(0);
    expect(toFile.io.out).toContain('5 assignments, 18 tasks, 27 check-ins, 23 score sheets');
    expect(JSON.parse(readFileSync(file, 'utf8')).cycle.id).toBe(cycleId);
  });

  it('refuses the same file twice (exit 2, conflicts listed) and an unknown cycle', async () => {
    const again = capture();
    expect(await importCycleCommand(database.db, { file: EXAMPLE }, clock, again.sink)).toBe(2);
    expect(again.io.err).toContain('cycle.id: Mã định danh');
    expect(await cycles()).toBe(1);

    const unknown = capture();
    expect(
      await exportCycleCommand(
        database.db,
        { cycle: '00000000-0000-4000-8000-000000000000' },
        clock,
        unknown.sink,
      ),
    ).toBe(2);
    expect(unknown.io.err).toContain('Không tìm thấy');
    const usage = capture();
    expect(await exportCycleCommand(database.db, { cycle: 'cy-2022' }, clock, usage.sink)).toBe(1);
    expect(usage.io.err).toContain('Usage: mandate export-cycle');
  });
});
