import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import {
  addCouncil,
  addHead,
  addSheetsForAll,
  CLOCKS,
  clockAt,
  makeEvaluationOrg,
} from '../../../test/fixtures/evaluation-results.ts';
import { makeApp, signIn } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { deductions, disqualifyingEvents, evaluationResults } from '../../db/schema/index.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const EN = { 'accept-language': 'en' };

async function story() {
  const db = database.db;
  const org = await makeEvaluationOrg(db);
  const an = await addHead(db, org, {
    name: 'Xã An',
    outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'late'],
  });
  const binh = await addHead(db, org, {
    name: 'Xã Bình',
    outcomes: ['exceeded', 'exceeded', 'on_time', 'on_time', 'on_time'],
  });
  const council = await addCouncil(db, org, {
    members: [{ name: 'Lê Văn Chủ' }, { name: 'Phạm Thị Hai' }, { name: 'Hoàng Văn Ba' }],
  });
  await addSheetsForAll(db, council, [an, binh], (h) =>
    h === an ? { tasks: [1400, 1400, 1400, 1400, 1050] } : {},
  );
  const app = makeApp(db, CLOCKS.after);
  const as = (username: string) => signIn(app, username);
  return {
    org,
    an,
    binh,
    council,
    app,
    assigner: await as(org.p.assigner.user.username),
    admin: await as(org.p.admin.user.username),
    viewer: await as(org.p.viewer.user.username),
    member: await as(council.members[0].account.user.username),
    headAn: await as(an.account.user.username),
    headBinh: await as(binh.account.user.username),
  };
}

describe('results over HTTP', () => {
  it('documents every results route in the OpenAPI description', async () => {
    const res = await makeApp(database.db).request('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(((await res.json()) as { paths: Record<string, unknown> }).paths);
    for (const path of [
      '/api/councils/{id}/evaluate',
      '/api/councils/{id}/finalize',
      '/api/results/{id}/appeal',
      '/api/appeals/{id}/answer',
      '/api/people/{id}/results',
      '/api/recommendations/{id}/decide',
      '/api/cycles/{id}/quarterly',
      '/api/councils/{id}/decision.docx',
      '/api/councils/{id}/members/{memberId}/sheet.xlsx',
    ])
      expect(paths).toContain(path);
  });

  it('evaluates, explains in the caller’s language, finalizes, appeals and answers', async () => {
    const s = await story();
    const id = s.council.council.id;
    const bad = await s.assigner.post(`/api/councils/${id}/evaluate?quarter=9`);
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('query.quarter');
    const early = await (
      await signIn(makeApp(database.db, CLOCKS.scoring), s.org.p.assigner.user.username)
    ).post(`/api/councils/${id}/evaluate`);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'council_window_open' });
    expect(early.body.message).toContain('15/01/2023');

    const evaluated = await s.assigner.post(`/api/councils/${id}/evaluate`);
    expect(evaluated.status).toBe(200);
    const an = evaluated.body.results.find((r: { unitName: string }) => r.unitName === 'Xã An');
    expect(an).toMatchObject({ total: '96.50', proposedLevel: 'completed', provisional: false });
    expect(evaluated.body.quota).toMatchObject({ breach: true, excellent: 1, good: 0 });

    const en = await s.member.get(`/api/councils/${id}/results`, EN);
    expect(en.status).toBe(200);
    const anEn = en.body.results.find((r: { unitName: string }) => r.unitName === 'Xã An');
    expect(anEn.explanation[0]).toBe('Level: Completed (total 96.50)');
    expect(en.body.quota.warning).toContain('Proposed: move 1 down to Good');
    expect((await s.viewer.get(`/api/councils/${id}/results`)).status).toBe(404);
    expect((await s.headAn.get(`/api/councils/${id}/results`)).status).toBe(404);
    expect((await s.member.post(`/api/councils/${id}/evaluate`)).status).toBe(403);

    const binhId = s.binh.assignmentId;
    const anId = s.an.assignmentId;
    const version = evaluated.body.councilVersion;
    const shape = await s.assigner.post(`/api/councils/${id}/finalize`, {
      version,
      decisions: [{ assignmentId: anId }],
    });
    expect(shape.status).toBe(400);
    expect(shape.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['decisions.0.level']);
    const noReason = await s.assigner.post(`/api/councils/${id}/finalize`, {
      version,
      decisions: [
        { assignmentId: anId, level: 'completed' },
        { assignmentId: binhId, level: 'good' },
      ],
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body).toMatchObject({ code: 'decision_reason_required' });
    expect(noReason.body.details.fields).toEqual([
      expect.objectContaining({ field: 'decisions.1.reason', code: 'required' }),
    ]);
    const finalized = await s.assigner.post(`/api/councils/${id}/finalize`, {
      version,
      decisions: [
        { assignmentId: anId, level: 'completed' },
        { assignmentId: binhId, level: 'good', reason: 'Theo tỷ lệ tối đa 20% số hoàn thành tốt nhiệm vụ' },
      ],
    });
    expect(finalized.status).toBe(200);
    expect(finalized.body.finalizedAt).not.toBeNull();
    const again = await s.assigner.post(`/api/councils/${id}/finalize`, {
      version: version + 1,
      decisions: [{ assignmentId: anId, level: 'good', reason: 'x' }],
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('council_finalized');

    const resultId = finalized.body.results.find((r: { assignmentId: string }) => r.assignmentId === anId).id;
    expect((await s.headAn.get(`/api/results/${resultId}`)).body.level).toBe('completed');
    expect((await s.headBinh.get(`/api/results/${resultId}`)).status).toBe(404);
    const empty = await s.headAn.post(`/api/results/${resultId}/appeal`, { reason: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.details.fields[0].field).toBe('reason');
    const appeal = await s.headAn.post(`/api/results/${resultId}/appeal`, { reason: 'Chậm do vốn cấp trên' });
    expect(appeal.status).toBe(201);
    expect((await s.headAn.post(`/api/results/${resultId}/appeal`, { reason: 'Lần hai' })).status).toBe(409);
    const late = await (
      await signIn(makeApp(database.db, clockAt('2023-02-05')), s.binh.account.user.username)
    ).post(
      `/api/results/${finalized.body.results.find((r: { assignmentId: string }) => r.assignmentId === binhId).id}/appeal`,
      { reason: 'Quá hạn' },
    );
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('appeal_window_closed');

    const answer = await s.assigner.post(`/api/appeals/${appeal.body.appeal.id}/answer`, {
      version: appeal.body.appeal.version,
      response: 'Chấp nhận: vốn hỗ trợ đến muộn',
      level: 'good',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      decidedLevel: 'good',
      history: [expect.objectContaining({ level: 'completed', cause: 'appeal' })],
    });
    const badLevel = await s.assigner.post(`/api/appeals/${appeal.body.appeal.id}/answer`, {
      version: answer.body.appeal.version,
      response: 'x',
      level: 'best',
    });
    expect(badLevel.status).toBe(400);

    const page = await s.headAn.get(`/api/people/${s.an.person.id}/results`);
    expect(page.status).toBe(200);
    expect(page.body.results).toEqual([expect.objectContaining({ level: 'good', unitName: 'Xã An' })]);
    expect((await s.admin.get(`/api/people/${s.an.person.id}/results`)).status).toBe(200);
    expect((await s.viewer.get(`/api/people/${s.an.person.id}/results`)).status).toBe(404);
    expect((await s.headBinh.get(`/api/people/${s.an.person.id}/results`)).status).toBe(404);
  });

  it('records deductions and disqualifying events, refusing bad input with nothing written', async () => {
    const s = await story();
    const path = `/api/assignments/${s.binh.assignmentId}`;
    const decimals = await s.assigner.post(`${path}/deductions`, { points: 1.234, reason: 'Khiển trách' });
    expect(decimals.status).toBe(400);
    expect(decimals.body.details.fields[0].field).toBe('points');
    expect((await s.assigner.post(`${path}/deductions`, { points: 0, reason: 'Không' })).status).toBe(400);
    expect((await s.assigner.post(`${path}/disqualifying-events`, { kind: 'late', note: 'x' })).status).toBe(
      400,
    );
    expect((await s.member.post(`${path}/deductions`, { points: 2, reason: 'Thành viên' })).status).toBe(403);
    expect(
      await database.db.select().from(deductions).where(eq(deductions.assignmentId, s.binh.assignmentId)),
    ).toEqual([]);

    const ok = await s.assigner.post(`${path}/deductions`, { points: 2.5, reason: 'Khiển trách' });
    expect(ok.status).toBe(201);
    expect(ok.body.items).toEqual([expect.objectContaining({ points: '2.50', reason: 'Khiển trách' })]);
    const event = await s.assigner.post(`${path}/disqualifying-events`, {
      kind: 'corruption',
      note: 'Vụ việc tại xã',
    });
    expect(event.status).toBe(201);
    expect((await s.headBinh.get(`${path}/disqualifying-events`)).body.items).toHaveLength(1);
    expect((await s.viewer.get(`${path}/deductions`)).status).toBe(404);
    expect(
      await database.db
        .select()
        .from(disqualifyingEvents)
        .where(eq(disqualifyingEvents.assignmentId, s.binh.assignmentId)),
    ).toHaveLength(1);

    const table = await s.assigner.post(`/api/councils/${s.council.council.id}/evaluate`);
    const binh = table.body.results.find(
      (r: { assignmentId: string }) => r.assignmentId === s.binh.assignmentId,
    );
    expect(binh).toMatchObject({ total: '97.50', proposedLevel: 'not_completed' });
  });

  it('computes and reads quarterly provisional results, and lists and decides recommendations once', async () => {
    const s = await story();
    const july = await signIn(makeApp(database.db, clockAt('2022-07-10')), s.org.p.assigner.user.username);
    const cycle = s.org.cycle.id;
    const unit = s.org.p.district.id;
    const bad = await july.post(`/api/cycles/${cycle}/quarterly`, { assigningUnitId: unit, quarter: 0 });
    expect(bad.status).toBe(400);
    const q2 = await july.post(`/api/cycles/${cycle}/quarterly`, { assigningUnitId: unit, quarter: 2 });
    expect(q2.status).toBe(200);
    expect(q2.body).toMatchObject({ quarter: 2, provisional: true });
    const read = await s.member.get(`/api/cycles/${cycle}/quarterly?assigningUnitId=${unit}&quarter=2`);
    expect(read.status).toBe(200);
    expect(read.body.results).toHaveLength(2);
    expect(
      (await s.viewer.get(`/api/cycles/${cycle}/quarterly?assigningUnitId=${unit}&quarter=2`)).status,
    ).toBe(404);
    expect((await s.member.get(`/api/cycles/${cycle}/quarterly?assigningUnitId=${unit}`)).status).toBe(400);

    const t = await s.assigner.post(`/api/councils/${s.council.council.id}/evaluate`);
    await s.assigner.post(`/api/councils/${s.council.council.id}/finalize`, {
      version: t.body.councilVersion,
      decisions: [
        { assignmentId: s.an.assignmentId, level: 'not_completed', reason: 'Chậm tiến độ kéo dài' },
        { assignmentId: s.binh.assignmentId, level: 'excellent' },
      ],
    });
    expect((await s.assigner.get('/api/recommendations')).status).toBe(400);
    const list = await s.assigner.get(`/api/recommendations?cycleId=${cycle}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ kind: 'transfer_or_replace', headName: 'Nguyễn Văn An' }),
    ]);
    const rec = list.body.items[0];
    const decided = await s.assigner.post(`/api/recommendations/${rec.id}/decide`, {
      version: rec.version,
      decision: 'deferred',
      note: 'Chờ kết quả năm sau',
    });
    expect(decided.status).toBe(200);
    const twice = await s.assigner.post(`/api/recommendations/${rec.id}/decide`, {
      version: decided.body.version,
      decision: 'accepted',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('recommendation_already_decided');
    const quarterRows = await database.db
      .select()
      .from(evaluationResults)
      .where(eq(evaluationResults.quarter, 2));
    expect(quarterRows.filter((r) => r.finalizedAt !== null)).toEqual([]);
  });
});
