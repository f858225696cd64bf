import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordAppraisalBody } from '../../../contracts/appraisals.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import { insertCheckIn } from '../../../test/fixtures/execution-records.ts';
import type { Database } from '../../db/client.ts';
import { assignments, auditEvents } from '../../db/schema/index.ts';
import { decideAdjustment, requestAdjustment } from '../assignments/adjustments.ts';
import { createAssignment } from '../assignments/create-assignment.ts';
import type { ServiceContext } from '../context.ts';
import { getAssignmentStatus } from '../execution/get-status.ts';
import { getAppraisal, listAppraisals } from './list-appraisals.ts';
import { recordAppraisal } from './record-appraisal.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const on = (ctx: ServiceContext, day: string): ServiceContext => ({ ...ctx, clock: clockAt(day) });
const appraisalCount = async (assignmentId: string) =>
  Number(
    (
      await database.db.execute<{ n: number }>(
        sql`select count(*)::int n from appraisals where assignment_id = ${assignmentId}`,
      )
    ).rows[0].n,
  );

async function world() {
  const f = await makeCommittedAssignment(database.db);
  const appraiser = on(f.ctx.appraiser, '2022-07-05');
  const headUser = f.p.headA.user.id;
  const t = (task: typeof f.tasks.revenue) => ({ id: task.id, assignmentId: task.assignmentId });
  const body = (items: RecordAppraisalBody['items'], over: Partial<RecordAppraisalBody> = {}) =>
    ({ kind: 'quarterly', quarter: 2, appraisedOn: '2022-06-30', items, ...over }) as RecordAppraisalBody;
  return { f, appraiser, headUser, t, body };
}

describe('recording an appraisal', () => {
  it('writes the appraisal, its lines and its audit event, taking the product check-in by default', async () => {
    const { f, appraiser, headUser, t, body } = await world();
    const product = await insertCheckIn(database.db, t(f.tasks.clearance), headUser, {
      reportedOn: '2022-06-20',
      percent: 100,
      submitsProduct: true,
    });
    const id = await recordAppraisal(
      appraiser,
      f.assignment.id,
      body(
        [
          { taskId: f.tasks.clearance.id, progress: 'on_track', productDecision: 'accepted', exceeded: true },
          {
            taskId: f.tasks.revenue.id,
            progress: 'at_risk',
            verifiedValue: 5.5,
            findings: 'Thu mới đạt 46%',
          },
        ],
        { findings: 'Đảng ủy xã lãnh đạo quyết liệt', recommendations: 'Tăng cường thu ngân sách' },
      ),
    );
    const { appraisal } = await getAppraisal(f.ctx.assigner, id);
    expect(appraisal).toMatchObject({
      kind: 'quarterly',
      quarter: 2,
      appraisedOn: '2022-06-30',
      appraiserUnit: { id: f.p.district.id },
      findings: 'Đảng ủy xã lãnh đạo quyết liệt',
    });
    // Lines in task order: revenue (1) before clearance (4).
    expect(appraisal.items.map((i) => i.taskNumber)).toEqual([1, 4]);
    expect(appraisal.items[1]).toMatchObject({
      productDecision: 'accepted',
      verifiedFraction: 1,
      acceptedCheckInId: product.id,
      exceeded: true,
      superseded: false,
    });
    expect(appraisal.items[0]).toMatchObject({
      verifiedValue: 5.5,
      progress: 'at_risk',
      verifiedFraction: null,
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'appraisal'), eq(auditEvents.entityId, id)));
    expect(audit).toMatchObject({ action: 'record', actorUserId: f.users.appraiser.user.id });

    const status = await getAssignmentStatus(f.ctx.assigner, f.assignment.id, '2022-07-01');
    const byId = new Map(status.tasks.map((s) => [s.taskId, s]));
    expect(byId.get(f.tasks.clearance.id)).toMatchObject({
      status: 'done_early',
      doneDate: '2022-06-20',
      exceeded: true,
    });
    expect(byId.get(f.tasks.revenue.id)).toMatchObject({ status: 'not_due', atRisk: true });
  });

  it('lets a later appraisal supersede an earlier line of the same task, never editing it', async () => {
    const { f, appraiser, body } = await world();
    const first = await recordAppraisal(
      appraiser,
      f.assignment.id,
      body([{ taskId: f.tasks.vaccination.id, progress: 'at_risk', verifiedValue: 93 }]),
    );
    const second = await recordAppraisal(
      appraiser,
      f.assignment.id,
      body([{ taskId: f.tasks.vaccination.id, progress: 'on_track', verifiedValue: 96 }], {
        kind: 'ad_hoc',
        quarter: null,
        appraisedOn: '2022-07-04',
      }),
    );
    const list = await listAppraisals(f.ctx.head, f.assignment.id);
    expect(list.map((a) => [a.id, a.items[0].superseded, a.items[0].verifiedValue])).toEqual([
      [first, true, 93],
      [second, false, 96],
    ]);
    const status = await getAssignmentStatus(f.ctx.head, f.assignment.id, '2022-07-04');
    expect(status.tasks.find((s) => s.taskId === f.tasks.vaccination.id)).toMatchObject({
      status: 'done_late',
      atRisk: false,
      lastAppraisal: { appraisalId: second, kind: 'ad_hoc', verifiedValue: 96 },
    });
  });
});

describe('what an appraisal line may say', () => {
  const refusals: [
    string,
    (w: Awaited<ReturnType<typeof world>>) => RecordAppraisalBody['items'],
    string,
    string,
  ][] = [
    [
      'a share of 1 without acceptance',
      ({ f }) => [{ taskId: f.tasks.clearance.id, progress: 'on_track', verifiedFraction: 1 }],
      'appraisal_whole_needs_acceptance',
      'items.0.verifiedFraction',
    ],
    [
      'an accepted product verified below 1',
      ({ f }) => [
        {
          taskId: f.tasks.clearance.id,
          progress: 'on_track',
          productDecision: 'accepted',
          verifiedFraction: 0.8,
        },
      ],
      'appraisal_accepted_not_whole',
      'items.0.verifiedFraction',
    ],
    [
      'a returned product without a reason',
      ({ f }) => [
        { taskId: f.tasks.clearance.id, progress: 'late', productDecision: 'returned', decisionReason: '  ' },
      ],
      'appraisal_reason_required',
      'items.0.decisionReason',
    ],
    [
      'a verified value on a deliverable',
      ({ f }) => [{ taskId: f.tasks.clearance.id, progress: 'on_track', verifiedValue: 3 }],
      'appraisal_value_for_targets_only',
      'items.0.verifiedValue',
    ],
    [
      'a product decision on a target',
      ({ f }) => [
        { taskId: f.tasks.revenue.id, progress: 'on_track' },
        { taskId: f.tasks.vaccination.id, progress: 'on_track', productDecision: 'accepted' },
      ],
      'appraisal_deliverable_field_only',
      'items.1.productDecision',
    ],
    [
      'an exceeded mark on a product not accepted',
      ({ f }) => [
        { taskId: f.tasks.clearance.id, progress: 'on_track', verifiedFraction: 0.5, exceeded: true },
      ],
      'appraisal_exceeded_needs_acceptance',
      'items.0.exceeded',
    ],
    [
      'the same task twice',
      ({ f }) => [
        { taskId: f.tasks.revenue.id, progress: 'on_track' },
        { taskId: f.tasks.revenue.id, progress: 'late' },
      ],
      'appraisal_task_repeated',
      'items.1.taskId',
    ],
    [
      'a task of another assignment',
      () => [{ taskId: randomUUID(), progress: 'on_track' }],
      'appraisal_task_unknown',
      'items.0.taskId',
    ],
  ];

  it.each(refusals)('refuses %s, naming the field, and writes nothing', async (_name, items, code, field) => {
    const w = await world();
    await expect(recordAppraisal(w.appraiser, w.f.assignment.id, w.body(items(w)))).rejects.toMatchObject({
      code,
      fields: [{ field, code }],
    });
    expect(await appraisalCount(w.f.assignment.id)).toBe(0);
  });

  it('takes as the product only a check-in in force of the same task, dated by the appraisal', async () => {
    const { f, appraiser, headUser, t, body } = await world();
    const other = await insertCheckIn(database.db, t(f.tasks.revenue), headUser, {
      reportedOn: '2022-06-10',
      value: 6,
    });
    const old = await insertCheckIn(database.db, t(f.tasks.clearance), headUser, {
      reportedOn: '2022-06-10',
      submitsProduct: true,
    });
    await insertCheckIn(database.db, t(f.tasks.clearance), headUser, {
      reportedOn: '2022-06-12',
      submitsProduct: true,
      correctsId: old.id,
      correctionReason: 'Nhầm tệp biên bản',
    });
    const later = await insertCheckIn(database.db, t(f.tasks.clearance), headUser, {
      reportedOn: '2022-07-02',
      submitsProduct: true,
    });
    for (const checkIn of [other, old, later]) {
      await expect(
        recordAppraisal(
          appraiser,
          f.assignment.id,
          body([
            {
              taskId: f.tasks.clearance.id,
              progress: 'on_track',
              productDecision: 'accepted',
              acceptedCheckInId: checkIn.id,
            },
          ]),
        ),
      ).rejects.toMatchObject({ code: 'appraisal_check_in_invalid' });
    }
    await expect(
      recordAppraisal(
        appraiser,
        f.assignment.id,
        body([
          {
            taskId: f.tasks.clearance.id,
            progress: 'late',
            productDecision: 'returned',
            decisionReason: 'Thiếu',
            acceptedCheckInId: later.id,
          },
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'appraisal_check_in_not_accepted',
      fields: [{ field: 'items.0.acceptedCheckInId' }],
    });
  });

  it('refuses a task cancelled by an approved adjustment', async () => {
    const { f, appraiser, body } = await world();
    const assigner = on(f.ctx.assigner, '2022-06-15');
    const cancel = await requestAdjustment(assigner, f.assignment.id, {
      change: { kind: 'cancellation', taskId: f.tasks.poverty.id },
      reason: 'Chỉ tiêu không còn phù hợp',
    });
    await decideAdjustment(assigner, cancel.id, {
      version: cancel.version,
      decision: 'approve',
      rebalance: [
        { taskId: f.tasks.revenue.id, weight: 3000 },
        { taskId: f.tasks.vaccination.id, weight: 3000 },
      ],
    });
    await expect(
      recordAppraisal(appraiser, f.assignment.id, body([{ taskId: f.tasks.poverty.id, progress: 'late' }])),
    ).rejects.toMatchObject({ code: 'appraisal_task_cancelled', params: { number: 2 } });
  });
});

describe('when an appraisal may be dated', () => {
  const line = (w: Awaited<ReturnType<typeof world>>) => [
    { taskId: w.f.tasks.revenue.id, progress: 'on_track' as const },
  ];
  it.each<[string, Partial<RecordAppraisalBody>, string, string]>([
    [
      'dated in the future',
      { appraisedOn: '2022-07-06', kind: 'ad_hoc', quarter: null },
      'appraisal_date_in_future',
      'appraisedOn',
    ],
    [
      'dated before the decision was issued',
      { appraisedOn: '2022-03-14', kind: 'ad_hoc', quarter: null },
      'appraisal_date_before_issue',
      'appraisedOn',
    ],
    ['that is quarterly without a quarter', { quarter: null }, 'appraisal_quarter_required', 'quarter'],
    [
      'that is ad hoc with a quarter',
      { kind: 'ad_hoc', quarter: 2 },
      'appraisal_quarter_not_allowed',
      'quarter',
    ],
    ['for a quarter not begun by its date', { quarter: 3 }, 'appraisal_quarter_not_started', 'quarter'],
  ])('refuses an appraisal %s', async (_name, over, code, field) => {
    const w = await world();
    await expect(
      recordAppraisal(w.appraiser, w.f.assignment.id, w.body(line(w), over)),
    ).rejects.toMatchObject({
      code,
      fields: [{ field }],
    });
  });

  it('takes the year-end appraisal up to 60 days after the cycle, not later', async () => {
    const w = await world();
    const march = on(w.f.ctx.appraiser, '2023-03-10');
    await recordAppraisal(
      march,
      w.f.assignment.id,
      w.body(line(w), { quarter: 4, appraisedOn: '2023-03-01' }),
    );
    await expect(
      recordAppraisal(march, w.f.assignment.id, w.body(line(w), { quarter: 4, appraisedOn: '2023-03-02' })),
    ).rejects.toMatchObject({ code: 'appraisal_date_after_window', params: { lastDay: '2023-03-01' } });
  });
});

describe('who appraises, and when', () => {
  it('refuses the head and the assigner (403) and hides the assignment from another head (404)', async () => {
    const w = await world();
    const items = [{ taskId: w.f.tasks.revenue.id, progress: 'on_track' as const }];
    for (const ctx of [w.f.ctx.head, w.f.ctx.assigner, w.f.ctx.delegate])
      await expect(
        recordAppraisal(on(ctx, '2022-07-05'), w.f.assignment.id, w.body(items)),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
    await expect(
      recordAppraisal(on(w.f.ctx.headB, '2022-07-05'), w.f.assignment.id, w.body(items)),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses drafts and assignments already scored', async () => {
    const w = await world();
    const draft = await createAssignment(w.f.ctx.assigner, {
      cycleId: w.f.cycle.id,
      assigningUnitId: w.f.p.district.id,
      assigneeUnitId: w.f.p.communeB.id,
    });
    const items = [{ taskId: w.f.tasks.revenue.id, progress: 'on_track' as const }];
    await expect(recordAppraisal(w.appraiser, draft.id, w.body(items))).rejects.toMatchObject({
      code: 'appraisal_state_invalid',
      params: { state: 'draft' },
    });
    await database.db
      .update(assignments)
      .set({ state: 'scored' })
      .where(eq(assignments.id, w.f.assignment.id));
    await expect(recordAppraisal(w.appraiser, w.f.assignment.id, w.body(items))).rejects.toMatchObject({
      code: 'appraisal_state_invalid',
      params: { state: 'scored' },
    });
  });

  it('answers 404 for an appraisal the caller cannot read', async () => {
    const w = await world();
    const id = await recordAppraisal(
      w.appraiser,
      w.f.assignment.id,
      w.body([{ taskId: w.f.tasks.revenue.id, progress: 'on_track' }]),
    );
    await expect(getAppraisal(w.f.ctx.headB, id)).rejects.toMatchObject({ code: 'appraisal_not_found' });
    await expect(getAppraisal(w.f.ctx.headB, randomUUID())).rejects.toMatchObject({
      code: 'appraisal_not_found',
    });
    expect((await getAppraisal(w.f.ctx.head, id)).appraisal.id).toBe(id);
  });
});
