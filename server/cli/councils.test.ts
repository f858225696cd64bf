import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt } from '../../test/fixtures/committed-assignment.ts';
import { COHORT_DAYS, makeScoredCohort } from '../../test/fixtures/scored-cohort.ts';
import type { Database } from '../db/client.ts';
import { scoreSheets } from '../db/schema/index.ts';
import { councilProgressCommand, scoreCommand } from './councils.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const file = (name: string, content: unknown) => {
  const path = join(tmpdir(), `${name}-${process.pid}-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

describe('council commands', () => {
  it('saves a member’s sheet from a file, again without a version, and refuses a bad score with its message', async () => {
    const f = await makeScoredCohort(database.db, { stage: 'formed' });
    const clock = clockAt(COHORT_DAYS.scoring);
    const opts = { as: f.members.ha.user.username, council: f.council.id, assignment: f.assignments.a.id };
    const tasks = [f.tasks.revenue, f.tasks.poverty, f.tasks.vaccination, f.tasks.clearance].map((t) => ({
      taskId: t.id,
      score: 10,
    }));
    const first = capture();
    expect(
      await scoreCommand(
        database.db,
        { ...opts, file: file('sheet', { tasks, criteria: [] }) },
        clock,
        first.io,
      ),
    ).toBe(0);
    expect(first.out[0]).toMatch(/^Saved sheet .+ \(version 1\)\.$/);
    const again = capture();
    const finished = {
      tasks,
      criteria: ['political_ethics', 'innovation_vision', 'self_criticism'].map((key) => ({ key, score: 7 })),
      finished: true,
    };
    expect(await scoreCommand(database.db, { ...opts, file: file('sheet', finished) }, clock, again.io)).toBe(
      0,
    );
    expect(again.out[0]).toContain('(version 2, finished)');

    const bad = capture();
    const above = { tasks: [{ taskId: f.tasks.clearance.id, score: 11 }], criteria: [] };
    expect(await scoreCommand(database.db, { ...opts, file: file('bad', above) }, clock, bad.io)).toBe(2);
    expect(bad.err).toEqual([
      'Điểm nhiệm vụ 4 vượt trọng số (tối đa 10).',
      '  tasks.0.score: score_above_weight',
    ]);
    const [row] = await database.db.select().from(scoreSheets).where(eq(scoreSheets.councilId, f.council.id));
    expect(row.version).toBe(2);

    const usage = capture();
    expect(await scoreCommand(database.db, { as: 'x' }, clock, usage.io)).toBe(1);
  });

  it('prints who has finished scoring whom', async () => {
    const f = await makeScoredCohort(database.db);
    const out = capture();
    expect(
      await councilProgressCommand(database.db, { council: f.council.id }, clockAt('2023-01-11'), out.io),
    ).toBe(0);
    expect(out.out).toEqual([
      'Hội đồng tư vấn đánh giá người đứng đầu năm 2022 (2023-01-05 – 2023-01-15, closed)',
      '  Lê Văn Chủ (chair): 2/2 finished [finished, finished]',
      '  Phạm Thị Hà: 2/2 finished [finished, finished]',
      '  Đỗ Văn Sơn: 1/1 finished [recused, finished]',
      '  Trần Thị Bình: 1/1 finished [finished, recused]',
    ]);
    const forbidden = capture();
    const asMember = { council: f.council.id, as: f.members.ha.user.username };
    expect(await councilProgressCommand(database.db, asMember, clockAt('2023-01-11'), forbidden.io)).toBe(2);
  });
});
