import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveSheetInput } from '../../../contracts/councils.ts';
import { errorMessage } from '../../../contracts/errors.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { COHORT_DAYS, makeScoredCohort } from '../../../test/fixtures/scored-cohort.ts';
import type { Database } from '../../db/client.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { auditEvents, scoreSheets } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { closeCouncil } from '../councils/close-council.ts';
import { updatePolicy } from '../cycles/update-policy.ts';
import { councilScores } from './council-scores.ts';
import { mySheets } from './my-sheets.ts';
import { saveSheet } from './save-sheet.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const CRITERIA = ['political_ethics', 'innovation_vision', 'self_criticism'];
const DAY = COHORT_DAYS.scoring;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError)
      return {
        code: error.code,
        fields: error.fields.map((f) => f.field),
        message: errorMessage(error.code, 'vi', error.params),
      };
    throw error;
  }
  throw new Error('expected a refusal');
}

async function world() {
  const f = await makeScoredCohort(database.db, { stage: 'self_assessed' });
  const a = f.assignments.a.id;
  const ids = [f.tasks.revenue.id, f.tasks.poverty.id, f.tasks.vaccination.id, f.tasks.clearance.id];
  const full = (version = 0, scores = [20, 15, 20, 10]) => ({
    version,
    tasks: ids.map((taskId, i) => ({ taskId, score: scores[i] })),
    criteria: CRITERIA.map((key) => ({ key, score: 9 })),
    finished: true,
  });
  const sheets = async () =>
    (
      await database.db
        .select({ n: count() })
        .from(scoreSheets)
        .where(eq(scoreSheets.councilId, f.council.id))
    )[0].n;
  return { f, a, ids, full, sheets, chair: f.at(f.members.chair.actor, DAY) };
}

describe("a member's scoring page", () => {
  it('lists the heads to score with each task’s proposal and facts as of the opening day, and the recusals', async () => {
    const { f, chair } = await world();
    const page = await mySheets(chair, f.council.id);
    expect(page).toMatchObject({
      asOf: '2023-01-05',
      member: { role: 'chair' },
      bonusPerTask: 2,
      recused: [],
    });
    expect(page.criteria.map((c) => [c.key, c.max])).toEqual(CRITERIA.map((k) => [k, 10]));
    const [a, b] = page.heads;
    expect(a).toMatchObject({
      head: { fullName: 'Nguyễn Văn An' },
      selfAssessmentSubmitted: true,
      sheet: null,
    });
    expect(a.tasks.map((t) => [t.number, t.weight, t.proposal, t.facts.late, t.facts.verified])).toEqual([
      [1, 20, 20, false, true],
      [2, 20, 15, true, false],
      [3, 20, 20, false, true],
      [4, 10, 10, false, true],
    ]);
    expect(b.tasks.map((t) => [t.proposal, t.facts.completionPercent])).toEqual([
      [18, 60],
      [40, 100],
    ]);
    const son = await mySheets(f.at(f.members.son.actor, DAY), f.council.id);
    expect(son.heads.map((h) => h.unit.name)).toEqual(['Xã Bình']);
    expect(son.recused).toMatchObject([
      { unit: { name: 'Xã An' }, reason: 'unit', reasonLabel: 'thuộc đơn vị được đánh giá' },
    ]);
    const binh = await mySheets(f.at(f.members.binh.actor, DAY), f.council.id);
    expect(binh.recused).toMatchObject([
      { unit: { name: 'Xã Bình' }, reason: 'head', reasonLabel: 'là người đứng đầu' },
    ]);
  });

  it('is refused to callers who are not members', async () => {
    const { f } = await world();
    expect((await refusal(mySheets(f.at(f.p.assigner.actor, DAY), f.council.id))).code).toBe(
      'council_not_member',
    );
    expect((await refusal(mySheets(f.at(f.p.headA.actor, DAY), f.council.id))).code).toBe(
      'council_not_found',
    );
  });
});

describe('saving a sheet', () => {
  it('keeps partial drafts, finishes only a complete sheet, and audits each save', async () => {
    const { f, a, ids, full, chair } = await world();
    const draft = await saveSheet(chair, f.council.id, a, {
      version: 0,
      tasks: [{ taskId: ids[1], score: 17.5, bonus: 0.5 }],
      criteria: [],
      comment: 'Đề nghị làm rõ tỷ lệ hộ nghèo.',
    });
    expect(draft).toMatchObject({
      version: 1,
      finishedAt: null,
      taskScores: [{ taskId: ids[1], score: 1750, bonus: 50 }],
    });
    expect(
      await refusal(saveSheet(chair, f.council.id, a, { ...full(1), tasks: full(1).tasks.slice(1) })),
    ).toMatchObject({
      code: 'score_sheet_incomplete',
      fields: ['tasks'],
      message: 'Phiếu chấm chưa đầy đủ: còn 1 mục chưa chấm nên chưa thể hoàn thành.',
    });
    const done = await saveSheet(chair, f.council.id, a, full(1));
    expect(done.version).toBe(2);
    expect(done.finishedAt).not.toBeNull();
    const events = await database.db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'score_sheet'), eq(auditEvents.entityId, done.id)));
    expect(events).toEqual([
      { action: 'score_sheet.save', actor: f.members.chair.user.id },
      { action: 'score_sheet.save', actor: f.members.chair.user.id },
    ]);
  });

  it('refuses scores above the weight, negative, with 3 decimals, bonuses above the limit and criteria above their maximum', async () => {
    const { f, a, ids, full, sheets, chair } = await world();
    const one = (over: object) => ({
      ...full(),
      tasks: [{ taskId: ids[1], score: 10, ...over }],
      finished: false,
    });
    const cases = [
      [
        one({ score: 20.01 }),
        'score_above_weight',
        'tasks.0.score',
        'Điểm nhiệm vụ 2 vượt trọng số (tối đa 20).',
      ],
      [one({ score: -0.5 }), 'score_negative', 'tasks.0.score', 'Điểm nhiệm vụ 2 không được âm.'],
      [
        one({ score: 12.345 }),
        'score_too_many_decimals',
        'tasks.0.score',
        'Điểm nhiệm vụ 2 chỉ được có tối đa 2 chữ số thập phân.',
      ],
      [
        one({ bonus: 2.5 }),
        'bonus_above_limit',
        'tasks.0.bonus',
        'Điểm thưởng nhiệm vụ 2 vượt mức cho phép (tối đa 2).',
      ],
      [
        { ...full(), criteria: [{ key: 'political_ethics', score: 10.5 }] },
        'criterion_score_above_max',
        'criteria.0.score',
        'Điểm tiêu chí "Phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, trách nhiệm nêu gương" vượt mức tối đa (10).',
      ],
      [
        { ...full(), criteria: [{ key: 'loyalty', score: 1 }] },
        'score_unknown_criterion',
        'criteria.0.key',
        null,
      ],
      [
        { ...full(), tasks: [...full().tasks, full().tasks[0]] },
        'score_duplicate_task',
        'tasks.4.taskId',
        null,
      ],
      [
        { ...full(), tasks: [{ taskId: f.tasksB.ntm.id, score: 1 }] },
        'score_unknown_task',
        'tasks.0.taskId',
        null,
      ],
    ] as const;
    for (const [input, code, field, message] of cases) {
      const r = await refusal(saveSheet(chair, f.council.id, a, input as SaveSheetInput));
      expect(r).toMatchObject({ code, fields: [field] });
      if (message) expect(r.message).toBe(message);
    }
    expect(await sheets()).toBe(0);
  });

  it('refuses scores outside the window, by recused members and by non-members', async () => {
    const { f, a, full, sheets } = await world();
    const b = f.assignments.b.id;
    const as = (actor: Parameters<typeof f.at>[0], day: string = DAY) => f.at(actor, day);
    expect(
      await refusal(saveSheet(as(f.members.chair.actor, '2023-01-04'), f.council.id, a, full())),
    ).toMatchObject({
      code: 'scoring_window_not_open',
    });
    expect(
      await refusal(saveSheet(as(f.members.chair.actor, '2023-01-16'), f.council.id, a, full())),
    ).toMatchObject({
      code: 'scoring_window_closed',
      message: 'Đã hết thời hạn chấm điểm (từ 05/01/2023 đến 15/01/2023).',
    });
    expect(await refusal(saveSheet(as(f.members.son.actor), f.council.id, a, full()))).toMatchObject({
      code: 'council_member_recused_unit',
      message: 'Đồng chí thuộc đơn vị được đánh giá (Xã An) nên không chấm điểm đồng chí Nguyễn Văn An.',
    });
    expect(
      await refusal(saveSheet(as(f.members.binh.actor), f.council.id, b, { ...full(), tasks: [] })),
    ).toMatchObject({
      code: 'council_member_recused_head',
    });
    expect(await refusal(saveSheet(as(f.p.assigner.actor), f.council.id, a, full()))).toMatchObject({
      code: 'council_not_member',
    });
    expect(await refusal(saveSheet(as(f.p.viewer.actor), f.council.id, a, full()))).toMatchObject({
      code: 'council_not_found',
    });
    expect(
      await refusal(saveSheet(as(f.members.chair.actor), f.council.id, f.council.id, full())),
    ).toMatchObject({ code: 'not_found' });
    await closeCouncil(as(f.members.chair.actor, COHORT_DAYS.closedEarly), f.council.id, {
      version: f.council.version,
    });
    expect(
      await refusal(saveSheet(as(f.members.chair.actor, COHORT_DAYS.closedEarly), f.council.id, a, full())),
    ).toMatchObject({
      code: 'scoring_window_closed',
    });
    expect(await sheets()).toBe(0);
  });

  it('never loses a score to a concurrent edit: one of two saves with the same version wins, the other gets 409', async () => {
    const { f, a, full, chair } = await world();
    const twice = (version: number, scores: [number[], number[]]) =>
      Promise.allSettled([
        saveSheet(f.at(f.members.chair.actor, DAY), f.council.id, a, full(version, scores[0])),
        saveSheet(chair, f.council.id, a, full(version, scores[1])),
      ]);
    for (const [version, expected] of [
      [0, 1],
      [1, 2],
    ] as const) {
      const results = await twice(version, [
        [20, 15, 20, 10],
        [19, 14, 19, 9],
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['version_conflict']);
      const rows = await database.db.select().from(scoreSheets).where(eq(scoreSheets.assignmentId, a));
      expect(rows).toHaveLength(1);
      expect(rows[0].version).toBe(expected);
    }
  });

  it('freezes the cycle’s policy with the first score', async () => {
    const { f, a, full, chair } = await world();
    const admin = f.at(f.p.admin.actor, DAY);
    const change = async () => {
      const cycle = (await findCycle(database.db, f.cycle.id))!.cycle;
      return updatePolicy(admin, f.cycle.id, {
        version: cycle.version,
        preset: 'qd366',
        changes: { spreadThresholdPercent: 25 },
      });
    };
    await change();
    await saveSheet(chair, f.council.id, a, { ...full(), finished: false, tasks: full().tasks.slice(0, 1) });
    expect((await refusal(change())).code).toBe('policy_locked');
  });
});

describe('blind scoring and the disclosed scores', () => {
  it('keeps every sheet sealed while the window is open', async () => {
    const { f, a, full, chair } = await world();
    await saveSheet(chair, f.council.id, a, full());
    await saveSheet(f.at(f.members.ha.actor, DAY), f.council.id, a, full(0, [10, 10, 10, 5]));
    const page = await mySheets(f.at(f.members.ha.actor, DAY), f.council.id);
    expect(page.heads[0].sheet?.tasks.map((t) => t.score)).toEqual([10, 10, 10, 5]);
    expect(JSON.stringify(page)).not.toContain(f.members.chair.user.id);
    expect(await refusal(councilScores(chair, f.council.id))).toMatchObject({
      code: 'council_scores_sealed',
      message: 'Điểm của các thành viên chỉ được công bố khi kết thúc thời hạn chấm điểm (15/01/2023).',
    });
  });

  it('discloses every sheet with the aggregate per task and criterion, flagging wide spreads, once closed', async () => {
    const f = await makeScoredCohort(database.db);
    const scores = await councilScores(f.at(f.p.assigner.actor, '2023-01-11'), f.council.id);
    expect(scores).toMatchObject({ aggregate: 'mean', spreadThresholdPercent: 30 });
    const [a, b] = scores.heads;
    expect(a.sheets.map((s) => s.fullName)).toEqual(
      expect.arrayContaining(['Lê Văn Chủ', 'Phạm Thị Hà', 'Trần Thị Bình']),
    );
    expect(a.recused.map((r) => [r.fullName, r.reason])).toEqual([['Đỗ Văn Sơn', 'unit']]);
    expect(
      a.tasks.map((t) => [
        t.number,
        t.aggregate.score,
        t.aggregate.exact,
        t.aggregate.spread,
        t.aggregate.spreadFlagged,
        t.bonus,
      ]),
    ).toEqual([
      [1, 19.67, '59/3', 1, false, 1],
      [2, 14.33, '43/3', 8, true, 0],
      [3, 19.67, '59/3', 1, false, 0.33],
      [4, 9.83, '59/6', 0.5, false, 0],
    ]);
    expect(a.flagged).toEqual([{ kind: 'task', id: f.tasks.poverty.id }]);
    expect(a.criteria.map((c) => c.aggregate.score)).toEqual([9.17, 8.5, 8.92]);
    expect(a.missing).toEqual([]);
    expect(b.recused.map((r) => [r.fullName, r.reason])).toEqual([['Trần Thị Bình', 'head']]);
    expect(b.tasks.map((t) => t.aggregate.score)).toEqual([17.83, 39.67]);
    const member = await councilScores(f.at(f.members.son.actor, '2023-01-11'), f.council.id);
    expect(member.heads).toHaveLength(2);
    expect((await refusal(councilScores(f.at(f.p.headA.actor, '2023-01-11'), f.council.id))).code).toBe(
      'council_not_found',
    );
  });
});
