import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import {
  addCouncil,
  addHead,
  addSheet,
  addSheetsForAll,
  at,
  CLOCKS,
  type EvaluationOrg,
  type Head,
  makeEvaluationOrg,
  markSelfAssessed,
} from '../../../test/fixtures/evaluation-results.ts';
import type { Database } from '../../db/client.ts';
import { decideAdjustment, requestAdjustment } from '../assignments/adjustments.ts';
import type { StoredExplanation } from '../evaluation/compute-cohort.ts';
import { evaluateCouncil } from '../evaluation/evaluate-council.ts';
import { finalizeCouncil } from './finalize.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const THREE = [{ name: 'Lê Văn Chủ' }, { name: 'Phạm Thị Hai' }, { name: 'Hoàng Văn Ba' }];
const ALL_ON_TIME = ['on_time', 'on_time', 'on_time', 'on_time', 'on_time'] as const;
const EXCELLENT = ['exceeded', 'exceeded', 'on_time', 'on_time', 'on_time'] as const;
const record = (r: { record: Record<string, unknown> }) => r.record as unknown as StoredExplanation;

async function evaluated(org: EvaluationOrg, councilId: string, ctx = org.ctx.assigner) {
  const table = await evaluateCouncil(ctx, councilId);
  return { table, of: (h: Head) => table.results.find((r) => r.assignmentId === h.assignmentId)! };
}

/** An approved adjustment, requested and decided at mid-year. */
async function adjust(
  org: EvaluationOrg,
  head: Head,
  change: never,
  rebalance?: { taskId: string; weight: number }[],
) {
  const ctx = at(org.ctx.assigner, CLOCKS.midYear);
  const req = await requestAdjustment(ctx, head.assignmentId, { change, reason: 'Điều chỉnh theo thực tế' });
  await decideAdjustment(ctx, req.id, { version: req.version, decision: 'approve', rebalance });
}

describe('aggregation and classification from the stored sheets (SPEC §4 items 5-9)', () => {
  it("leaves out a recused member's sheet", async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, { name: 'Xã An', outcomes: [...ALL_ON_TIME] });
    const binh = await addHead(db, org, { name: 'Xã Bình', outcomes: [...ALL_ON_TIME] });
    const council = await addCouncil(db, org, {
      members: [...THREE.slice(0, 2), { name: 'Đỗ Văn Sơn', postInUnitId: an.unitId }],
    });
    await addSheetsForAll(db, council, [an, binh], (h, m) =>
      h === an && m === 2 ? { tasks: [0, 0, 0, 0, 0], criteria: [0, 0, 0] } : {},
    );
    const { of } = await evaluated(org, council.council.id);
    expect(of(an)).toMatchObject({ total: '100.00', proposedLevel: 'good' });
    expect(record(of(an)).recusedMemberIds).toEqual([council.members[2].personId]);
    expect(record(of(an)).tasks[0].memberCount).toBe(2);
    expect(record(of(binh)).recusedMemberIds).toEqual([]);
  });

  it('leaves a cancelled task out of every count and its scores out of the total', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, {
      name: 'Xã An',
      outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'not_done'],
      committedOnly: true,
    });
    await adjust(
      org,
      an,
      { kind: 'cancellation', taskId: an.tasks[4].id } as never,
      an.tasks.slice(0, 4).map((t) => ({ taskId: t.id, weight: 1750 })),
    );
    await markSelfAssessed(db, an.assignmentId);
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [an], () => ({ tasks: [1750, 1750, 1750, 1750, 1400] }));
    const { of } = await evaluated(org, council.council.id);
    expect(of(an)).toMatchObject({ total: '100.00', proposedLevel: 'good' });
    expect(record(of(an)).cancelledTaskIds).toEqual([an.tasks[4].id]);
    expect(record(of(an)).classification.counts).toMatchObject({ tasks: 4, done: 4, onTime: 4 });
  });

  it('counts a task done after its original deadline as on time when an extension moved it', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const outcomes = ['on_time', 'on_time', 'on_time', 'on_time', 'late'] as const;
    const an = await addHead(db, org, { name: 'Xã An', outcomes: [...outcomes], committedOnly: true });
    const binh = await addHead(db, org, { name: 'Xã Bình', outcomes: [...outcomes] });
    await adjust(org, an, { kind: 'extension', taskId: an.tasks[4].id, deadline: '2022-09-30' } as never);
    await markSelfAssessed(db, an.assignmentId);
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [an, binh]);
    const { of } = await evaluated(org, council.council.id);
    expect(of(an).proposedLevel).toBe('good');
    expect(record(of(an)).tasks[4]).toMatchObject({
      extended: true,
      originalDeadline: '2022-06-30',
      deadline: '2022-09-30',
      onTime: true,
    });
    expect(of(binh).proposedLevel).toBe('completed');
    expect(record(of(binh)).tasks[4]).toMatchObject({ extended: false, late: true });
  });

  it('caps the bonus and proposes the quota move of a lone excellent head', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, { name: 'Xã An', outcomes: [...EXCELLENT] });
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [an], () => ({
      tasks: [1200, 1200, 1200, 1200, 1200],
      bonus: [200, 200, 200, 200, 200],
    }));
    const { table, of } = await evaluated(org, council.council.id);
    expect(of(an)).toMatchObject({ total: '95.00', proposedLevel: 'excellent', quotaProposedLevel: 'good' });
    expect(record(of(an)).total).toMatchObject({ bonusBeforeCap: '10', bonus: '5', tasks: '60' });
    expect(table.quota).toMatchObject({
      breach: true,
      excellent: 1,
      good: 0,
      move: [an.assignmentId],
      tie: null,
    });
    expect(table.quota.warning).toContain('Đề xuất chuyển 1 người xuống mức Hoàn thành tốt nhiệm vụ');
    expect(of(an).explanation).toContain(
      'Theo tỷ lệ trong nhóm đánh giá, đề xuất chuyển xuống mức Hoàn thành tốt nhiệm vụ.',
    );
  });

  it('rates "not completed" after a disqualifying event, takes deductions off, and recommends a transfer', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const binh = await addHead(db, org, { name: 'Xã Bình', outcomes: [...EXCELLENT] });
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [binh]);
    const { recordDeduction, recordDisqualifyingEvent, listDeductions } = await import(
      '../evaluation/deductions.ts'
    );
    const scoring = at(org.ctx.assigner, CLOCKS.scoring);
    await recordDeduction(scoring, binh.assignmentId, {
      points: 3.5,
      reason: 'Khiển trách theo Quyết định 15-QĐ/UBKT',
    });
    await recordDisqualifyingEvent(scoring, binh.assignmentId, {
      kind: 'discipline',
      note: 'Bị kỷ luật cảnh cáo',
    });
    await expect(
      recordDeduction(council.members[0].ctx, binh.assignmentId, { points: 1, reason: 'Thử' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listDeductions(org.ctx.viewer, binh.assignmentId)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await listDeductions(binh.ctx, binh.assignmentId)).items).toEqual([
      expect.objectContaining({ points: '3.50', recordedOn: '2023-01-10' }),
    ]);

    const { table, of } = await evaluated(org, council.council.id);
    expect(of(binh)).toMatchObject({ total: '96.50', proposedLevel: 'not_completed' });
    expect(record(of(binh)).classification.decisive.map((c) => c.code)).toEqual(['no_disqualifying_event']);
    expect(of(binh).explanation).toContain('Có 1 vi phạm dẫn đến không hoàn thành nhiệm vụ (kỷ luật)');
    const done = await finalizeCouncil(org.ctx.assigner, council.council.id, {
      version: table.councilVersion!,
      decisions: [{ assignmentId: binh.assignmentId, level: 'not_completed' }],
    });
    expect(done.results[0].decidedLevel).toBe('not_completed');
    const { listRecommendations } = await import('./recommendations.ts');
    const recs = await listRecommendations(org.ctx.assigner, org.cycle.id);
    expect(recs.items).toEqual([
      expect.objectContaining({ kind: 'transfer_or_replace', state: 'open', headName: 'Nguyễn Văn Bình' }),
    ]);
    await expect(
      recordDeduction(org.ctx.assigner, binh.assignmentId, { points: 1, reason: 'Sau khi chốt' }),
    ).rejects.toMatchObject({ code: 'results_locked' });
  });

  it('caps a head at "good" while a sub-unit evaluated in another cohort is "not completed"', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const district = await addHead(db, org, {
      name: 'Huyện Một',
      unitId: org.p.district.id,
      assigningUnitId: org.p.root.id,
      outcomes: [...EXCELLENT],
    });
    const an = await addHead(db, org, {
      name: 'Xã An',
      outcomes: ['not_done', 'on_time', 'on_time', 'on_time', 'on_time'],
    });
    const byRoot = await addCouncil(db, org, { assigningUnitId: org.p.root.id, members: THREE });
    const byDistrict = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, byRoot, [district]);
    await addSheetsForAll(db, byDistrict, [an]);

    const before = await evaluated(org, byRoot.council.id, org.ctx.rootAssigner);
    expect(before.of(district).proposedLevel).toBe('excellent');
    const communes = await evaluated(org, byDistrict.council.id);
    expect(communes.of(an).proposedLevel).toBe('not_completed');
    const after = await evaluated(org, byRoot.council.id, org.ctx.rootAssigner);
    expect(after.of(district)).toMatchObject({ total: '100.00', proposedLevel: 'good' });
    expect(record(after.of(district)).classification.cappedBySubUnitRule).toEqual({
      from: 'excellent',
      unitIds: [an.unitId],
    });
    expect(after.of(district).explanation).toContain(
      'Đơn vị cấp dưới trực tiếp xếp loại không hoàn thành nhiệm vụ: Xã An',
    );
  });

  it('names every head tied at the quota cut and needs a reason for each level the body changes', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const e1 = await addHead(db, org, { name: 'Xã Một', outcomes: [...EXCELLENT] });
    const e2 = await addHead(db, org, { name: 'Xã Hai', outcomes: [...EXCELLENT] });
    const goods: Head[] = [];
    for (const name of ['Xã Ba', 'Xã Bốn', 'Xã Năm', 'Xã Sáu'])
      goods.push(await addHead(db, org, { name, outcomes: [...ALL_ON_TIME] }));
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [e1, e2, ...goods]);
    const { table } = await evaluated(org, council.council.id);
    expect(table.quota).toMatchObject({
      breach: true,
      excellent: 2,
      good: 4,
      movesNeeded: 1,
      move: [],
      tie: { total: '100.00', toMove: 1 },
      after: { excellent: 1, good: 5 },
    });
    expect(table.quota.tie!.assignmentIds.sort()).toEqual([e1.assignmentId, e2.assignmentId].sort());
    expect(table.quota.warning).toContain('Đồng tổng điểm 100,00 tại ngưỡng');
    expect(table.results.filter((r) => r.quotaTie)).toHaveLength(2);

    const decisions = table.results.map((r) => ({ assignmentId: r.assignmentId, level: r.proposedLevel }));
    const moved = decisions.map((d) =>
      d.assignmentId === e1.assignmentId ? { ...d, level: 'good' as const } : d,
    );
    await expect(
      finalizeCouncil(org.ctx.assigner, council.council.id, {
        version: table.councilVersion!,
        decisions: moved,
      }),
    ).rejects.toMatchObject({ code: 'decision_reason_required' });
    const done = await finalizeCouncil(org.ctx.assigner, council.council.id, {
      version: table.councilVersion!,
      decisions: moved.map((d) =>
        d.assignmentId === e1.assignmentId ? { ...d, reason: 'Theo tỷ lệ 20% (Quy định 366-QĐ/TW)' } : d,
      ),
    });
    expect(done.results.filter((r) => r.level === 'excellent').map((r) => r.assignmentId)).toEqual([
      e2.assignmentId,
    ]);
  });

  it('evaluates the product-only preset without a general part', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db, 'product-only');
    const an = await addHead(db, org, { name: 'Xã An', outcomes: [...EXCELLENT] });
    const binh = await addHead(db, org, {
      name: 'Xã Bình',
      outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'late'],
    });
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [an], () => ({}), []);
    for (let m = 0; m < 3; m++)
      await addSheet(db, council, m, binh, { tasks: [2000, 2000, 2000, 2000, 1500] }, []);
    const { of } = await evaluated(org, council.council.id);
    expect(of(an)).toMatchObject({ total: '100.00', proposedLevel: 'excellent' });
    expect(record(of(an)).total.general).toBe('0');
    expect(record(of(an)).criteria).toEqual([]);
    expect(of(binh)).toMatchObject({ total: '95.00', proposedLevel: 'completed' });
  });
});
