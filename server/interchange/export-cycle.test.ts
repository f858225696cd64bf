import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt } from '../../test/fixtures/committed-assignment.ts';
import { makeInterchangeScenario } from '../../test/fixtures/interchange-scenario.ts';
import { evaluateCli } from '../cli/evaluate.ts';
import type { Database, Db } from '../db/client.ts';
import { formatHundredths } from '../domain/scoring/exact.ts';
import { systemContext } from '../services/context.ts';
import { loadCouncilContext } from '../services/evaluation/council-access.ts';
import { computeAnnual } from '../services/evaluation/evaluate-council.ts';
import { evaluateCycle } from './evaluate-cycle.ts';
import { exportCycle } from './export-cycle.ts';
import { importCycle } from './import-cycle.ts';
import { serializeCycleDocument } from './validate-cycle.ts';

const clock = clockAt('2023-01-20');
let database: Database;
let fresh: Database;
let scenario: Awaited<ReturnType<typeof makeInterchangeScenario>>;
let exported: CycleDocument;

beforeAll(async () => {
  database = await createTestDatabase();
  fresh = await createTestDatabase();
  scenario = await makeInterchangeScenario(database.db);
  exported = await exportCycle(database.db, scenario.cycle.id, { exportedAt: '2023-01-20T08:00:00+07:00' });
});
afterAll(async () => {
  await database.close();
  await fresh.close();
});

/** Each head's total and level as the database's council evaluation computes them. */
async function databaseResults(db: Db, councilId: string) {
  const c = await loadCouncilContext(systemContext(db, clock), db, councilId);
  const computed = await computeAnnual(db, c);
  return Object.fromEntries(
    computed.entries.map((e) => [
      e.head.assignment.id,
      [formatHundredths(e.evaluation.total.rounded), e.evaluation.classification.level],
    ]),
  );
}

const fileResults = (doc: CycleDocument) =>
  Object.fromEntries(
    evaluateCycle(doc)
      .heads.filter((h) => h.assigningUnitId === scenario.p.district.id)
      .map((h) => [h.assignmentId, [h.total, h.level]]),
  );

describe('exportCycle from a database built by the application', () => {
  it('writes every record of the cycle with the stored ids', () => {
    const { a, b } = scenario.assignments;
    expect(exported.cycle.id).toBe(scenario.cycle.id);
    expect(exported.assignments.map((x) => [x.id, x.state])).toEqual([
      [a.id, 'self_assessed'],
      [b.id, 'self_assessed'],
      [scenario.draft.id, 'draft'],
    ]);
    const poverty = exported.assignments[0].tasks[1];
    expect(poverty.deadline).toBe('2022-11-30');
    expect(poverty.history).toEqual([
      {
        field: 'deadline',
        from: '2022-09-30',
        to: '2022-11-30',
        approvedOn: '2022-09-01',
        reason: 'Kinh phí hỗ trợ về chậm',
      },
    ]);
    expect(poverty.support).toEqual([
      expect.objectContaining({ kind: 'funds', description: 'Hỗ trợ 500 triệu đồng', state: 'due' }),
    ]);
    const [ntm, revenueB] = exported.assignments[1].tasks;
    expect(ntm.cancellation).toEqual({ approvedOn: '2022-07-15', reason: 'Chuyển sang kế hoạch năm 2023' });
    expect(revenueB.history).toEqual([
      {
        field: 'weight',
        from: 40,
        to: 70,
        approvedOn: '2022-07-15',
        reason: 'Chuyển sang kế hoạch năm 2023',
      },
    ]);
    expect(exported.checkIns.filter((c) => c.correctsId).map((c) => [c.value, c.correctionReason])).toEqual([
      ['97.0', 'Nhập nhầm 97 thành 79'],
    ]);
    expect(exported.checkIns.flatMap((c) => c.evidence.map((e) => e.kind)).sort()).toEqual([
      'document',
      'file',
      'link',
      'link',
    ]);
    // the stored "exceeded" on a target's line means nothing to the rules and is not written
    expect(exported.appraisals.flatMap((x) => x.items).filter((i) => i.exceeded)).toEqual([]);
    expect(exported.deductions.map((d) => [d.points, d.decidedOn])).toEqual([[1.5, '2022-12-01']]);
    expect(exported.disqualifyingEvents.map((e) => [e.kind, e.note])).toEqual([
      ['discipline', 'Bị khiển trách'],
    ]);
    expect(exported.councils[0].members.map((m) => [m.role, m.unitIds])).toEqual([
      ['chair', []],
      ['member', []],
      ['member', []],
      ['member', []],
    ]);
    expect(exported.scores).toHaveLength(6);
    expect(exported.units.map((u) => u.id)).toEqual(
      expect.arrayContaining([scenario.p.root.id, scenario.p.district.id, scenario.p.communeA.id]),
    );
    expect(exported.previousResults).toBeUndefined();
  });

  it('reads back identically after an import into an empty database', async () => {
    const result = await importCycle(
      systemContext(fresh.db, clock),
      JSON.parse(serializeCycleDocument(exported)),
    );
    expect(result.counts).toMatchObject({
      assignments: 3,
      checkIns: 9,
      evidence: 4,
      scoreSheets: 6,
      adjustments: 4,
    });
    const again = await exportCycle(fresh.db, scenario.cycle.id, { exportedAt: exported.exportedAt });
    expect(serializeCycleDocument(again)).toBe(serializeCycleDocument(exported));
  });

  it('agrees with the database evaluation, head by head, through the file and the CLI', async () => {
    const councilId = scenario.council.id;
    const stored = await databaseResults(database.db, councilId);
    expect(Object.values(stored)).toEqual([
      ['89.92', 'good'],
      ['64.50', 'not_completed'],
    ]);
    expect(fileResults(exported)).toEqual(stored);

    const dir = mkdtempSync(join(tmpdir(), 'mandate-agreement-'));
    const file = join(dir, 'cycle.json');
    writeFileSync(file, serializeCycleDocument(exported));
    let out = '';
    const code = evaluateCli(['--file', file], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(0);
    const cli = JSON.parse(out) as ReturnType<typeof evaluateCycle>;
    expect(
      Object.fromEntries(
        cli.heads.filter((h) => h.assignmentId in stored).map((h) => [h.assignmentId, [h.total, h.level]]),
      ),
    ).toEqual(stored);

    // the imported copy evaluates the same in the application
    expect(await databaseResults(fresh.db, councilId)).toEqual(stored);
  });
});
