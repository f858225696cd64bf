import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import { COHORT_DAYS, makeScoredCohort } from '../../../test/fixtures/scored-cohort.ts';
import { makeApp, signIn } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { councils, scoreSheets } from '../../db/schema/index.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const CRITERIA = ['political_ethics', 'innovation_vision', 'self_criticism'];

/** Signed-in clients of the cohort's people on one day. */
async function on(f: Awaited<ReturnType<typeof makeScoredCohort>>, day: string) {
  const app = makeApp(database.db, clockAt(day));
  const as = (username: string) => signIn(app, username);
  return {
    app,
    assigner: await as(f.p.assigner.user.username),
    admin: await as(f.p.admin.user.username),
    chair: await as(f.members.chair.user.username),
    ha: await as(f.members.ha.user.username),
    son: await as(f.members.son.user.username),
  };
}

describe('councils over HTTP', () => {
  it('forms a council and refuses a bad one with the field named', async () => {
    const f = await makeScoredCohort(database.db, { stage: 'formed' });
    const { admin, assigner } = await on(f, COHORT_DAYS.formed);
    const members = [
      { personId: f.members.chair.person.id, role: 'chair' },
      { personId: f.members.ha.person.id, role: 'member' },
      { personId: f.members.son.person.id, role: 'member' },
    ];
    const body = {
      assigningUnitId: f.p.root.id,
      name: 'Hội đồng cấp tỉnh',
      opensOn: '2023-01-05',
      closesOn: '2023-01-15',
      members,
    };
    const created = await admin.post(`/api/cycles/${f.cycle.id}/councils`, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Hội đồng cấp tỉnh',
      memberCount: 3,
      cohort: [],
      windowState: 'not_open',
    });

    const shape = await assigner.post(`/api/cycles/${f.cycle.id}/councils`, {
      ...body,
      members: [{ personId: 'x', role: 'boss' }],
    });
    expect(shape.status).toBe(400);
    expect(shape.body.details.fields.map((x: { field: string }) => x.field)).toEqual([
      'members.0.personId',
      'members.0.role',
    ]);
    const duplicate = await assigner.post(`/api/cycles/${f.cycle.id}/councils`, {
      ...body,
      assigningUnitId: f.p.district.id,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe('Cơ quan này đã thành lập hội đồng tư vấn cho kỳ đánh giá.');
    const small = await assigner.post(`/api/cycles/${f.cycle.id}/councils`, {
      ...body,
      assigningUnitId: f.p.district.id,
      members: members.slice(0, 2),
    });
    expect(small.status).toBe(422);
    expect(small.body.message).toBe('Hội đồng cần từ 3 đến 15 thành viên (hiện có 2).');
    const list = await assigner.get(`/api/cycles/${f.cycle.id}/councils`);
    expect(list.body.map((c: { name: string }) => c.name)).toEqual([
      'Hội đồng tư vấn đánh giá người đứng đầu năm 2022',
    ]);
    expect(
      (await database.db.select({ n: count() }).from(councils).where(eq(councils.cycleId, f.cycle.id)))[0].n,
    ).toBe(2);
  });

  it('scores blind within the window, shows the chair who has finished, and discloses after closing', async () => {
    const f = await makeScoredCohort(database.db, { stage: 'self_assessed' });
    const day = await on(f, COHORT_DAYS.scoring);
    const base = `/api/councils/${f.council.id}`;

    const council = await day.chair.get(base);
    expect(council.status).toBe(200);
    expect(council.body).toMatchObject({
      myRole: 'chair',
      windowState: 'open',
      abilities: { score: true, close: true },
    });
    expect(council.body.cohort[0].recused).toMatchObject([
      { fullName: 'Đỗ Văn Sơn', reasonLabel: 'thuộc đơn vị được đánh giá' },
    ]);

    const mine = await day.ha.get(`${base}/sheets/mine`);
    expect(mine.status).toBe(200);
    const [a] = mine.body.heads;
    const sheet = (version: number, scores: number[]) => ({
      version,
      tasks: a.tasks.map((t: { taskId: string }, i: number) => ({ taskId: t.taskId, score: scores[i] })),
      criteria: CRITERIA.map((key) => ({ key, score: 8 })),
      finished: true,
    });
    const url = `${base}/sheets/${a.assignmentId}`;

    const shape = await day.ha.send('PUT', url, {
      ...sheet(0, [20, 15, 20, 10]),
      tasks: [{ taskId: a.tasks[0].taskId, score: '20' }],
    });
    expect(shape.status).toBe(400);
    expect(shape.body.details.fields[0].field).toBe('tasks.0.score');
    const above = await day.ha.send('PUT', url, sheet(0, [20, 21, 20, 10]), { 'accept-language': 'en' });
    expect(above.status).toBe(422);
    expect(above.body).toMatchObject({
      code: 'score_above_weight',
      message: 'The score of task 2 exceeds its weight (at most 20).',
      details: { fields: [{ field: 'tasks.1.score' }] },
    });
    const recused = await day.son.send('PUT', url, sheet(0, [20, 15, 20, 10]));
    expect(recused.status).toBe(403);
    expect(recused.body.code).toBe('council_member_recused_unit');
    const notMember = await day.assigner.send('PUT', url, sheet(0, [20, 15, 20, 10]));
    expect(notMember.status).toBe(403);

    const saved = await day.ha.send('PUT', url, sheet(0, [19, 12.5, 20, 9.75]));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: 1,
      tasks: [{ score: 19 }, { score: 12.5 }, { score: 20 }, { score: 9.75 }],
    });
    const stale = await day.ha.send('PUT', url, sheet(0, [19, 12.5, 20, 9.75]));
    expect(stale.status).toBe(409);

    const progress = await day.chair.get(`${base}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.body.members[1]).toMatchObject({
      fullName: 'Phạm Thị Hà',
      finishedCount: 1,
      expectedCount: 2,
    });
    expect(progress.text).not.toContain('12.5');
    expect((await day.ha.get(`${base}/progress`)).status).toBe(403);
    expect((await day.chair.get(`${base}/scores`)).status).toBe(409);
    const members = await day.assigner.patch(base, { version: council.body.version, members: [] });
    expect(members.status).toBe(409);

    const closed = await day.chair.post(`${base}/close`, { version: council.body.version });
    expect(closed.status).toBe(200);
    expect(closed.body.windowState).toBe('closed');
    const late = await day.ha.send('PUT', url, sheet(1, [19, 12.5, 20, 9.75]));
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('scoring_window_closed');
    const scores = await day.ha.get(`${base}/scores`);
    expect(scores.status).toBe(200);
    expect(scores.body.heads[0].sheets).toHaveLength(1);
    expect(scores.body.heads[0].tasks[1].aggregate).toMatchObject({
      score: 12.5,
      memberCount: 1,
      spreadFlagged: false,
    });
    expect(
      (
        await database.db
          .select({ n: count() })
          .from(scoreSheets)
          .where(eq(scoreSheets.councilId, f.council.id))
      )[0].n,
    ).toBe(1);
  });

  it('documents every council and self-assessment route in the OpenAPI document', async () => {
    const res = await makeApp(database.db).request('/api/openapi.json');
    expect(Object.keys((await res.json()).paths)).toEqual(
      expect.arrayContaining([
        '/api/cycles/{cycleId}/councils',
        '/api/councils/{id}',
        '/api/councils/{id}/close',
        '/api/councils/{id}/progress',
        '/api/councils/{id}/scores',
        '/api/councils/{id}/sheets/mine',
        '/api/councils/{id}/sheets/{assignmentId}',
        '/api/assignments/{id}/self-assessment',
        '/api/assignments/{id}/self-assessment/submit',
        '/api/assignments/{id}/self-assessment.docx',
      ]),
    );
  });

  it('hides a council from callers outside it', async () => {
    const f = await makeScoredCohort(database.db, { stage: 'formed' });
    const app = makeApp(database.db, clockAt(COHORT_DAYS.formed));
    const outsider = await signIn(app, f.p.headA.user.username);
    const res = await outsider.get(`/api/councils/${f.council.id}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Không tìm thấy hội đồng tư vấn.');
  });
});
