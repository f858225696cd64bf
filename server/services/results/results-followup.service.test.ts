import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor } from '../../../test/factories.ts';
import {
  addCouncil,
  addHead,
  addSheetsForAll,
  at,
  CLOCKS,
  clockAt,
  makeEvaluationOrg,
  markSelfAssessed,
} from '../../../test/fixtures/evaluation-results.ts';
import { makeScoredCohort } from '../../../test/fixtures/scored-cohort.ts';
import type { Database } from '../../db/client.ts';
import { assignments, evaluationResults, personnelRecommendations } from '../../db/schema/index.ts';
import { decideAdjustment, requestAdjustment } from '../assignments/adjustments.ts';
import { systemContext } from '../context.ts';
import { createCycle } from '../cycles/create-cycle.ts';
import { evaluateCouncil } from '../evaluation/evaluate-council.ts';
import { evaluateQuarter } from '../evaluation/quarterly.ts';
import { answerAppeal, fileAppeal } from './appeals.ts';
import { finalizeCouncil } from './finalize.ts';
import { getCouncilResults, getQuarterlyResults } from './get-results.ts';
import { getPersonResults } from './person-results.ts';
import { decideRecommendation, listRecommendations } from './recommendations.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const THREE = [{ name: 'Lê Văn Chủ' }, { name: 'Phạm Thị Hai' }, { name: 'Hoàng Văn Ba' }];
const EXCELLENT = ['exceeded', 'exceeded', 'on_time', 'on_time', 'on_time'] as const;

describe('quarterly provisional results (Kết luận 198-KL/TW)', () => {
  it('evaluates the tasks due in a quarter from the data, apart from the annual result', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, { name: 'Xã An', outcomes: [...EXCELLENT] });
    const binh = await addHead(db, org, { name: 'Xã Bình', outcomes: ['on_time'], committedOnly: true });
    const mid = at(org.ctx.assigner, CLOCKS.midYear);
    const ext = await requestAdjustment(mid, binh.assignmentId, {
      change: { kind: 'extension', taskId: binh.tasks[0].id, deadline: '2022-09-30' },
      reason: 'Chờ vốn',
    });
    await decideAdjustment(mid, ext.id, { version: ext.version, decision: 'approve' });
    await markSelfAssessed(db, binh.assignmentId);
    const ref = { cycleId: org.cycle.id, assigningUnitId: org.p.district.id };
    const july = at(org.ctx.assigner, clockAt('2022-07-10'));

    const q2 = await evaluateQuarter(july, { ...ref, quarter: 2 });
    expect(q2).toMatchObject({ quarter: 2, provisional: true, councilId: null });
    expect(q2.results).toHaveLength(1);
    expect(q2.results[0]).toMatchObject({
      unitName: 'Xã An',
      provisional: true,
      total: '100.00',
      proposedLevel: 'excellent',
    });
    expect(q2.results[0].explanation).toContain('Kết quả tạm thời quý 2.');
    expect(q2.skipped).toEqual([{ assignmentId: binh.assignmentId, unitName: 'Xã Bình' }]);
    await expect(evaluateQuarter(july, { ...ref, quarter: 1 })).rejects.toMatchObject({
      code: 'quarter_without_tasks',
    });
    await expect(evaluateQuarter(july, { ...ref, quarter: 4 })).rejects.toMatchObject({
      code: 'quarter_not_available',
    });
    await expect(
      evaluateQuarter(at(org.ctx.viewer, clockAt('2022-07-10')), { ...ref, quarter: 2 }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });

    // the annual evaluation stores its own result beside the quarter's
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [an, binh]);
    const q3 = await evaluateCouncil(at(org.ctx.assigner, clockAt('2022-10-05')), council.council.id, {
      quarter: 3,
    });
    expect(q3.results.map((r) => r.unitName)).toEqual(['Xã Bình']);
    expect(q3.councilId).toBe(council.council.id);
    const annual = await evaluateCouncil(org.ctx.assigner, council.council.id);
    expect(annual.results.every((r) => !r.provisional)).toBe(true);
    const rows = await db
      .select()
      .from(evaluationResults)
      .where(eq(evaluationResults.assignmentId, an.assignmentId));
    expect(rows.map((r) => r.quarter).sort()).toEqual([0, 2]);
    expect((await getQuarterlyResults(council.members[0].ctx, { ...ref, quarter: 2 })).results).toHaveLength(
      1,
    );
    expect((await getCouncilResults(org.ctx.assigner, council.council.id, 3)).results[0].quarter).toBe(3);

    // the person sees their provisional results, not the annual proposal
    const page = await getPersonResults(an.ctx, an.person.id);
    expect(page.results.map((r) => [r.quarter, r.provisional])).toEqual([[2, true]]);
  });
});

describe('personnel recommendations (SPEC §4 item 11)', () => {
  it('recommends commendation after two excellent cycles in a row; each is decided once', async () => {
    const db = database.db;
    const org = await makeEvaluationOrg(db);
    const an = await addHead(db, org, { name: 'Xã An', outcomes: [...EXCELLENT] });
    // 2021: the same person, finalized excellent
    const y2021 = await createCycle(systemContext(db, CLOCKS.setup), {
      ownerUnitId: org.p.root.id,
      name: 'Năm 2021',
      kind: 'year',
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
      preset: 'qd366',
    });
    const [old] = await db
      .insert(assignments)
      .values({
        cycleId: y2021.id,
        assigningUnitId: org.p.district.id,
        assigneeUnitId: an.unitId,
        headPostId: an.post.id,
        state: 'finalized',
      })
      .returning();
    await db.insert(evaluationResults).values({
      assignmentId: old.id,
      personId: an.person.id,
      total: 9350,
      proposedLevel: 'excellent',
      decidedLevel: 'excellent',
      explanation: {},
      finalizedAt: new Date('2022-01-20T03:00:00Z'),
    });
    const council = await addCouncil(db, org, { members: THREE });
    await addSheetsForAll(db, council, [an]);
    const t = await evaluateCouncil(org.ctx.assigner, council.council.id);
    await finalizeCouncil(org.ctx.assigner, council.council.id, {
      version: t.councilVersion!,
      decisions: [{ assignmentId: an.assignmentId, level: 'excellent' }],
    });
    const { items } = await listRecommendations(org.ctx.assigner, org.cycle.id);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'commend_and_plan',
        state: 'open',
        basis: expect.objectContaining({
          code: 'excellent_two_consecutive_cycles',
          previous: expect.objectContaining({ cycleName: 'Năm 2021', level: 'excellent' }),
        }),
      }),
    ]);
    expect((await listRecommendations(org.ctx.viewer, org.cycle.id)).items).toEqual([]);
    // the person page follows them across cycles, newest first
    const page = await getPersonResults(an.ctx, an.person.id);
    expect(page.results.map((r) => [r.cycleName, r.level])).toEqual([
      ['Năm 2022', 'excellent'],
      ['Năm 2021', 'excellent'],
    ]);
    expect(page.results[1].explanation).toEqual(['Xếp loại: Hoàn thành xuất sắc nhiệm vụ (tổng điểm 93,50)']);
    await expect(
      decideRecommendation(council.members[0].ctx, items[0].id, {
        version: items[0].version,
        decision: 'accepted',
      }),
    ).rejects.toMatchObject({ code: 'recommendation_not_found' });
    const decided = await decideRecommendation(org.ctx.assigner, items[0].id, {
      version: items[0].version,
      decision: 'accepted',
      note: 'Đưa vào quy hoạch Ban Thường vụ Huyện ủy',
    });
    expect(decided).toMatchObject({ state: 'decided', decision: 'accepted', decidedOn: '2023-01-20' });
    await expect(
      decideRecommendation(org.ctx.assigner, items[0].id, { version: decided.version, decision: 'rejected' }),
    ).rejects.toMatchObject({ code: 'recommendation_already_decided' });
  });
});

describe("on the council's own scored cohort", () => {
  it('evaluates the sheets the members saved, finalizes, and lets a head without a linked person appeal', async () => {
    const db = database.db;
    const f = await makeScoredCohort(db);
    const assigner = contextFor(db, f.p.assigner.actor, CLOCKS.after);
    const table = await evaluateCouncil(assigner, f.council.id);
    const a = table.results.find((r) => r.assignmentId === f.assignments.a.id)!;
    const b = table.results.find((r) => r.assignmentId === f.assignments.b.id)!;
    expect(a).toMatchObject({ total: '91.42', proposedLevel: 'not_completed', complete: true });
    expect(
      (a.record as { classification: { decisive: { code: string }[] } }).classification.decisive,
    ).toEqual([expect.objectContaining({ code: 'late_share_at_most' })]);
    // Sơn (a post in commune A) was recused and saved no sheet for A
    expect(a.record.recusedMemberIds).toEqual([]);
    expect(a.record.recusedCouncilMemberIds).toHaveLength(1);
    expect(b).toMatchObject({ total: '82.33', proposedLevel: 'not_completed' });

    const done = await finalizeCouncil(assigner, f.council.id, {
      version: table.councilVersion!,
      decisions: [
        { assignmentId: a.assignmentId, level: 'completed', reason: 'Nhiệm vụ giảm nghèo chậm do thiên tai' },
        { assignmentId: b.assignmentId, level: 'not_completed' },
      ],
    });
    expect(done.results.map((r) => r.level).sort()).toEqual(['completed', 'not_completed']);
    const recs = await db.select().from(personnelRecommendations);
    const forB = recs.filter((r) => r.resultId === b.id);
    expect(forB.map((r) => r.kind)).toEqual(['transfer_or_replace']);
    expect(recs.filter((r) => r.resultId === a.id)).toEqual([]);

    // headA's account is not linked to a person: its exact head grant makes it the head's own
    const headA = contextFor(db, f.p.headA.actor, CLOCKS.after);
    const appealed = await fileAppeal(headA, a.id, { reason: 'Đề nghị xem xét mức hoàn thành tốt' });
    const answered = await answerAppeal(assigner, appealed.appeal!.id, {
      version: appealed.appeal!.version,
      response: 'Giữ nguyên',
      level: 'completed',
    });
    expect(answered.appeal!.state).toBe('upheld');
    await expect(
      fileAppeal(contextFor(db, f.users.delegateA.actor, CLOCKS.after), a.id, { reason: 'x' }),
    ).rejects.toMatchObject({ code: 'result_not_found' });
    const [state] = await db
      .select({ state: assignments.state })
      .from(assignments)
      .where(and(eq(assignments.id, f.assignments.b.id)));
    expect(state.state).toBe('finalized');
  });
});
