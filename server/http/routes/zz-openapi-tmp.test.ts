import { expect, it } from 'vitest';
import { createTestDatabase } from '/work/main/test/db.ts';
import { client, makeApp } from '/work/main/test/http.ts';

it('builds the OpenAPI document with the execution and appraisal routes', async () => {
  const database = await createTestDatabase();
  const res = await client(makeApp(database.db)).get('/api/openapi.json');
  expect(res.status).toBe(200);
  const paths = Object.keys(res.body.paths);
  for (const p of ['/api/assignments/{id}/appraisals', '/api/appraisals/worklist', '/api/appraisals/{id}/minutes.docx', '/api/tasks/{id}', '/api/cycles/{cycleId}/overview', '/api/me/tasks', '/api/assignments/{id}/status'])
    expect(paths).toContain(p);
  await database.close();
});
