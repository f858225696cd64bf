import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import { makeScoredCohort } from '../../../test/fixtures/scored-cohort.ts';
import { client, makeApp, signIn } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { selfAssessments } from '../../db/schema/index.ts';
import { extractDocxText } from '../../documents/docx/docx-text.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const CRITERIA = ['political_ethics', 'innovation_vision', 'self_criticism'];

async function world() {
  const f = await makeScoredCohort(database.db, { stage: 'formed' });
  const app = makeApp(database.db, clockAt('2022-12-20'));
  const head = await signIn(app, f.p.headA.user.username);
  const delegate = await signIn(app, f.users.delegateA.user.username);
  const ids = (await loadTasks(database.db, f.assignments.a.id)).map((t) => t.task.id);
  const url = `/api/assignments/${f.assignments.a.id}/self-assessment`;
  const body = (version: number, scores = [20, 16, 20, 10]) => ({
    version,
    taskEntries: ids.map((taskId, i) => ({
      taskId,
      explanation: `Giải trình ${i + 1}`,
      selfScore: scores[i],
    })),
    criterionEntries: CRITERIA.map((key) => ({ key, selfScore: 9 })),
    summary: 'Hoàn thành tốt nhiệm vụ.',
    obstacles: 'Thiếu kinh phí.',
    directionRequests: null,
    proposals: null,
  });
  const stored = async () =>
    database.db.select().from(selfAssessments).where(eq(selfAssessments.assignmentId, f.assignments.a.id));
  return { f, app, head, delegate, url, body, stored };
}

describe('self-assessment over HTTP', () => {
  it('reads the pre-filled report, saves drafts, and submits once, by the head only', async () => {
    const { head, delegate, url, body } = await world();
    const empty = await head.get(url);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ state: 'none', version: 0, abilities: { edit: true, submit: false } });
    expect(empty.body.tasks).toHaveLength(4);

    const saved = await delegate.send('PUT', url, body(0));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      state: 'draft',
      version: 1,
      totals: { selfScoreTasks: 66, selfScoreCriteria: 27 },
    });

    const byDelegate = await delegate.post(`${url}/submit`, { version: 1 });
    expect(byDelegate.status).toBe(403);
    expect(byDelegate.body.code).toBe('self_assessment_head_only');

    const submitted = await head.post(`${url}/submit`, { version: 1 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      version: 2,
      abilities: { edit: false, submit: false },
    });

    const again = await head.post(`${url}/submit`, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('self_assessment_already_submitted');
    const edit = await head.send('PUT', url, body(2));
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('self_assessment_locked');
  });

  it('answers bad input with a 4xx naming the field, in the caller’s language, and writes nothing', async () => {
    const { head, url, body, stored } = await world();
    const wrongType = await head.send('PUT', url, {
      ...body(0),
      taskEntries: [{ ...body(0).taskEntries[0], selfScore: 'mười' }],
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.details.fields.map((x: { field: string }) => x.field)).toEqual([
      'taskEntries.0.selfScore',
    ]);

    const above = await head.send('PUT', url, body(0, [20.5, 16, 20, 10]));
    expect(above.status).toBe(422);
    expect(above.body).toMatchObject({
      code: 'score_above_weight',
      message: 'Điểm nhiệm vụ 1 vượt trọng số (tối đa 20).',
      details: { fields: [{ field: 'taskEntries.0.selfScore', code: 'score_above_weight' }] },
    });
    const english = await head.send('PUT', url, body(0, [20, 16.125, 20, 10]), { 'accept-language': 'en' });
    expect(english.status).toBe(422);
    expect(english.body.message).toBe('The score of task 2 may have at most 2 decimals.');
    const stale = await head.send('PUT', url, body(5));
    expect(stale.status).toBe(409);
    expect(stale.body.details.currentVersion).toBe(0);
    expect(await stored()).toHaveLength(0);
  });

  it('downloads the report as .docx in either layout', async () => {
    const { head, app, url } = await world();
    for (const layout of ['party', 'state']) {
      const res = await app.request(`${url}.docx?layout=${layout}`, { headers: { cookie: head.cookie! } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('wordprocessingml');
      const text = await extractDocxText(Buffer.from(await res.arrayBuffer()));
      expect(text.toLowerCase()).toContain('tự đánh giá kết quả thực hiện nhiệm vụ năm 2022');
      expect(text).toContain('Nguyễn Văn An');
    }
    expect((await head.get(`${url}.docx?layout=word`)).status).toBe(400);
  });

  it('is closed to callers outside the assignment and to anonymous ones', async () => {
    const { f, app, url } = await world();
    expect((await client(app).get(url)).status).toBe(401);
    const outsider = await signIn(app, f.p.viewer.user.username);
    expect((await outsider.get(url)).status).toBe(404);
    const appraiser = await signIn(app, f.users.appraiser.user.username);
    expect((await appraiser.get(url)).status).toBe(403);
    // Commune B's head reads A's report as a member of the council that scores A.
    for (const member of [f.members.chair.user, f.p.headB.user]) {
      expect((await (await signIn(app, member.username)).get(url)).status).toBe(200);
    }
  });
});
