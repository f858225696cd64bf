import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleDocument } from '../../../contracts/interchange/cycle-format.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { makeUnit, makeUser } from '../../../test/factories.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import { asNewCycle } from '../../../test/fixtures/interchange-scenario.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { databaseId } from '../../interchange/db-ids.ts';
import { exportCycle } from '../../interchange/export-cycle.ts';
import { importCycle } from '../../interchange/import-cycle.ts';
import { serializeCycleDocument } from '../../interchange/validate-cycle.ts';
import { systemContext } from '../../services/context.ts';

const EXAMPLE = 'docs/interchange/examples/yen-lac-2022.json';
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as CycleDocument;
const clock = clockAt('2023-02-01');
const cycleId = databaseId('cycles', 'cy-2022');

let database: Database;
let app: TestApp;
const users: Record<'admin' | 'assigner' | 'viewer' | 'stranger', string> = {
  admin: '',
  assigner: '',
  viewer: '',
  stranger: '',
};
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db, clock);
  // the province's organisation and its 2022 cycle, as the system loads them
  await importCycle(systemContext(database.db, clock), example());
  const province = databaseId('units', 'u-vp');
  users.admin = (await makeUser(database.db, { role: 'admin', unitId: province })).user.username;
  users.assigner = (
    await makeUser(database.db, { role: 'assigner', unitId: province, includeSubtree: false })
  ).user.username;
  users.viewer = (
    await makeUser(database.db, { role: 'viewer', unitId: databaseId('units', 'u-yl') })
  ).user.username;
  const elsewhere = await makeUnit(database.db, { kind: 'province', name: 'Tỉnh khác' });
  users.stranger = (await makeUser(database.db, { role: 'admin', unitId: elsewhere.id })).user.username;
});
afterAll(async () => {
  await database.close();
});

// signing in is audited too: imports are counted by their own audit action
const TABLES = ['units', 'people', 'cycles', 'assignments', 'tasks', 'check_ins', 'score_sheets'];
const count = async (query: string) =>
  Number((await database.db.execute<{ n: number }>(sql.raw(query))).rows[0].n);
const snapshot = async () =>
  Promise.all([
    ...TABLES.map((t) => count(`select count(*)::int n from ${t}`)),
    count(`select count(*)::int n from audit_events where action = 'cycle.import'`),
  ]);

describe('the interchange routes', () => {
  it('are in the OpenAPI document', async () => {
    const doc = await client(app).get('/api/openapi.json');
    expect(Object.keys(doc.body.paths['/api/cycles/{id}/export.json'])).toEqual(['get']);
    expect(Object.keys(doc.body.paths['/api/cycles/import'])).toEqual(['post']);
  });
});

describe('GET /api/cycles/{id}/export.json', () => {
  it("is refused to the owner unit's assigner when lower bodies assigned cohorts of the cycle", async () => {
    // The province's assigner is not Yên Lạc's assigning body: those scores are not theirs to read.
    const res = await (await signIn(app, users.assigner)).get(`/api/cycles/${cycleId}/export.json`);
    expect(res.status).toBe(403);
  });

  it('is refused while a council of the cycle is still scoring (blind scoring)', async () => {
    const during = makeApp(database.db, clockAt('2023-01-15'));
    const res = await (await signIn(during, users.admin)).get(`/api/cycles/${cycleId}/export.json`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('council_scores_sealed');
  });

  it('downloads the cycle for an admin over the owner unit', async () => {
    for (const who of ['admin'] as const) {
      const res = await (await signIn(app, users[who])).get(`/api/cycles/${cycleId}/export.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="nam-2022-${cycleId}.json"`);
      const expected = await exportCycle(database.db, cycleId, { exportedAt: res.body.exportedAt });
      expect(res.text).toBe(serializeCycleDocument(expected));
    }
  });

  it('is refused to readers (403) and hidden from everyone else (404)', async () => {
    const viewer = await signIn(app, users.viewer);
    expect((await viewer.get(`/api/cycles/${cycleId}/export.json`)).status).toBe(403);
    const stranger = await signIn(app, users.stranger);
    expect((await stranger.get(`/api/cycles/${cycleId}/export.json`)).status).toBe(404);
    expect((await stranger.get('/api/cycles/not-a-uuid/export.json')).status).toBe(400);
  });
});

describe('POST /api/cycles/import', () => {
  it('imports a new cycle of the same organisation for an admin over it', async () => {
    const admin = await signIn(app, users.admin);
    const res = await admin.post('/api/cycles/import', asNewCycle(example(), '2'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      cycleId: databaseId('cycles', 'cy-2022-2'),
      counts: { assignments: 5, tasks: 18, checkIns: 27, scoreSheets: 23 },
      created: { units: 0, people: 0, posts: 0, terms: 0 },
      reused: { units: 17, people: 11, posts: 11, terms: 11 },
      notStored: { previousResults: 1, subordinateResults: 0 },
    });
    const exported = await admin.get(`/api/cycles/${res.body.cycleId}/export.json`);
    expect(exported.body.assignments).toHaveLength(5);
  });

  it('answers 422 with every problem (path and message) for an invalid document, writing nothing', async () => {
    const before = await snapshot();
    const doc = asNewCycle(example(), '3');
    doc.scores[0].tasks[0].score = 30.123;
    doc.checkIns[2].reportedOn = '2022-13-01';
    doc.councils[1].members.push({ personId: 'p-nobody', role: 'chair', unitIds: [] });
    const admin = await signIn(app, users.admin);
    const res = await admin.post('/api/cycles/import', doc);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('interchange_invalid');
    expect(res.body.message).toBe('Tệp dữ liệu kỳ đánh giá không hợp lệ (2 lỗi); chưa ghi dữ liệu nào.');
    expect(res.body.details.problems.map((p: { path: string }) => p.path)).toEqual([
      'checkIns[2].reportedOn',
      'scores[0].tasks[0].score',
    ]);
    expect(res.body.details.problems.every((p: { message: string }) => p.message.length > 0)).toBe(true);

    // the shape passes once those are mended; the cross-references fail next, all at once
    doc.scores[0].tasks[0].score = 30;
    doc.checkIns[2].reportedOn = '2022-06-30';
    const refs = await admin.post('/api/cycles/import', doc, { 'accept-language': 'en' });
    expect(refs.status).toBe(422);
    expect(refs.body.message).toBe('The cycle document is invalid (2 problems); nothing was written.');
    expect(refs.body.details.problems.map((p: { path: string; code: string }) => [p.path, p.code])).toEqual([
      ['councils[1].members', 'one_chair_required'],
      ['councils[1].members[5].personId', 'unknown_reference'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 409 naming what is already stored, and 400 for a body that is not JSON', async () => {
    const before = await snapshot();
    const admin = await signIn(app, users.admin);
    const res = await admin.post('/api/cycles/import', example());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('interchange_conflict');
    expect(res.body.details.problems[0]).toEqual({
      path: 'cycle.id',
      code: 'interchange_id_exists',
      message: `Mã định danh ${cycleId} đã có trong cơ sở dữ liệu; nhập tệp không ghi đè dữ liệu đã có.`,
    });
    const broken = await admin.post('/api/cycles/import', '{"format": ');
    expect(broken.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('takes documents above the usual 1 MB JSON limit', async () => {
    const admin = await signIn(app, users.admin);
    const big = { ...asNewCycle(example(), '4'), padding: 'x'.repeat(1_500_000) };
    const res = await admin.post('/api/cycles/import', big);
    expect(res.status).toBe(422);
    expect(res.body.details.problems.map((p: { path: string }) => p.path)).toEqual(['padding']);
  });

  it('is for admins only (403), and an admin outside the organisation is refused too', async () => {
    const before = await snapshot();
    for (const who of ['assigner', 'viewer', 'stranger'] as const) {
      const res = await (await signIn(app, users[who])).post(
        '/api/cycles/import',
        asNewCycle(example(), who),
      );
      expect(res.status).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });
});
