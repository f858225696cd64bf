import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../contracts/errors.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor } from '../../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import { makeScoredCohort } from '../../../test/fixtures/scored-cohort.ts';
import type { Database } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { assignments, auditEvents, checkIns, selfAssessments } from '../../db/schema/index.ts';
import { extractDocxText } from '../../documents/docx/docx-text.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { getSelfAssessment } from './get-self-assessment.ts';
import { renderSelfAssessment } from './render-self-assessment.ts';
import { saveSelfAssessment } from './save-self-assessment.ts';
import { submitSelfAssessment } from './submit-self-assessment.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const DAY = '2022-12-20';
const CRITERIA = ['political_ethics', 'innovation_vision', 'self_criticism'];

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) {
      return {
        code: error.code,
        fields: error.fields.map((f) => f.field),
        message: errorMessage(error.code, 'vi', error.params),
      };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

async function world() {
  const f = await makeScoredCohort(database.db, { stage: 'formed' });
  const id = f.assignments.a.id;
  const ids = (await loadTasks(database.db, id)).map((t) => t.task.id);
  const head = f.at(f.p.headA.actor, DAY);
  const delegate = f.at(f.users.delegateA.actor, DAY);
  const full = (version: number, over: Partial<Parameters<typeof saveSelfAssessment>[2]> = {}) => ({
    version,
    taskEntries: ids.map((taskId, i) => ({
      taskId,
      explanation: `Giải trình ${i + 1}`,
      selfScore: [20, 16, 20, 10][i],
    })),
    criterionEntries: CRITERIA.map((key) => ({ key, selfScore: 9 })),
    summary: 'Hoàn thành tốt.',
    obstacles: null,
    directionRequests: null,
    proposals: null,
    ...over,
  });
  const row = async () =>
    (await database.db.select().from(selfAssessments).where(eq(selfAssessments.assignmentId, id)))[0];
  return { f, id, ids, head, delegate, full, row };
}

describe('the pre-filled report', () => {
  it('is filled from the stored tasks, check-ins, evidence and appraisals, and creates nothing', async () => {
    const { id, head, row } = await world();
    const report = await getSelfAssessment(head, id);
    expect(report).toMatchObject({
      state: 'none',
      version: 0,
      asOf: DAY,
      head: { fullName: 'Nguyễn Văn An' },
    });
    const [revenue, poverty, vaccination, clearance] = report.tasks;
    expect(revenue).toMatchObject({
      weight: 20,
      status: 'done_early',
      done: true,
      early: true,
      exceeded: true,
      evidenceCount: 1,
      checkInCount: 2,
      result: { finalActual: '12.6', verified: true, source: 'appraisal', completionPercent: 100 },
      lastAppraisal: { appraisedOn: '2022-12-10', progress: 'on_track' },
    });
    expect(poverty).toMatchObject({
      status: 'done_late',
      late: true,
      result: { verified: false },
      proposal: 15,
    });
    expect(vaccination).toMatchObject({ status: 'done_early', exceeded: true });
    expect(clearance).toMatchObject({
      kind: 'deliverable',
      done: true,
      result: { fraction: '1', verified: true },
    });
    expect(report.totals).toMatchObject({ tasks: 4, done: 4, early: 3, late: 1, exceeded: 3, notDone: 0 });
    expect(report.criteria.map((c) => c.max)).toEqual([10, 10, 10]);
    expect(report.abilities).toEqual({ edit: true, submit: false });
    expect(await row()).toBeUndefined();
  });

  it('shows open tasks as not done once the cycle is over', async () => {
    const { f } = await world();
    const report = await getSelfAssessment(f.at(f.p.headB.actor, '2023-01-02'), f.assignments.b.id);
    expect(report.tasks.map((t) => t.status)).toEqual(['not_done', 'done_early']);
    expect(report.tasks[0].result).toMatchObject({ fraction: '0.6', completionPercent: 60 });
  });
});

describe('the draft', () => {
  it('is saved by the head, then by a delegate on the head’s behalf, with a version check', async () => {
    const { f, id, head, delegate, full, row } = await world();
    const first = await saveSelfAssessment(head, id, full(0));
    expect(first).toMatchObject({ state: 'draft', version: 1 });
    const second = await saveSelfAssessment(delegate, id, full(1, { obstacles: 'Thiếu kinh phí.' }));
    expect(second.version).toBe(2);
    expect(await refusal(saveSelfAssessment(head, id, full(1)))).toMatchObject({ code: 'version_conflict' });
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'self_assessment'), eq(auditEvents.entityId, first.id)));
    expect(events.map((e) => [e.action, e.actorUserId, e.onBehalfOfUserId])).toEqual([
      ['self_assessment.save', f.p.headA.user.id, null],
      ['self_assessment.save', f.users.delegateA.user.id, f.p.headA.user.id],
    ]);
    const report = await getSelfAssessment(head, id);
    expect(report).toMatchObject({ state: 'draft', version: 2, obstacles: 'Thiếu kinh phí.' });
    expect(report.tasks.map((t) => t.selfScore)).toEqual([20, 16, 20, 10]);
    expect(report.totals).toMatchObject({ selfScoreTasks: 66, selfScoreCriteria: 27 });
    expect((await row()).version).toBe(2);
  });

  it('refuses self-scores out of range or with 3 decimals, unknown or repeated tasks, writing nothing', async () => {
    const { id, ids, head, full, row } = await world();
    const entry = (selfScore: number, taskId = ids[2]) => ({ taskId, explanation: null, selfScore });
    const cases = [
      [
        full(0, { taskEntries: [entry(20.5)] }),
        'score_above_weight',
        'taskEntries.0.selfScore',
        'Điểm nhiệm vụ 3 vượt trọng số (tối đa 20).',
      ],
      [
        full(0, { taskEntries: [entry(-1)] }),
        'score_negative',
        'taskEntries.0.selfScore',
        'Điểm nhiệm vụ 3 không được âm.',
      ],
      [
        full(0, { taskEntries: [entry(17.555)] }),
        'score_too_many_decimals',
        'taskEntries.0.selfScore',
        'Điểm nhiệm vụ 3 chỉ được có tối đa 2 chữ số thập phân.',
      ],
      [
        full(0, { taskEntries: [entry(1), entry(2)] }),
        'score_duplicate_task',
        'taskEntries.1.taskId',
        'Nhiệm vụ 3 được chấm nhiều lần trong cùng một phiếu.',
      ],
      [
        full(0, { taskEntries: [entry(1, '00000000-0000-4000-8000-000000000000')] }),
        'score_unknown_task',
        'taskEntries.0.taskId',
      ],
      [
        full(0, { criterionEntries: [{ key: 'self_criticism', selfScore: 10.01 }] }),
        'criterion_score_above_max',
        'criterionEntries.0.selfScore',
        'Điểm tiêu chí "Tự phê bình và phê bình, tự sửa chữa khuyết điểm" vượt mức tối đa (10).',
      ],
      [
        full(0, { criterionEntries: [{ key: 'charisma', selfScore: 1 }] }),
        'score_unknown_criterion',
        'criterionEntries.0.key',
      ],
    ] as const;
    for (const [input, code, field, message] of cases) {
      const r = await refusal(saveSelfAssessment(head, id, input));
      expect(r).toMatchObject({ code, fields: [field] });
      if (message) expect(r.message).toBe(message);
    }
    expect(await row()).toBeUndefined();
  });

  it('is refused to readers who are not the head or a delegate', async () => {
    const { f, id, full } = await world();
    expect(await refusal(saveSelfAssessment(f.at(f.p.assigner.actor, DAY), id, full(0)))).toMatchObject({
      code: 'forbidden',
    });
    expect(await refusal(saveSelfAssessment(f.at(f.p.headB.actor, DAY), id, full(0)))).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('submission', () => {
  it('is the head’s alone, complete, not before the cycle’s last month, and only once', async () => {
    const { f, id, ids, head, delegate, full, row } = await world();
    const partial = await saveSelfAssessment(
      head,
      id,
      full(0, { taskEntries: [{ taskId: ids[0], selfScore: 20 }] }),
    );
    expect(await refusal(submitSelfAssessment(delegate, id, { version: 1 }))).toMatchObject({
      code: 'self_assessment_head_only',
    });
    expect(
      await refusal(submitSelfAssessment(f.at(f.p.headA.actor, '2022-11-30'), id, { version: 1 })),
    ).toMatchObject({
      code: 'self_assessment_too_early',
      message: 'Báo cáo tự đánh giá chỉ được nộp từ ngày 01/12/2022.',
    });
    expect(await refusal(submitSelfAssessment(head, id, { version: partial.version }))).toEqual({
      code: 'self_assessment_incomplete',
      fields: ['tasks.1.selfScore', 'tasks.2.selfScore', 'tasks.3.selfScore'],
      message: 'Báo cáo tự đánh giá chưa đầy đủ: còn 3 mục chưa tự chấm điểm.',
    });
    const draft = await saveSelfAssessment(head, id, full(1));
    const submitted = await submitSelfAssessment(head, id, { version: draft.version });
    expect(submitted).toMatchObject({ state: 'submitted', version: 3, submittedBy: f.p.headA.user.id });
    const [a] = await database.db.select().from(assignments).where(eq(assignments.id, id));
    expect(a.state).toBe('self_assessed');

    expect(await refusal(submitSelfAssessment(head, id, { version: 3 }))).toMatchObject({
      code: 'self_assessment_already_submitted',
      message: 'Báo cáo tự đánh giá đã nộp ngày 20/12/2022; không nộp lại lần thứ hai.',
    });
    expect(await refusal(saveSelfAssessment(delegate, id, full(3)))).toMatchObject({
      code: 'self_assessment_locked',
    });
    expect((await row()).version).toBe(3);
  });

  it('freezes the report: later records do not change what was submitted', async () => {
    const { f, id, head, full } = await world();
    const draft = await saveSelfAssessment(head, id, full(0));
    await submitSelfAssessment(head, id, { version: draft.version });
    await database.db.insert(checkIns).values({
      taskId: f.tasks.revenue.id,
      assignmentId: id,
      reportedOn: '2022-12-28',
      value: '13',
      createdBy: f.p.headA.user.id,
    });
    const later = await getSelfAssessment(f.at(f.p.assigner.actor, '2023-01-03'), id);
    expect(later).toMatchObject({ state: 'submitted', asOf: DAY, abilities: { edit: false, submit: false } });
    expect(later.tasks[0]).toMatchObject({ checkInCount: 2, result: { finalActual: '12.6' }, selfScore: 20 });
  });

  it('takes a committed assignment with no check-in through in progress to self-assessed', async () => {
    const base = await makeCommittedAssignment(database.db);
    const head = contextFor(database.db, base.p.headA.actor, clockAt(DAY));
    const ids = Object.values(base.tasks).map((t) => t.id);
    const draft = await saveSelfAssessment(head, base.assignment.id, {
      taskEntries: ids.map((taskId) => ({ taskId, selfScore: 0, explanation: 'Chưa thực hiện.' })),
      criterionEntries: CRITERIA.map((key) => ({ key, selfScore: 5 })),
    });
    await submitSelfAssessment(head, base.assignment.id, { version: draft.version });
    const events = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'assignment'), eq(auditEvents.entityId, base.assignment.id)));
    expect(events.map((e) => e.action)).toContain('assignment.self_assess');
    const [a] = await database.db.select().from(assignments).where(eq(assignments.id, base.assignment.id));
    expect(a.state).toBe('self_assessed');
  });
});

describe('who reads it', () => {
  it('is read by the head’s side, the assigning body and the council; not by an appraiser or outsiders', async () => {
    const { f, id } = await world();
    const read = (ctx: ServiceContext) =>
      getSelfAssessment(ctx, id).then(
        () => 'ok',
        (e: AppError) => e.code,
      );
    expect(await read(f.at(f.p.assigner.actor, DAY))).toBe('ok');
    expect(await read(f.at(f.p.admin.actor, DAY))).toBe('ok');
    expect(await read(f.at(f.members.chair.actor, DAY))).toBe('ok');
    expect(await read(f.at(f.users.appraiser.actor, DAY))).toBe('forbidden');
    expect(await read(f.at(f.p.viewer.actor, DAY))).toBe('not_found');
  });
});

describe('the .docx report', () => {
  it('renders the draft in both layouts with the head, the title and the data', async () => {
    const { id, head, full } = await world();
    await saveSelfAssessment(head, id, full(0));
    const party = await renderSelfAssessment(head, id, 'party');
    const text = await extractDocxText(party.buffer);
    expect(text).toContain('ĐẢNG ỦY XÃ AN');
    expect(text).toContain('tự đánh giá kết quả thực hiện nhiệm vụ năm 2022');
    expect(text).toContain('(Dự thảo, chưa nộp)');
    expect(text).toContain('Họ và tên: Nguyễn Văn An');
    expect(text).toContain('Đạt 12,6 tỷ đồng / chỉ tiêu 12 tỷ đồng');
    expect(text).toContain('Tổng điểm tự chấm: 93,00/100,00 điểm');
    expect(party.fileName).toMatch(/^bao-cao-tu-danh-gia-.+-party\.docx$/);
    const state = await extractDocxText((await renderSelfAssessment(head, id, 'state')).buffer);
    expect(state).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(state).toContain('Tự đánh giá kết quả thực hiện nhiệm vụ năm 2022');
  });
});
