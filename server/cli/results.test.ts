import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import {
  addCouncil,
  addHead,
  addSheetsForAll,
  CLOCKS,
  clockAt,
  makeEvaluationOrg,
} from '../../test/fixtures/evaluation-results.ts';
import type { Database } from '../db/client.ts';
import { councils, evaluationResults } from '../db/schema/index.ts';
import { evaluateCouncilCommand, finalizeCommand } from './results.ts';

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

describe('mandate evaluate-council and finalize', () => {
  it('prints the cohort, stores it as the assigner, and finalizes from a decisions file', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, {
      name: 'Xã An',
      outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'late'],
    });
    const council = await addCouncil(db, org, {
      members: [{ name: 'Lê Văn Chủ' }, { name: 'Phạm Thị Hai' }, { name: 'Hoàng Văn Ba' }],
    });
    await addSheetsForAll(db, council, [an], () => ({ tasks: [1400, 1400, 1400, 1400, 1050] }));
    const id = council.council.id;
    const stored = async () =>
      db.select().from(evaluationResults).where(eq(evaluationResults.assignmentId, an.assignmentId));

    const usage = capture();
    expect(await evaluateCouncilCommand(db, { council: id, quarter: '5' }, CLOCKS.after, usage.io)).toBe(1);
    expect(usage.err[0]).toContain('Usage: mandate evaluate-council');

    const dry = capture();
    expect(await evaluateCouncilCommand(db, { council: id }, CLOCKS.after, dry.io)).toBe(0);
    const printed = JSON.parse(dry.out[0]);
    expect(printed.results[0]).toMatchObject({
      unitName: 'Xã An',
      total: '96.50',
      proposedLevel: 'completed',
    });
    expect(printed.results[0].explanation[0]).toBe('Xếp loại: Hoàn thành nhiệm vụ (tổng điểm 96,50)');
    expect(await stored()).toEqual([]);

    const quarter = capture();
    expect(
      await evaluateCouncilCommand(db, { council: id, quarter: '2' }, clockAt('2022-07-10'), quarter.io),
    ).toBe(0);
    expect(JSON.parse(quarter.out[0])).toMatchObject({ quarter: 2, provisional: true });

    const saved = capture();
    expect(
      await evaluateCouncilCommand(
        db,
        { council: id, as: org.p.assigner.user.username },
        CLOCKS.after,
        saved.io,
      ),
    ).toBe(0);
    expect(await stored()).toHaveLength(1);
    const refused = capture();
    expect(
      await evaluateCouncilCommand(
        db,
        { council: id, as: org.p.viewer.user.username },
        CLOCKS.after,
        refused.io,
      ),
    ).toBe(2);
    expect(refused.err[0]).toBe('Không tìm thấy hội đồng tư vấn.');

    const file = join(tmpdir(), `decisions-${id}.json`);
    writeFileSync(file, JSON.stringify([{ assignmentId: an.assignmentId, level: 'good' }]));
    const noReason = capture();
    expect(
      await finalizeCommand(
        db,
        { as: org.p.assigner.user.username, council: id, file },
        CLOCKS.after,
        noReason.io,
      ),
    ).toBe(2);
    expect(noReason.err[0]).toContain('cần nêu lý do');
    expect(noReason.err[1]).toBe('  decisions.0.reason: required');

    writeFileSync(
      file,
      JSON.stringify({
        decisions: [{ assignmentId: an.assignmentId, level: 'good', reason: 'Chậm do thiên tai' }],
      }),
    );
    const done = capture();
    expect(
      await finalizeCommand(
        db,
        { as: org.p.assigner.user.username, council: id, file },
        CLOCKS.after,
        done.io,
      ),
    ).toBe(0);
    expect(JSON.parse(done.out[0]).results[0]).toMatchObject({
      decidedLevel: 'good',
      proposedLevel: 'completed',
    });
    const [c] = await db.select().from(councils).where(eq(councils.id, id));
    expect(c.finalizedAt).not.toBeNull();
    writeFileSync(file, '{"decisions": "all"}');
    const shape = capture();
    expect(
      await finalizeCommand(
        db,
        { as: org.p.assigner.user.username, council: id, file },
        CLOCKS.after,
        shape.io,
      ),
    ).toBe(2);
    expect(shape.err[0]).toMatch(/^decisions:/);
    expect(await finalizeCommand(db, { council: id, file }, CLOCKS.after, capture().io)).toBe(1);
  });
});
