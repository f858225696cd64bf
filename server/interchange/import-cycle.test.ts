import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt } from '../../test/fixtures/committed-assignment.ts';
import { asNewCycle } from '../../test/fixtures/interchange-scenario.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../domain/app-error.ts';
import { formatHundredths } from '../domain/scoring/exact.ts';
import { getAssignment } from '../services/assignments/get-assignment.ts';
import { systemContext } from '../services/context.ts';
import { storeProposals } from '../services/evaluation/compute-cohort.ts';
import { loadCouncilContext } from '../services/evaluation/council-access.ts';
import { computeAnnual } from '../services/evaluation/evaluate-council.ts';
import { databaseId, toDatabaseIds } from './db-ids.ts';
import { evaluateCycle } from './evaluate-cycle.ts';
import { exportCycle } from './export-cycle.ts';
import { importCycle } from './import-cycle.ts';
import { addHead, baseDocument } from './test-document.ts';
import { serializeCycleDocument, validateCycleDocument } from './validate-cycle.ts';

const EXAMPLE = 'docs/interchange/examples/yen-lac-2022.json';
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as CycleDocument;
const clock = clockAt('2023-02-01');

let database: Database;
let second: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  second = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  await second.close();
});

const count = async (db: Database, table: string) =>
  Number((await db.db.execute<{ n: number }>(sql.raw(`select count(*)::int n from ${table}`))).rows[0].n);

/** Counts of every table an import writes, to prove a refused import wrote nothing. */
const TABLES = [
  'units',
  'people',
  'posts',
  'post_terms',
  'cycles',
  'assignments',
  'tasks',
  'check_ins',
  'appraisals',
  'councils',
  'score_sheets',
  'audit_events',
];
const snapshot = async (db: Database) => Promise.all(TABLES.map((t) => count(db, t)));

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

/** The example as the database holds it: database ids, and no results of other cycles (not stored). */
function expectedFromExample(): CycleDocument {
  const valid = validateCycleDocument(example());
  if (!valid.ok) throw new Error('the example must be valid');
  const { previousResults: _previous, ...rest } = toDatabaseIds(valid.document);
  return rest;
}

describe('importCycle and exportCycle', () => {
  it('imports the Yên Lạc example into an empty database and exports it back exactly', async () => {
    const ctx = systemContext(database.db, clock);
    const result = await importCycle(ctx, example());
    expect(result.cycleId).toBe(databaseId('cycles', 'cy-2022'));
    expect(result.counts).toMatchObject({
      units: 17,
      assignments: 5,
      tasks: 18,
      checkIns: 27,
      scoreSheets: 23,
    });
    expect(result.created).toEqual({ units: 17, people: 11, posts: 11, terms: 11 });
    expect(result.notStored).toEqual({ previousResults: 1, subordinateResults: 0 });
    expect(result.notes.map((n) => n.code)).toEqual(['member_recused']);

    const exported = await exportCycle(database.db, result.cycleId, { exportedAt: example().exportedAt });
    expect(serializeCycleDocument(exported)).toBe(serializeCycleDocument(expectedFromExample()));

    // and through a second empty database: the export reads back identically
    const again = await importCycle(
      systemContext(second.db, clock),
      JSON.parse(serializeCycleDocument(exported)),
    );
    expect(again.cycleId).toBe(result.cycleId);
    const twice = await exportCycle(second.db, result.cycleId, { exportedAt: '2026-01-01T00:00:00Z' });
    expect(serializeCycleDocument({ ...twice, exportedAt: exported.exportedAt })).toBe(
      serializeCycleDocument(exported),
    );
  });

  it('keeps the results: the imported cycle evaluates as the file does', async () => {
    const exported = await exportCycle(database.db, databaseId('cycles', 'cy-2022'), {
      exportedAt: '2023-02-01T00:00:00Z',
    });
    const levels = (doc: CycleDocument) => evaluateCycle(doc).heads.map((h) => [h.total, h.level]);
    expect(levels(exported)).toEqual(levels(example()));
    expect(levels(exported)).toEqual([
      ['98.33', 'good'],
      ['97.10', 'excellent'],
      ['89.70', 'good'],
      ['75.35', 'not_completed'],
      ['96.00', 'good'],
    ]);
  });

  it('evaluates in the application as the file does, the sub-unit rule reading the stored cohort', async () => {
    const ctx = systemContext(database.db, clock);
    const results = async (councilId: string, store: boolean) =>
      database.db.transaction(async (tx) => {
        const computed = await computeAnnual(tx, await loadCouncilContext(ctx, tx, councilId));
        if (store) await storeProposals(tx, ctx, computed, 0);
        return computed.entries.map((e) => [
          e.head.assignment.id,
          formatHundredths(e.evaluation.total.rounded),
          e.evaluation.classification.level,
        ]);
      });
    const communes = await results(databaseId('councils', 'c-yl'), true);
    const district = await results(databaseId('councils', 'c-tinh'), false);
    const file = evaluateCycle(example()).heads.map((h) => [
      databaseId('assignments', h.assignmentId),
      h.total,
      h.level,
    ]);
    expect([...district, ...communes].sort()).toEqual([...file].sort());
  });

  it('leaves rows the application reads: states, versions, history and cancellations', async () => {
    const view = await getAssignment(systemContext(database.db, clock), databaseId('assignments', 'a-vt'));
    expect(view).toBeTruthy();
    const tasks = await database.db.execute<{ weight: number; cancelled_on: string | null; version: number }>(
      sql`select weight, cancelled_on, version from tasks where assignment_id = ${databaseId('assignments', 'a-vt')} order by position`,
    );
    expect(tasks.rows.map((t) => [t.weight, t.cancelled_on, t.version])).toEqual([
      [2500, null, 1],
      [2500, null, 1],
      [2000, null, 1],
      [1000, '2022-07-15', 1],
    ]);
    const adjustments = await database.db.execute<{ state: string; reason: string }>(
      sql`select state, reason from adjustments where assignment_id = ${databaseId('assignments', 'a-vt')} order by created_at`,
    );
    expect(adjustments.rows.map((a) => a.state)).toEqual(['approved', 'approved', 'approved']);
    const audit = await database.db.execute<{ action: string; entity_id: string }>(
      sql`select action, entity_id from audit_events where entity_type = 'cycle' and action = 'cycle.import'`,
    );
    expect(audit.rows).toEqual([{ action: 'cycle.import', entity_id: databaseId('cycles', 'cy-2022') }]);
  });

  it('refuses a file imported twice, naming every record that is already stored, and writes nothing', async () => {
    const before = await snapshot(database);
    const error = await refusal(() => importCycle(systemContext(database.db, clock), example()));
    expect(error.code).toBe('interchange_conflict');
    const paths = (error.params.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toContain('cycle.id');
    expect(paths).toContain('assignments[0].id');
    expect(paths).toContain('assignments[4].tasks[3].id');
    expect(paths).toContain('checkIns[26].id');
    // the organisation is the same: reused, not a conflict
    expect(paths.some((p) => p.startsWith('units') || p.startsWith('people') || p.startsWith('posts'))).toBe(
      false,
    );
    expect(await snapshot(database)).toEqual(before);
  });

  it('reuses the stored organisation for a new cycle and refuses units that differ', async () => {
    const next = asNewCycle(example(), 'bis');
    const renamed = structuredClone(next);
    renamed.units[9] = { ...renamed.units[9], name: 'Xã Nguyệt Đức (mới)' };
    renamed.people[0] = { ...renamed.people[0], fullName: 'Người khác' };
    renamed.terms[0] = { ...renamed.terms[0], startOn: '2020-10-16' };
    const before = await snapshot(database);
    const error = await refusal(() => importCycle(systemContext(database.db, clock), renamed));
    expect(error.code).toBe('interchange_conflict');
    expect(
      (error.params.issues as { path: string; message: string }[]).map((i) => [i.path, i.message]),
    ).toEqual([
      [
        'units[9].name',
        `Bản ghi ${databaseId('units', 'u-nd')} đã có nhưng khác ở trường name: đã lưu "Xã Nguyệt Đức", trong tệp "Xã Nguyệt Đức (mới)".`,
      ],
      [
        'people[0].fullName',
        `Bản ghi ${databaseId('people', 'p-lan')} đã có nhưng khác ở trường fullName: đã lưu "Hoàng Thị Thúy Lan", trong tệp "Người khác".`,
      ],
      ['terms[0]', 'Nhiệm kỳ này trùng thời gian với nhiệm kỳ đã lưu của chức vụ (2020-10-15 – …).'],
    ]);
    expect(await snapshot(database)).toEqual(before);

    const result = await importCycle(systemContext(database.db, clock), next);
    expect(result.created).toEqual({ units: 0, people: 0, posts: 0, terms: 0 });
    expect(result.reused).toEqual({ units: 17, people: 11, posts: 11, terms: 11 });
  });

  it('reads back a hand-written file: units listed children first, a cascaded target, undated penalties', async () => {
    const doc = addHead(baseDocument(), '2');
    doc.cycle = { ...doc.cycle, id: 'cy-hand' };
    doc.units.reverse();
    const t21 = doc.assignments[1].tasks[0];
    doc.assignments[1].tasks[0] = { ...t21, parentTaskId: 't1-1' };
    doc.deductions.push({
      id: 'd-1',
      assignmentId: 'a-2',
      points: 0.25,
      reason: 'Chậm báo cáo',
      decidedOn: null,
    });
    doc.disqualifyingEvents.push({
      id: 'e-1',
      assignmentId: 'a-2',
      kind: 'discipline',
      occurredOn: null,
      note: null,
    });
    const result = await importCycle(systemContext(second.db, clock), doc);
    const exported = await exportCycle(second.db, result.cycleId, { exportedAt: doc.exportedAt });
    const expected = toDatabaseIds(doc);
    // what the database keeps a date for is recorded on the day of the import
    expected.deductions[0].decidedOn = '2023-02-01';
    expected.disqualifyingEvents[0].occurredOn = '2023-02-01';
    expect(serializeCycleDocument(exported)).toBe(serializeCycleDocument(expected));
  });

  it('refuses an invalid document with every problem and its path, writing nothing', async () => {
    const before = await snapshot(database);
    const bad = example() as unknown as Record<string, unknown> & CycleDocument;
    bad.cycle = { ...bad.cycle, id: 'cy-bad' };
    bad.scores[0].tasks[0].score = 31;
    bad.checkIns[0] = { ...bad.checkIns[0], taskId: 't-unknown' };
    const error = await refusal(() => importCycle(systemContext(database.db, clock), bad));
    expect(error.code).toBe('interchange_invalid');
    expect((error.params.issues as { path: string }[]).map((i) => i.path)).toEqual([
      'checkIns[0].taskId',
      'scores[0].tasks[0].score',
    ]);
    const shape = await refusal(() =>
      importCycle(systemContext(database.db, clock), { format: 'mandate.cycle/2' }),
    );
    expect(shape.code).toBe('interchange_invalid');
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses what the database cannot keep: units named on a council member', async () => {
    const doc = example();
    doc.cycle = { ...doc.cycle, id: 'cy-units' };
    doc.councils[0].members[1].unitIds = ['u-yl'];
    const error = await refusal(() => importCycle(systemContext(database.db, clock), doc));
    expect(error.code).toBe('interchange_unsupported');
    expect((error.params.issues as { path: string }[]).map((i) => i.path)).toEqual([
      'councils[0].members[1].unitIds',
    ]);
  });

  it('is for admins only, and an admin reaching the organisation only', async () => {
    const noGrants = {
      ...systemContext(database.db, clock),
      actor: { userId: '', personId: null, grants: [] },
    };
    expect((await refusal(() => importCycle(noGrants, example()))).code).toBe('forbidden');
    const elsewhere = {
      ...systemContext(second.db, clock),
      actor: {
        userId: '',
        personId: null,
        grants: [{ role: 'admin' as const, unitId: 'x', unitPath: '/x/', includeSubtree: true }],
      },
    };
    const fresh = example();
    fresh.cycle = { ...fresh.cycle, id: 'cy-elsewhere' };
    expect((await refusal(() => importCycle(elsewhere, fresh))).code).toBe('forbidden');
  });
});
