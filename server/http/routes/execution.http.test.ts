import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignmentStatusSchema,
  myTasksSchema,
  overviewSchema,
  taskPageSchema,
} from '../../../contracts/execution.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import { makeExecutionScenario } from '../../../test/fixtures/execution-scenario.ts';
import { client, makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';

let database: Database;
let app: TestApp;
let s: Awaited<ReturnType<typeof makeExecutionScenario>>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db, clockAt('2022-07-01'));
  s = await makeExecutionScenario(database.db);
});
afterAll(async () => {
  await database.close();
});

const as = (who: { user: { username: string } }) => signIn(app, who.user.username);

describe('execution reads over HTTP', () => {
  it('gives the status of every task on a day, today by default', async () => {
    const head = await as(s.p.headA);
    const res = await head.get(`/api/assignments/${s.assignment.id}/status?date=2022-07-01`);
    expect(res.status).toBe(200);
    const status = assignmentStatusSchema.parse(res.body);
    expect(status.counts.byStatus).toMatchObject({ not_due: 3, done_early: 1 });
    expect((await head.get(`/api/assignments/${s.assignment.id}/status`)).body.date).toBe('2022-07-01');
    const bad = await head.get(`/api/assignments/${s.assignment.id}/status?date=tomorrow`);
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('query.date');
    expect((await (await as(s.p.headB)).get(`/api/assignments/${s.assignment.id}/status`)).status).toBe(404);
    expect((await client(app).get(`/api/assignments/${s.assignment.id}/status`)).status).toBe(401);
  });

  it('serves the task page with the task in force, its history, status and timeline', async () => {
    const assigner = await as(s.p.assigner);
    const res = await assigner.get(`/api/tasks/${s.tasks.poverty.id}?date=2022-07-01`);
    expect(res.status).toBe(200);
    const page = taskPageSchema.parse(res.body);
    expect(page.task).toMatchObject({
      deadline: '2022-10-31',
      originalDeadline: '2022-09-30',
      history: [{ field: 'deadline', from: '2022-09-30', to: '2022-10-31', approvedOn: '2022-06-25' }],
    });
    expect(page.assignment).toMatchObject({ documentNumber: '12-QĐ/HU', headName: 'Nguyễn Văn An' });
    expect(page.status).toMatchObject({ status: 'not_due', extended: true, owedSupport: 1 });
    expect(page.timeline.map((e) => e.kind)).toEqual(['support_commitment', 'adjustment', 'adjustment']);
    const other = await as(s.p.headB);
    expect(await other.get(`/api/tasks/${s.tasks.poverty.id}`)).toMatchObject({ status: 404 });
    expect((await other.get(`/api/tasks/${randomUUID()}`)).status).toBe(404);
  });

  it("serves the assigner's overview, and hides it from a head", async () => {
    const assigner = await as(s.p.assigner);
    const res = await assigner.get(
      `/api/cycles/${s.cycle.id}/overview?assigningUnitId=${s.p.district.id}&date=2022-07-01`,
    );
    expect(res.status).toBe(200);
    expect(overviewSchema.parse(res.body).rows[0]).toMatchObject({ openRequests: 1, escalatedRequests: 1 });
    const missing = await assigner.get(`/api/cycles/${s.cycle.id}/overview`);
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields[0].field).toBe('query.assigningUnitId');
    const head = await as(s.p.headA);
    expect(
      (await head.get(`/api/cycles/${s.cycle.id}/overview?assigningUnitId=${s.p.district.id}`)).status,
    ).toBe(404);
  });

  it("serves the head's board and an empty one to those who head nothing", async () => {
    const board = await (await as(s.p.headA)).get('/api/me/tasks?date=2022-07-01');
    expect(board.status).toBe(200);
    expect(myTasksSchema.parse(board.body).tasks.map((t) => t.number)).toEqual([4, 2, 1, 3]);
    const none = await (await as(s.users.appraiser)).get('/api/me/tasks');
    expect(none.body).toMatchObject({ date: '2022-07-01', tasks: [] });
  });

  it('documents every execution and appraisal route in the OpenAPI description', async () => {
    const res = await client(app).get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/assignments/{id}/status',
        '/api/tasks/{id}',
        '/api/cycles/{cycleId}/overview',
        '/api/me/tasks',
        '/api/assignments/{id}/appraisals',
        '/api/appraisals/worklist',
        '/api/appraisals/{id}',
        '/api/appraisals/{id}/minutes.docx',
      ]),
    );
  });
});
