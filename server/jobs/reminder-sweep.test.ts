import { and, asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { contextFor } from '../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import {
  auditEvents,
  checkIns,
  notifications,
  roleGrants,
  supportRequests,
  sweepRuns,
} from '../db/schema/index.ts';
import { decideAdjustment, requestAdjustment } from '../services/assignments/adjustments.ts';
import { runSweep } from './reminder-sweep.ts';

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.close();
});

const sweep = (day: string) => runSweep(database, { today: day, clock: clockAt(day) });

async function keysOf(userId: string) {
  const rows = await database.db
    .select({ key: notifications.key })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.key));
  return rows.map((r) => r.key);
}

async function paramsOf(userId: string, key: string) {
  const [row] = await database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.key, key)));
  return row;
}

describe('reminder sweep', () => {
  it('reminds the head and delegate of a task due soon, flags silent tasks and sends the digest; a second sweep the same day creates nothing', async () => {
    const f = await makeCommittedAssignment(database.db);
    const { revenue, poverty, vaccination, clearance } = f.tasks;
    const first = await sweep('2022-06-25');
    expect(first).toMatchObject({ skipped: false, digest: true, escalatedRequests: 0 });

    const head = f.p.headA.user.id;
    expect(await keysOf(head)).toEqual(
      [
        'digest:2022-W25',
        `due_soon:${vaccination.id}:2022-06-30`,
        ...[revenue, poverty, vaccination, clearance].map((t) => `silent:${t.id}:issued`),
      ].sort(),
    );
    expect(await keysOf(f.users.delegateA.user.id)).toEqual([`due_soon:${vaccination.id}:2022-06-30`]);
    expect(await keysOf(f.p.assigner.user.id)).toEqual(['digest:2022-W25']);
    // The other commune's head has no assignment: nothing for them.
    expect(await keysOf(f.p.headB.user.id)).toEqual([]);

    const dueSoon = await paramsOf(head, `due_soon:${vaccination.id}:2022-06-30`);
    expect(dueSoon).toMatchObject({
      kind: 'due_soon',
      entityType: 'task',
      entityId: vaccination.id,
      params: { taskTitle: 'Tỷ lệ tiêm chủng', unitName: 'Xã An', deadline: '2022-06-30' },
    });
    const digest = await paramsOf(f.p.assigner.user.id, 'digest:2022-W25');
    expect(digest.params).toEqual({
      week: '2022-W25',
      sections: [
        {
          role: 'assigner',
          unitName: 'Huyện Một',
          counts: {
            heads: 1,
            openTasks: 4,
            dueSoon: 1,
            overdue: 0,
            silent: 4,
            openRequests: 0,
            overdueRequests: 0,
          },
        },
      ],
    });
    expect(first.skipped === false && first.created).toBe(8);

    const second = await sweep('2022-06-25');
    expect(second).toMatchObject({ skipped: false, created: 0, digest: false });
    const runs = await database.db.select().from(sweepRuns).orderBy(asc(sweepRuns.startedAt));
    expect(runs.map((r) => [r.day, r.created])).toEqual([
      ['2022-06-25', 8],
      ['2022-06-25', 0],
    ]);
    expect(runs.every((r) => r.finishedAt !== null)).toBe(true);

    // A new ISO week brings a new digest, and nothing else that was already said.
    const monday = await sweep('2022-06-27');
    expect(monday).toMatchObject({ skipped: false, digest: true, byKind: { digest: 2 } });
  });

  it('on an overdue task reminds the head and escalates to the assigner once per deadline in force; an extension re-arms both', async () => {
    const f = await makeCommittedAssignment(database.db);
    const { vaccination } = f.tasks;
    await sweep('2022-07-05');
    const head = f.p.headA.user.id;
    const assigner = f.p.assigner.user.id;
    expect(await keysOf(head)).toContain(`overdue:${vaccination.id}:2022-06-30`);
    expect(await keysOf(assigner)).toContain(`escalation:${vaccination.id}:2022-06-30`);
    expect((await paramsOf(assigner, `escalation:${vaccination.id}:2022-06-30`)).params).toMatchObject({
      headName: 'Nguyễn Văn An',
      unitName: 'Xã An',
      deadline: '2022-06-30',
    });
    expect(await keysOf(f.users.delegateA.user.id)).not.toContain(`overdue:${vaccination.id}:2022-06-30`);
    expect(await sweep('2022-07-06')).toMatchObject({ created: 0 });

    // The assigner extends the deadline to 31/07: a new deadline is a new fact to remind of.
    const on = clockAt('2022-07-07');
    const request = await requestAdjustment(contextFor(database.db, f.p.headA.actor, on), f.assignment.id, {
      change: { kind: 'extension', taskId: vaccination.id, deadline: '2022-07-31' },
      reason: 'Chờ vắc-xin đợt 2',
    });
    await decideAdjustment(contextFor(database.db, f.p.assigner.actor, on), request.id, {
      version: request.version,
      decision: 'approve',
    });
    expect(await sweep('2022-07-08')).toMatchObject({ created: 0 });
    await sweep('2022-07-26');
    expect(await keysOf(head)).toContain(`due_soon:${vaccination.id}:2022-07-31`);
    await sweep('2022-08-01');
    expect(await keysOf(head)).toContain(`overdue:${vaccination.id}:2022-07-31`);
    expect(await keysOf(assigner)).toContain(`escalation:${vaccination.id}:2022-07-31`);
    // After the cycle: every open task is not done, and nothing is reminded, not even a digest.
    expect(await sweep('2023-01-05')).toMatchObject({ skipped: false, digest: true, created: 0 });
  });

  it('keys silence by the last check-in in force, and leaves revoked grants out', async () => {
    const f = await makeCommittedAssignment(database.db);
    const { revenue } = f.tasks;
    await database.db.insert(checkIns).values({
      taskId: revenue.id,
      assignmentId: f.assignment.id,
      reportedOn: '2022-05-01',
      value: '10.5',
      createdBy: f.p.headA.user.id,
    });
    await database.db
      .update(roleGrants)
      .set({ revokedAt: new Date() })
      .where(eq(roleGrants.userId, f.users.delegateA.user.id));
    await sweep('2022-06-10');
    const keys = await keysOf(f.p.headA.user.id);
    // 40 days after the check-in: not yet silent (policy: 45); the other tasks have been silent since issue.
    expect(keys.filter((k) => k.startsWith(`silent:${revenue.id}`))).toEqual([]);
    await sweep('2022-06-20');
    expect(await keysOf(f.p.headA.user.id)).toContain(`silent:${revenue.id}:2022-05-01`);
    expect(await keysOf(f.users.delegateA.user.id)).toEqual([]);
  });

  it('escalates an unanswered support request once: escalated_on set and audited, supporters alerted, assigners told', async () => {
    const f = await makeCommittedAssignment(database.db);
    const base = {
      taskId: f.tasks.poverty.id,
      assignmentId: f.assignment.id,
      kind: 'resources',
      body: 'Đề nghị hỗ trợ kinh phí',
      raisedOn: '2022-06-01',
      raisedBy: f.p.headA.user.id,
    };
    const [toAgency, toAssigner, answered, notYet] = await database.db
      .insert(supportRequests)
      .values([
        {
          ...base,
          subject: 'Kinh phí hỗ trợ hộ nghèo',
          routedTo: 'agency',
          routedToUnitId: f.p.department.id,
          responseDue: '2022-06-10',
        },
        {
          ...base,
          subject: 'Xin ý kiến chỉ đạo',
          routedTo: 'assigner',
          routedToUnitId: f.p.district.id,
          responseDue: '2022-06-10',
        },
        {
          ...base,
          subject: 'Đã trả lời',
          routedTo: 'agency',
          routedToUnitId: f.p.department.id,
          responseDue: '2022-06-05',
          state: 'answered',
        },
        {
          ...base,
          subject: 'Chưa đến hạn',
          routedTo: 'agency',
          routedToUnitId: f.p.department.id,
          responseDue: '2022-06-30',
        },
      ])
      .returning();

    const first = await sweep('2022-06-11');
    expect(first).toMatchObject({ escalatedRequests: 2 });
    const rows = await database.db.select().from(supportRequests);
    const escalated = Object.fromEntries(rows.map((r) => [r.id, r.escalatedOn]));
    expect(escalated).toEqual({
      [toAgency.id]: '2022-06-11',
      [toAssigner.id]: '2022-06-11',
      [answered.id]: null,
      [notYet.id]: null,
    });
    const supporter = f.users.supporter.user.id;
    const assigner = f.p.assigner.user.id;
    expect(await keysOf(supporter)).toEqual([`request_overdue:${toAgency.id}`]);
    expect((await keysOf(assigner)).filter((k) => k.startsWith('request_'))).toEqual(
      [`request_escalated:${toAgency.id}`, `request_overdue:${toAssigner.id}`].sort(),
    );
    expect((await paramsOf(supporter, `request_overdue:${toAgency.id}`)).params).toMatchObject({
      subject: 'Kinh phí hỗ trợ hộ nghèo',
      unitName: 'Xã An',
      routedToUnitName: 'Sở Thử nghiệm',
      responseDue: '2022-06-10',
    });

    const second = await sweep('2022-06-12');
    expect(second).toMatchObject({ escalatedRequests: 0 });
    const [again] = await database.db
      .select({ escalatedOn: supportRequests.escalatedOn })
      .from(supportRequests)
      .where(eq(supportRequests.id, toAgency.id));
    expect(again.escalatedOn).toBe('2022-06-11');
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'support_request'),
          eq(auditEvents.action, 'support_request.escalate'),
        ),
      );
    expect(audits.map((a) => a.entityId).sort()).toEqual([toAgency.id, toAssigner.id].sort());
    expect(audits.every((a) => a.actorUserId === null)).toBe(true);
    const [{ n }] = (
      await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from notifications where key like 'request_%'`,
      )
    ).rows;
    expect(n).toBe(3);
  });
});
