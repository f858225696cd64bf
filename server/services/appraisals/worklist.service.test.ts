import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor, makeUser } from '../../../test/factories.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import { insertCheckIn } from '../../../test/fixtures/execution-records.ts';
import { makeExecutionScenario } from '../../../test/fixtures/execution-scenario.ts';
import type { Database } from '../../db/client.ts';
import { recordAppraisal } from './record-appraisal.ts';
import { getWorklist } from './worklist.ts';

let database: Database;
let s: Awaited<ReturnType<typeof makeExecutionScenario>>;
beforeAll(async () => {
  database = await createTestDatabase();
  s = await makeExecutionScenario(database.db);
});
afterAll(async () => {
  await database.close();
});

const numbers = (tasks: { number: number }[]) => tasks.map((t) => t.number);

describe("the appraiser's worklist", () => {
  it('lists before the first appraisal every task as never appraised and the quarters begun', async () => {
    const list = await getWorklist(s.ctx.appraiser, '2022-06-29');
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      assignmentId: s.assignment.id,
      cycleName: 'Năm 2022',
      assigneeUnit: { id: s.p.communeA.id, name: 'Xã An' },
      headName: 'Nguyễn Văn An',
      documentNumber: '12-QĐ/HU',
      lastAppraisedOn: null,
      quartersNotAppraised: [1, 2],
    });
    expect(numbers(list.items[0].neverAppraised)).toEqual([1, 2, 3, 4]);
    // The product submitted on 20/06 waits for its first judgement.
    expect(list.items[0].productsAwaiting).toEqual([
      expect.objectContaining({ number: 4, checkInId: s.records.product.id, submittedOn: '2022-06-20' }),
    ]);
  });

  it('after the second-quarter appraisal, keeps what it did not settle', async () => {
    const [entry] = (await getWorklist(s.ctx.appraiser, '2022-07-05')).items;
    expect(entry).toMatchObject({
      lastAppraisedOn: '2022-06-30',
      quartersNotAppraised: [1, 3],
      productsAwaiting: [],
    });
    expect(numbers(entry.neverAppraised)).toEqual([2, 3]);
    expect(entry.atRiskOrOverdue.map((t) => [t.number, t.status, t.atRisk])).toEqual([
      [1, 'not_due', true],
      [4, 'not_due', true],
    ]);
  });

  it('puts a re-submitted product back on the list until an appraisal judges it', async () => {
    const again = await insertCheckIn(
      database.db,
      { id: s.tasks.clearance.id, assignmentId: s.assignment.id },
      s.p.headA.user.id,
      { reportedOn: '2022-07-08', submitsProduct: true, percent: 100 },
    );
    const [waiting] = (await getWorklist(s.ctx.appraiser, '2022-07-10')).items;
    expect(waiting.productsAwaiting).toEqual([
      expect.objectContaining({ checkInId: again.id, submittedOn: '2022-07-08' }),
    ]);
    await recordAppraisal({ ...s.ctx.appraiser, clock: clockAt('2022-07-12') }, s.assignment.id, {
      kind: 'ad_hoc',
      appraisedOn: '2022-07-12',
      items: [{ taskId: s.tasks.clearance.id, progress: 'on_track', productDecision: 'accepted' }],
    });
    const [settled] = (await getWorklist(s.ctx.appraiser, '2022-07-12')).items;
    expect(settled.productsAwaiting).toEqual([]);
    expect(settled.atRiskOrOverdue.map((t) => t.number)).toEqual([1]);
  });

  it('is empty for people who hold no appraiser grant reaching the unit', async () => {
    const elsewhere = await makeUser(database.db, { role: 'appraiser', unitId: s.p.department.id });
    for (const ctx of [s.ctx.head, s.ctx.assigner, contextFor(database.db, elsewhere.actor)])
      expect((await getWorklist(ctx, '2022-07-05')).items).toEqual([]);
  });
});
