import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor, makeUser } from '../../../test/factories.ts';
import {
  addCouncil,
  addHead,
  addSheetsForAll,
  at,
  CLOCKS,
  clockAt,
  makeEvaluationOrg,
} from '../../../test/fixtures/evaluation-results.ts';
import type { Database } from '../../db/client.ts';
import {
  assignments,
  auditEvents,
  councils,
  evaluationResults,
  notifications,
} from '../../db/schema/index.ts';
import { evaluateCouncil } from '../evaluation/evaluate-council.ts';
import { answerAppeal, fileAppeal, getResult } from './appeals.ts';
import { finalizeCouncil } from './finalize.ts';
import { getCouncilResults } from './get-results.ts';
import { getPersonResults } from './person-results.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** An (4 on time, 1 late: "completed") and Bình (5 on time: "good"), three members scoring in full. */
async function cohort() {
  const db = database.db;
  const org = await makeEvaluationOrg(db);
  const an = await addHead(db, org, {
    name: 'Xã An',
    outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'late'],
  });
  const binh = await addHead(db, org, {
    name: 'Xã Bình',
    outcomes: ['on_time', 'on_time', 'on_time', 'on_time', 'on_time'],
  });
  const council = await addCouncil(db, org, {
    members: [{ name: 'Lê Văn Chủ' }, { name: 'Phạm Thị Hai' }, { name: 'Hoàng Văn Ba' }],
  });
  // the late task is scored at its proposal: 14 − 25% = 10.5
  await addSheetsForAll(db, council, [an, binh], (h) =>
    h === an ? { tasks: [1400, 1400, 1400, 1400, 1050] } : {},
  );
  return { org, an, binh, council };
}

describe('results: evaluate, finalize, appeal', () => {
  it('runs the whole story: proposals, decisions with history, appeal answered with the earlier level kept', async () => {
    const { org, an, binh, council } = await cohort();
    const table = await evaluateCouncil(org.ctx.assigner, council.council.id);
    const byUnit = new Map(table.results.map((r) => [r.unitName, r]));
    expect(byUnit.get('Xã An')).toMatchObject({
      total: '96.50',
      proposedLevel: 'completed',
      decidedLevel: null,
    });
    expect(byUnit.get('Xã Bình')).toMatchObject({ total: '100.00', proposedLevel: 'good' });
    expect(byUnit.get('Xã An')!.explanation[0]).toBe('Xếp loại: Hoàn thành nhiệm vụ (tổng điểm 96,50)');
    expect(byUnit.get('Xã An')!.explanation).toContain('1/5 nhiệm vụ không hoàn thành đúng hạn');
    expect(table.quota.breach).toBe(false);
    // the heads who self-assessed are now scored; recomputing is allowed until finalization
    const [state] = await database.db.select().from(assignments).where(eq(assignments.id, an.assignmentId));
    expect(state.state).toBe('scored');
    const again = await evaluateCouncil(org.ctx.assigner, council.council.id);
    expect(again.results[0].version).toBe(2);

    // the proposal is not the head's to see yet
    await expect(getResult(an.ctx, byUnit.get('Xã An')!.id)).rejects.toMatchObject({
      code: 'result_not_found',
    });

    const finalized = await finalizeCouncil(org.ctx.assigner, council.council.id, {
      version: again.councilVersion!,
      decisions: [
        { assignmentId: an.assignmentId, level: 'completed' },
        {
          assignmentId: binh.assignmentId,
          level: 'excellent',
          reason: 'Đột phá về chuyển đổi số được Tỉnh ủy ghi nhận',
        },
      ],
    });
    const fAn = finalized.results.find((r) => r.assignmentId === an.assignmentId)!;
    const fBinh = finalized.results.find((r) => r.assignmentId === binh.assignmentId)!;
    expect(fAn).toMatchObject({ decidedLevel: 'completed', level: 'completed', appealUntil: '2023-02-04' });
    expect(fBinh).toMatchObject({
      decidedLevel: 'excellent',
      decisionReason: 'Đột phá về chuyển đổi số được Tỉnh ủy ghi nhận',
    });
    expect(fBinh.history).toEqual([expect.objectContaining({ level: 'good', cause: 'finalization' })]);
    expect(fBinh.explanation.at(-1)).toContain(
      'Cơ quan giao nhiệm vụ quyết định: Hoàn thành xuất sắc nhiệm vụ',
    );
    expect(finalized.finalizedAt).not.toBeNull();
    const rows = await database.db.select().from(assignments).where(eq(assignments.cycleId, org.cycle.id));
    expect(rows.every((r) => r.state === 'finalized')).toBe(true);
    const [note] = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, an.account.user.id));
    expect(note).toMatchObject({ key: `result:${fAn.id}`, kind: 'evaluation_result_finalized' });
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, council.council.id));
    expect(audit.map((a) => a.action)).toContain('council.finalize');

    // a second finalization is refused
    await expect(
      finalizeCouncil(org.ctx.assigner, council.council.id, {
        version: again.councilVersion! + 1,
        decisions: [] as never,
      }),
    ).rejects.toMatchObject({ code: 'council_finalized' });
    await expect(evaluateCouncil(org.ctx.assigner, council.council.id)).rejects.toMatchObject({
      code: 'council_finalized',
    });

    // the head sees theirs and appeals within the period
    const seen = await getResult(an.ctx, fAn.id);
    expect(seen.level).toBe('completed');
    const appealed = await fileAppeal(at(an.ctx, clockAt('2023-02-04')), fAn.id, {
      reason: 'Nhiệm vụ thứ năm chậm do chờ vốn hỗ trợ của cấp trên',
    });
    expect(appealed.appeal).toMatchObject({ state: 'open', filedOn: '2023-02-04' });
    await expect(fileAppeal(an.ctx, fAn.id, { reason: 'Lần hai' })).rejects.toMatchObject({
      code: 'appeal_exists',
    });

    const answered = await answerAppeal(org.ctx.assigner, appealed.appeal!.id, {
      version: appealed.appeal!.version,
      response: 'Chậm do vốn hỗ trợ của cấp trên đến muộn; điều chỉnh mức xếp loại',
      level: 'good',
    });
    expect(answered).toMatchObject({ decidedLevel: 'good', level: 'good' });
    expect(answered.appeal).toMatchObject({ state: 'changed', newLevel: 'good' });
    expect(answered.history).toEqual([
      expect.objectContaining({ level: 'completed', cause: 'appeal', total: '96.50' }),
    ]);
    await expect(
      answerAppeal(org.ctx.assigner, appealed.appeal!.id, {
        version: answered.appeal!.version,
        response: 'Lần hai',
        level: 'completed',
      }),
    ).rejects.toMatchObject({ code: 'appeal_already_answered' });

    // the person page: the person, the body, the council, admins; nobody else
    const page = await getPersonResults(an.ctx, an.person.id);
    expect(page.results.map((r) => [r.cycleName, r.unitName, r.postTitle, r.level, r.appeal?.state])).toEqual(
      [['Năm 2022', 'Xã An', 'Bí thư Đảng ủy', 'good', 'changed']],
    );
    expect((await getPersonResults(council.members[1].ctx, an.person.id)).results).toHaveLength(1);
    expect((await getPersonResults(org.ctx.admin, an.person.id)).results).toHaveLength(1);
    await expect(getPersonResults(binh.ctx, an.person.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getPersonResults(org.ctx.viewer, an.person.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getResult(binh.ctx, fAn.id)).rejects.toMatchObject({ code: 'result_not_found' });
    await expect(getCouncilResults(binh.ctx, council.council.id)).rejects.toMatchObject({
      code: 'council_not_found',
    });
    expect((await getCouncilResults(council.members[0].ctx, council.council.id)).results).toHaveLength(2);
  });

  it('refuses to compute while the window is open, and lets only the assigning body compute', async () => {
    const { org, council } = await cohort();
    await expect(
      evaluateCouncil(at(org.ctx.assigner, CLOCKS.scoring), council.council.id),
    ).rejects.toMatchObject({
      code: 'council_window_open',
    });
    await expect(evaluateCouncil(council.members[0].ctx, council.council.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(evaluateCouncil(org.ctx.viewer, council.council.id)).rejects.toMatchObject({
      code: 'council_not_found',
    });
    // the province's assigner does not act for the district
    await expect(evaluateCouncil(org.ctx.rootAssigner, council.council.id)).rejects.toMatchObject({
      code: 'council_not_found',
    });
    const results = await database.db.select().from(evaluationResults);
    const cohortIds = (
      await database.db.select().from(assignments).where(eq(assignments.cycleId, org.cycle.id))
    ).map((a) => a.id);
    expect(results.filter((r) => cohortIds.includes(r.assignmentId))).toEqual([]);
  });

  it('refuses bad finalizations with every problem named and writes nothing', async () => {
    const db = database.db;
    const { org, an, binh, council } = await cohort();
    const id = council.council.id;
    const ok = [
      { assignmentId: an.assignmentId, level: 'completed' as const },
      { assignmentId: binh.assignmentId, level: 'good' as const },
    ];
    await expect(
      finalizeCouncil(at(org.ctx.assigner, CLOCKS.scoring), id, { version: 1, decisions: ok }),
    ).rejects.toMatchObject({
      code: 'council_window_open',
    });
    await expect(finalizeCouncil(org.ctx.assigner, id, { version: 9, decisions: ok })).rejects.toMatchObject({
      code: 'version_conflict',
    });
    await expect(
      finalizeCouncil(org.ctx.assigner, id, { version: 1, decisions: [ok[0]] }),
    ).rejects.toMatchObject({
      code: 'decisions_incomplete',
      fields: [{ field: `decisions.${binh.assignmentId}`, code: 'missing' }],
    });
    await expect(
      finalizeCouncil(org.ctx.assigner, id, { version: 1, decisions: [...ok, ok[0]] }),
    ).rejects.toMatchObject({
      code: 'decisions_incomplete',
      fields: [{ field: 'decisions.2.assignmentId', code: 'duplicate' }],
    });
    await expect(
      finalizeCouncil(org.ctx.assigner, id, {
        version: 1,
        decisions: [ok[0], { assignmentId: binh.assignmentId, level: 'excellent', reason: '  ' }],
      }),
    ).rejects.toMatchObject({
      code: 'decision_reason_required',
      fields: [{ field: 'decisions.1.reason', code: 'required' }],
    });
    await expect(
      finalizeCouncil(council.members[0].ctx, id, { version: 1, decisions: ok }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });

    // a head who has not self-assessed, and an item nobody scored
    await db.update(assignments).set({ state: 'in_progress' }).where(eq(assignments.id, binh.assignmentId));
    await expect(finalizeCouncil(org.ctx.assigner, id, { version: 1, decisions: ok })).rejects.toMatchObject({
      code: 'self_assessment_missing',
      params: { items: 'Xã Bình' },
    });
    await db.update(assignments).set({ state: 'self_assessed' }).where(eq(assignments.id, binh.assignmentId));
    const { scoreSheets } = await import('../../db/schema/index.ts');
    await db.update(scoreSheets).set({ taskScores: [] }).where(eq(scoreSheets.assignmentId, an.assignmentId));
    const refused = await finalizeCouncil(org.ctx.assigner, id, { version: 1, decisions: ok }).catch(
      (e) => e,
    );
    expect(refused).toMatchObject({ code: 'scoring_incomplete', params: { count: 5 } });
    expect(refused.params.items).toBe('Xã An: 5 nhiệm vụ');
    expect(refused.fields[0].field).toBe(`assignments.${an.assignmentId}.tasks.${an.tasks[0].id}`);

    // nothing was written by any refusal: no result (so no history or recommendation), council untouched
    const mine = [an.assignmentId, binh.assignmentId];
    const stored = await db.select().from(evaluationResults);
    expect(stored.filter((r) => mine.includes(r.assignmentId))).toEqual([]);
    const [c] = await db.select().from(councils).where(eq(councils.id, id));
    expect(c).toMatchObject({ finalizedAt: null, version: 1 });
    const [a] = await db.select().from(assignments).where(eq(assignments.id, an.assignmentId));
    expect(a.state).toBe('self_assessed');
  });

  it('refuses appeals after the deadline, by a delegate, by another head, and answers by anyone but the body', async () => {
    const db = database.db;
    const { org, an, binh, council } = await cohort();
    const t = await evaluateCouncil(org.ctx.assigner, council.council.id);
    const done = await finalizeCouncil(org.ctx.assigner, council.council.id, {
      version: t.councilVersion!,
      decisions: t.results.map((r) => ({ assignmentId: r.assignmentId, level: r.proposedLevel })),
    });
    const resultId = done.results.find((r) => r.assignmentId === an.assignmentId)!.id;
    await expect(
      fileAppeal(at(an.ctx, clockAt('2023-02-05')), resultId, { reason: 'Muộn' }),
    ).rejects.toMatchObject({
      code: 'appeal_window_closed',
      params: { appealUntil: '04/02/2023' },
    });
    const delegate = await makeUser(db, { role: 'delegate', unitId: an.unitId, includeSubtree: false });
    await expect(
      fileAppeal(contextFor(db, delegate.actor, CLOCKS.after), resultId, { reason: 'Thay mặt' }),
    ).rejects.toMatchObject({ code: 'result_not_found' });
    await expect(fileAppeal(binh.ctx, resultId, { reason: 'Hộ' })).rejects.toMatchObject({
      code: 'result_not_found',
    });
    // the body may read the result but the appeal is the person's own
    await expect(fileAppeal(org.ctx.assigner, resultId, { reason: 'Thay' })).rejects.toMatchObject({
      code: 'appeal_not_allowed',
    });
    const appealed = await fileAppeal(an.ctx, resultId, { reason: 'Đề nghị xem xét lại' });
    await expect(
      answerAppeal(council.members[0].ctx, appealed.appeal!.id, {
        version: 1,
        response: 'Giữ nguyên',
        level: 'completed',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const upheld = await answerAppeal(org.ctx.assigner, appealed.appeal!.id, {
      version: 1,
      response: 'Giữ nguyên mức xếp loại',
      level: 'completed',
    });
    expect(upheld.appeal).toMatchObject({ state: 'upheld' });
    expect(upheld.history).toEqual([]);
  });
});
