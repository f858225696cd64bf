import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import {
  contextFor,
  makeCycle,
  makeHead,
  makeProvince,
  makeUser,
  taskDraft,
} from '../../../test/factories.ts';
import type { Database } from '../../db/client.ts';
import { assignments, auditEvents } from '../../db/schema/index.ts';
import { decideAdjustment, requestAdjustment } from './adjustments.ts';
import { createAssignment } from './create-assignment.ts';
import { getAssignment } from './get-assignment.ts';
import { commitAssignment, issueAssignment, returnAssignment } from './lifecycle-actions.ts';
import { listAssignments } from './list-assignments.ts';
import { saveTasks } from './save-tasks.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function setup() {
  const p = await makeProvince(database.db);
  await makeHead(database.db, p.communeA.id, '2020-10-15', 'Nguyễn Văn An');
  const cycle = await makeCycle(database.db, p.root.id);
  const assigner = contextFor(database.db, p.assigner.actor);
  const head = contextFor(database.db, p.headA.actor);
  const draft = await createAssignment(assigner, {
    cycleId: cycle.id,
    assigningUnitId: p.district.id,
    assigneeUnitId: p.communeA.id,
  });
  return { p, cycle, assigner, head, draft };
}

async function setupRegistration() {
  const p = await makeProvince(database.db);
  await makeHead(database.db, p.communeA.id, '2020-10-15', 'Nguyễn Văn An');
  const cycle = await makeCycle(database.db, p.root.id);
  return { p, cycle, head: contextFor(database.db, p.headA.actor) };
}

const issueInput = (version: number) => ({
  version,
  documentNumber: '12-QĐ/HU',
  documentDate: '2022-03-15',
  signerName: 'Trần Văn Ký',
  signerTitle: 'Phó Bí thư Thường trực',
});

describe('assignment lifecycle on the real database', () => {
  it('refuses issuing with every reason listed when weights do not add up and a task lacks its product', async () => {
    const { assigner, draft, p } = await setup();
    const saved = await saveTasks(assigner, draft.id, {
      version: draft.version,
      tasks: [
        taskDraft({ weight: 40, leadUnitId: p.communeA.id }),
        taskDraft({
          kind: 'deliverable',
          weight: 29.5,
          leadUnitId: p.communeA.id,
          expectedProduct: null,
          acceptanceCriteria: 'Có biên bản',
        }),
      ],
    });
    const error = await issueAssignment(assigner, draft.id, issueInput(saved.version)).catch((e) => e);
    expect(error.code).toBe('assignment_not_issuable');
    const codes = error.params.problems.map((x: { field: string; code: string }) => `${x.field}:${x.code}`);
    expect(codes).toEqual(expect.arrayContaining(['expectedProduct:required', 'tasks:weights_sum_mismatch']));
    const detail = await getAssignment(assigner, draft.id);
    expect(detail.state).toBe('draft');
    expect(detail.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('issues a valid draft, lets the head commit it, and keeps the assigner from editing it afterwards', async () => {
    const { assigner, head, draft, p } = await setup();
    const saved = await saveTasks(assigner, draft.id, {
      version: draft.version,
      tasks: [
        taskDraft({ weight: 40, leadUnitId: p.communeA.id }),
        taskDraft({ weight: 30, leadUnitId: p.communeA.id }),
      ],
    });
    const issued = await issueAssignment(assigner, draft.id, issueInput(saved.version));
    expect(issued.state).toBe('issued');
    await expect(saveTasks(assigner, draft.id, { version: issued.version, tasks: [] })).rejects.toMatchObject(
      { code: 'assignment_not_editable' },
    );
    await expect(commitAssignment(assigner, draft.id, { version: issued.version })).rejects.toMatchObject({
      code: 'assignment_transition_forbidden',
    });
    const committed = await commitAssignment(head, draft.id, { version: issued.version });
    expect(committed.state).toBe('committed');
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(events.map((e) => e.action)).toEqual([
      'assignment.draft',
      'assignment.save_tasks',
      'assignment.issue',
      'assignment.commit',
    ]);
  });

  it('lets the head return an issued assignment with proposals, back to draft for the assigner to revise and re-issue', async () => {
    const { assigner, head, draft, p } = await setup();
    const saved = await saveTasks(assigner, draft.id, {
      version: 1,
      tasks: [taskDraft({ weight: 70, leadUnitId: p.communeA.id })],
    });
    const issued = await issueAssignment(assigner, draft.id, issueInput(saved.version));
    const returned = await returnAssignment(head, draft.id, {
      version: issued.version,
      reason: 'Chỉ tiêu quá cao',
      proposedChanges: [{ proposal: 'Giảm xuống 1,8 %' }],
    });
    expect(returned.state).toBe('draft');
    expect(returned.returnReason).toBe('Chỉ tiêu quá cao');
    const revised = await saveTasks(assigner, draft.id, {
      version: returned.version,
      tasks: [taskDraft({ weight: 70, targetValue: 1.8, leadUnitId: p.communeA.id })],
    });
    expect((await issueAssignment(assigner, draft.id, issueInput(revised.version))).state).toBe('issued');
  });

  it('approves an extension keeping the original deadline, and a cancellation that re-balances weights in the same approval', async () => {
    const { assigner, head, draft, p } = await setup();
    const saved = await saveTasks(assigner, draft.id, {
      version: 1,
      tasks: [
        taskDraft({ weight: 30, leadUnitId: p.communeA.id, deadline: '2022-06-30' }),
        taskDraft({ weight: 20, leadUnitId: p.communeA.id }),
        taskDraft({ weight: 20, leadUnitId: p.communeA.id }),
      ],
    });
    const issued = await issueAssignment(assigner, draft.id, issueInput(saved.version));
    await commitAssignment(head, draft.id, { version: issued.version });
    const [t1, t2, t3] = (await getAssignment(assigner, draft.id)).tasks.map((t) => t.task);
    const ext = await requestAdjustment(head, draft.id, {
      change: { kind: 'extension', taskId: t1.id, deadline: '2022-09-30' },
      reason: 'Chờ bàn giao mặt bằng',
    });
    await decideAdjustment(assigner, ext.id, { version: ext.version, decision: 'approve' });
    const cancel = await requestAdjustment(assigner, draft.id, {
      change: { kind: 'cancellation', taskId: t3.id },
      reason: 'Dự án dừng',
    });
    await expect(
      decideAdjustment(assigner, cancel.id, { version: cancel.version, decision: 'approve' }),
    ).rejects.toMatchObject({ code: 'adjustment_invalid' });
    await decideAdjustment(assigner, cancel.id, {
      version: cancel.version,
      decision: 'approve',
      rebalance: [
        { taskId: t1.id, weight: 4000 },
        { taskId: t2.id, weight: 3000 },
      ],
    });
    const after = await getAssignment(assigner, draft.id);
    const byId = new Map(after.tasks.map((t) => [t.task.id, t]));
    expect(byId.get(t1.id)!.task.deadline).toBe('2022-09-30');
    expect(byId.get(t1.id)!.changes.find((c) => c.field === 'deadline')?.fromValue).toBe('2022-06-30');
    expect(byId.get(t3.id)!.task.cancelledOn).not.toBeNull();
    const weights = after.tasks
      .filter((t) => !t.task.cancelledOn)
      .reduce((s, t) => s + (t.task.weight ?? 0), 0);
    expect(weights).toBe(7000);
  });

  it("keeps another commune's head from reading the assignment and lists it for the assigner with its weight total", async () => {
    const { assigner, draft, p } = await setup();
    await saveTasks(assigner, draft.id, {
      version: 1,
      tasks: [taskDraft({ weight: 12.5, leadUnitId: p.communeA.id })],
    });
    await expect(getAssignment(contextFor(database.db, p.headB.actor), draft.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    const rows = await listAssignments(assigner, draft.cycleId);
    expect(rows.find((r) => r.assignment.id === draft.id)).toMatchObject({ taskCount: 1, weightTotal: 1250 });
    expect(await listAssignments(contextFor(database.db, p.headB.actor), draft.cycleId)).toHaveLength(0);
  });

  it("records a delegate's registration and edits as made on the head's behalf", async () => {
    const { p, cycle } = await setupRegistration();
    const delegate = await makeUser(database.db, {
      role: 'delegate',
      unitId: p.communeA.id,
      includeSubtree: true,
    });
    const ctx = contextFor(database.db, delegate.actor);
    const row = await createAssignment(ctx, {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
    });
    await saveTasks(ctx, row.id, {
      version: row.version,
      tasks: [taskDraft({ weight: 70, leadUnitId: p.communeA.id })],
    });
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row.id));
    expect(events.map((e) => [e.actorUserId, e.onBehalfOfUserId])).toEqual([
      [delegate.user.id, p.headA.user.id],
      [delegate.user.id, p.headA.user.id],
    ]);
    await expect(commitAssignment(ctx, row.id, { version: 2 })).rejects.toBeTruthy();
  });

  it('lets a head register a proposal for their own unit, but not for a sibling', async () => {
    const { p, cycle, head } = await setupRegistration();
    await makeHead(database.db, p.communeB.id);
    const other = await createAssignment(head, {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeB.id,
    }).catch((e) => e);
    expect(other.code).toBe('not_found');
    const own = await createAssignment(head, {
      cycleId: cycle.id,
      assigningUnitId: p.district.id,
      assigneeUnitId: p.communeA.id,
      bottleneck: 'Giải phóng mặt bằng chậm',
    });
    expect(own.registeredBy).toBe(p.headA.user.id);
    const forB = await database.db
      .select()
      .from(assignments)
      .where(eq(assignments.assigneeUnitId, p.communeB.id));
    expect(forB).toHaveLength(0);
  });
});
