import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor, makeHead, makeUnit, taskDraft } from '../../../test/factories.ts';
import { makeExecutionScenario } from '../../../test/fixtures/execution-scenario.ts';
import type { Database } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { createAssignment } from '../assignments/create-assignment.ts';
import { issueAssignment } from '../assignments/lifecycle-actions.ts';
import { saveTasks } from '../assignments/save-tasks.ts';
import { getCycleOverview } from './cycle-overview.ts';
import { getAssignmentStatus } from './get-status.ts';
import { getTaskPage } from './get-task-page.ts';
import { getMyTasks } from './my-tasks.ts';

let database: Database;
let s: Awaited<ReturnType<typeof makeExecutionScenario>>;
let issuedB: { id: string };
beforeAll(async () => {
  database = await createTestDatabase();
  s = await makeExecutionScenario(database.db);
  // Commune B's assignment is issued, not yet committed by its head.
  const draft = await createAssignment(s.ctx.assigner, {
    cycleId: s.cycle.id,
    assigningUnitId: s.p.district.id,
    assigneeUnitId: s.p.communeB.id,
  });
  const saved = await saveTasks(s.ctx.assigner, draft.id, {
    version: draft.version,
    tasks: [taskDraft({ weight: 70, leadUnitId: s.p.communeB.id })],
  });
  issuedB = await issueAssignment(s.ctx.assigner, draft.id, {
    version: saved.version,
    documentNumber: '13-QĐ/HU',
    documentDate: '2022-03-15',
    signerName: 'Trần Văn Ký',
  });
});
afterAll(async () => {
  await database.close();
});

const byTask = (rows: { taskId: string }[]) => new Map(rows.map((r) => [r.taskId, r]));

describe('the status of an assignment on a day', () => {
  it('gives each task its status, flags, deadlines, last check-in in force, last appraisal and counts', async () => {
    const status = await getAssignmentStatus(s.ctx.head, s.assignment.id, '2022-07-01');
    const t = byTask(status.tasks);
    expect(t.get(s.tasks.revenue.id)).toMatchObject({
      number: 1,
      weight: 20,
      unitOfMeasure: 'tỷ đồng',
      status: 'not_due',
      atRisk: true,
      silent: true,
      lastCheckIn: { id: s.records.revenueFix.id, reportedOn: '2022-05-16', value: 6.5 },
      checkInCount: 2,
      lastAppraisal: {
        appraisalId: s.records.appraisalId,
        quarter: 2,
        progress: 'at_risk',
        verifiedValue: 5.8,
      },
      openRequests: 1,
      escalatedRequests: 1,
      owedSupport: 0,
    });
    expect(t.get(s.tasks.poverty.id)).toMatchObject({
      status: 'not_due',
      deadlineInForce: '2022-10-31',
      originalDeadline: '2022-09-30',
      extended: true,
      daysToDeadline: 122,
      silent: true,
      owedSupport: 1,
      lastCheckIn: null,
    });
    expect(t.get(s.tasks.vaccination.id)).toMatchObject({
      status: 'done_early',
      doneDate: '2022-05-20',
      exceeded: true,
      daysToDeadline: null,
    });
    expect(t.get(s.tasks.clearance.id)).toMatchObject({
      unitOfMeasure: null,
      status: 'not_due',
      atRisk: true,
      productAwaitingAppraisal: null,
      openRequests: 0,
    });
    expect(status.counts).toEqual({
      total: 4,
      byStatus: {
        not_due: 3,
        due_soon: 0,
        overdue: 0,
        done_early: 1,
        done_on_time: 0,
        done_late: 0,
        not_done: 0,
        cancelled: 0,
      },
      done: 1,
      atRisk: 2,
      silent: 2,
      exceeded: 1,
    });
  });

  it('reads every count as of the day asked about', async () => {
    const may = byTask((await getAssignmentStatus(s.ctx.head, s.assignment.id, '2022-05-05')).tasks);
    expect(may.get(s.tasks.clearance.id)).toMatchObject({
      openRequests: 1,
      escalatedRequests: 0,
      atRisk: false,
    });
    expect(may.get(s.tasks.revenue.id)).toMatchObject({
      openRequests: 0,
      checkInCount: 1,
      lastAppraisal: null,
    });
    expect(may.get(s.tasks.poverty.id)).toMatchObject({
      deadlineInForce: '2022-09-30',
      extended: false,
      owedSupport: 0,
    });
    const year = byTask((await getAssignmentStatus(s.ctx.head, s.assignment.id, '2023-01-01')).tasks);
    expect(year.get(s.tasks.clearance.id)).toMatchObject({ status: 'not_done', atRisk: false });
  });

  it('answers for today when no date is given, and refuses drafts', async () => {
    expect((await getAssignmentStatus(s.ctx.assigner, s.assignment.id)).date).toBe('2022-03-20');
    const commune = await makeUnit(database.db, { name: 'Xã Chưa Giao', parentId: s.p.district.id });
    await makeHead(database.db, commune.id);
    const draft = await createAssignment(s.ctx.assigner, {
      cycleId: s.cycle.id,
      assigningUnitId: s.p.district.id,
      assigneeUnitId: commune.id,
    });
    await expect(getAssignmentStatus(s.ctx.assigner, draft.id)).rejects.toMatchObject({
      code: 'assignment_not_issued',
    });
    await expect(getAssignmentStatus(s.ctx.headB, s.assignment.id)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('the task page', () => {
  it('lists check-ins with evidence and corrections, requests and appraisals in date order', async () => {
    const page = await getTaskPage(s.ctx.head, s.tasks.revenue.id, '2022-07-01');
    expect(page.status).toMatchObject({ status: 'not_due', atRisk: true });
    expect(page.timeline.map((e) => [e.kind, e.date, 'action' in e ? e.action : ''])).toEqual([
      ['check_in', '2022-04-10', ''],
      ['check_in', '2022-05-15', ''],
      ['check_in', '2022-05-16', ''],
      ['support_request', '2022-06-01', 'raised'],
      ['support_request', '2022-06-02', 'raised'],
      ['appraisal', '2022-06-30', ''],
    ]);
    const [q1, may, fix] = page.timeline;
    expect(q1).toMatchObject({
      checkIn: { value: 5, inForce: true },
      evidence: [
        {
          kind: 'file',
          fileName: 'bao-cao-thu-ngan-sach-quy-1.pdf',
          size: 1234,
          mediaType: 'application/pdf',
        },
        { kind: 'link', url: 'https://annhon.example.vn/bao-cao' },
      ],
    });
    expect(may).toMatchObject({ checkIn: { inForce: false, correctedById: s.records.revenueFix.id } });
    expect(fix).toMatchObject({
      checkIn: {
        correctsId: s.records.revenueMay.id,
        correctionReason: 'Số liệu Chi cục Thuế điều chỉnh',
        createdBy: { id: s.users.delegateA.user.id },
        onBehalfOf: { id: s.p.headA.user.id },
      },
    });
    expect(page.timeline.at(-1)).toMatchObject({
      appraisal: {
        id: s.records.appraisalId,
        kind: 'quarterly',
        quarter: 2,
        findings: 'Đảng ủy xã lãnh đạo quyết liệt',
      },
      line: { progress: 'at_risk', verifiedValue: 5.8, superseded: false },
    });
  });

  it('shows a request raised and answered, the product and its return', async () => {
    const page = await getTaskPage(s.ctx.assigner, s.tasks.clearance.id, '2022-07-01');
    expect(page.timeline.map((e) => [e.kind, e.date, 'action' in e ? e.action : ''])).toEqual([
      ['support_request', '2022-05-02', 'raised'],
      ['support_request', '2022-05-10', 'answered'],
      ['check_in', '2022-06-20', ''],
      ['appraisal', '2022-06-30', ''],
    ]);
    expect(page.timeline[2]).toMatchObject({
      checkIn: { submitsProduct: true },
      evidence: [{ kind: 'document', documentNumber: '15/BB-UBND' }],
    });
    expect(page.timeline[3]).toMatchObject({
      line: {
        productDecision: 'returned',
        verifiedFraction: 0.6,
        decisionReason: 'Biên bản bàn giao còn thiếu chữ ký của 4 hộ',
      },
    });
  });

  it('shows the extension requested and decided, and the support recorded as late', async () => {
    const page = await getTaskPage(
      s.ctx.viewer.actor.grants.length ? s.ctx.assigner : s.ctx.head,
      s.tasks.poverty.id,
    );
    expect(page.detail.tasks.find((t) => t.task.id === s.tasks.poverty.id)?.task.deadline).toBe('2022-10-31');
    expect(
      page.timeline.map((e) => [
        e.kind,
        'action' in e ? e.action : e.kind === 'support_commitment' ? e.state : '',
      ]),
    ).toEqual([
      ['support_commitment', 'late'],
      ['adjustment', 'requested'],
      ['adjustment', 'decided'],
    ]);
    expect(page.timeline[1]).toMatchObject({
      date: '2022-06-25',
      adjustment: { change: { kind: 'extension', deadline: '2022-10-31' }, state: 'approved' },
    });
  });

  it('answers 404 for a task the caller cannot read or that does not exist', async () => {
    await expect(getTaskPage(s.ctx.headB, s.tasks.revenue.id)).rejects.toMatchObject({
      code: 'not_found',
      params: { entity: 'task' },
    });
    await expect(getTaskPage(s.ctx.head, randomUUID())).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe("the assigner's overview of a cycle", () => {
  it('lists every issued assignment with counts, sorted by unit name in Vietnamese order', async () => {
    // "Xã Ân Thi" sorts before "Xã Bình" in Vietnamese, after it by code points.
    await database.db.update(units).set({ name: 'Xã Ân Thi' }).where(eq(units.id, s.p.communeA.id));
    const overview = await getCycleOverview(s.ctx.assigner, s.cycle.id, s.p.district.id, '2022-07-01');
    expect(overview.rows.map((r) => [r.assigneeUnit.name, r.state])).toEqual([
      ['Xã Ân Thi', 'committed'],
      ['Xã Bình', 'issued'],
    ]);
    expect(overview.rows[1]).toMatchObject({
      assignmentId: issuedB.id,
      headName: 'Trần Thị Bình',
      lastAppraisedOn: null,
    });
    expect(overview.rows[0]).toMatchObject({
      assignmentId: s.assignment.id,
      assigneeUnit: { name: 'Xã Ân Thi' },
      headName: 'Nguyễn Văn An',
      documentNumber: '12-QĐ/HU',
      overdue: 0,
      dueSoon: 0,
      openRequests: 1,
      escalatedRequests: 1,
      owedSupport: 1,
      lastAppraisedOn: '2022-06-30',
      counts: { total: 4, done: 1, atRisk: 2, silent: 2, exceeded: 1 },
    });
    expect(overview.totals).toMatchObject({ total: 5, openRequests: 1, owedSupport: 1 });
  });

  it('reads for the assigner and anyone who reads the assigning unit, and hides it from others', async () => {
    expect(
      (await getCycleOverview(s.ctx.appraiser, s.cycle.id, s.p.district.id, '2022-07-01')).rows,
    ).toHaveLength(2);
    expect(
      (await getCycleOverview(contextFor(database.db, s.p.admin.actor), s.cycle.id, s.p.district.id)).rows,
    ).toHaveLength(2);
    for (const ctx of [s.ctx.head, s.ctx.viewer])
      await expect(getCycleOverview(ctx, s.cycle.id, s.p.district.id)).rejects.toMatchObject({
        code: 'not_found',
      });
    await expect(getCycleOverview(s.ctx.assigner, randomUUID(), s.p.district.id)).rejects.toMatchObject({
      code: 'not_found',
      params: { entity: 'cycle' },
    });
  });
});

describe("the head's board", () => {
  it('lists open tasks first by deadline in force, then the closed ones, with the support owed', async () => {
    for (const ctx of [s.ctx.head, s.ctx.delegate]) {
      const board = await getMyTasks(ctx, { date: '2022-07-01' });
      expect(board.tasks.map((t) => [t.title, t.status, t.deadlineInForce])).toEqual([
        ['Giải phóng mặt bằng đường vành đai', 'not_due', '2022-08-31'],
        ['Giảm tỷ lệ hộ nghèo', 'not_due', '2022-10-31'],
        ['Thu ngân sách', 'not_due', '2022-12-31'],
        ['Tỷ lệ tiêm chủng', 'done_early', '2022-06-30'],
      ]);
      expect(board.tasks[1]).toMatchObject({
        assignment: { id: s.assignment.id, documentNumber: '12-QĐ/HU', cycleName: 'Năm 2022' },
        supportOwed: [{ kind: 'funds', description: 'Hỗ trợ 500 triệu đồng', state: 'late' }],
      });
      expect(board.counts.total).toBe(4);
    }
  });

  it('is empty for a head whose assignment is not committed, and for people who are no head', async () => {
    expect((await getMyTasks(s.ctx.headB)).tasks).toEqual([]);
    expect((await getMyTasks(s.ctx.assigner)).tasks).toEqual([]);
  });
});
