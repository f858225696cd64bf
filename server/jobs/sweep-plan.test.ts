import { describe, expect, it } from 'vitest';
import {
  isoWeek,
  isoWeekBounds,
  planNotifications,
  type RecipientRole,
  type SweepAssignment,
  type SweepFacts,
} from './sweep-plan.ts';

function recipients(table: Partial<Record<`${RecipientRole}:${string}`, string[]>>) {
  return (role: RecipientRole, unitId: string) => table[`${role}:${unitId}`] ?? [];
}

const assignment = (overrides: Partial<SweepAssignment> = {}): SweepAssignment => ({
  assignmentId: 'a1',
  assigneeUnitId: 'commune',
  assigneeUnitName: 'Xã An',
  assigningUnitId: 'district',
  assigningUnitName: 'Huyện Một',
  headName: 'Nguyễn Văn An',
  issuedOn: '2022-03-15',
  tasks: [
    {
      taskId: 't1',
      title: 'Tỷ lệ tiêm chủng',
      status: 'due_soon',
      silent: false,
      deadlineInForce: '2022-06-30',
      lastCheckIn: '2022-06-01',
    },
    {
      taskId: 't2',
      title: 'Thu ngân sách',
      status: 'overdue',
      silent: true,
      deadlineInForce: '2022-06-01',
      lastCheckIn: null,
    },
    {
      taskId: 't3',
      title: 'Giải phóng mặt bằng',
      status: 'done_on_time',
      silent: false,
      deadlineInForce: '2022-05-01',
      lastCheckIn: '2022-04-20',
    },
  ],
  ...overrides,
});

const facts = (overrides: Partial<SweepFacts> = {}): SweepFacts => ({
  today: '2022-06-25',
  assignments: [assignment()],
  requests: [],
  recipients: recipients({
    'head:commune': ['head'],
    'delegate:commune': ['office'],
    'assigner:district': ['btc'],
  }),
  digestDue: false,
  ...overrides,
});

describe('ISO weeks', () => {
  it('numbers weeks from the one holding the first Thursday, across year ends', () => {
    expect(isoWeek('2022-06-25')).toBe('2022-W25');
    expect(isoWeek('2022-06-27')).toBe('2022-W26');
    expect(isoWeek('2022-01-01')).toBe('2021-W52');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeekBounds('2022-06-25')).toEqual({ monday: '2022-06-20', sunday: '2022-06-26' });
    expect(isoWeekBounds('2022-06-27')).toEqual({ monday: '2022-06-27', sunday: '2022-07-03' });
  });
});

describe('planning notifications', () => {
  it('reminds head and delegate of a due-soon task, the head of an overdue or silent one, and escalates overdue to the assigner', () => {
    const plan = planNotifications(facts());
    expect(plan.map((n) => [n.userId, n.key]).sort()).toEqual(
      [
        ['head', 'due_soon:t1:2022-06-30'],
        ['office', 'due_soon:t1:2022-06-30'],
        ['head', 'overdue:t2:2022-06-01'],
        ['btc', 'escalation:t2:2022-06-01'],
        ['head', 'silent:t2:issued'],
      ].sort(),
    );
    const escalation = plan.find((n) => n.kind === 'escalation')!;
    expect(escalation).toMatchObject({ entityType: 'task', entityId: 't2' });
    expect(escalation.params).toMatchObject({ headName: 'Nguyễn Văn An', unitName: 'Xã An' });
  });

  it('says nothing about done, not-done or cancelled tasks, nor to units nobody holds a role on', () => {
    const closed = assignment({
      tasks: assignment().tasks.map((t) => ({ ...t, status: 'not_done' as const, silent: false })),
    });
    // Not even a digest: after the cycle nothing is open.
    expect(planNotifications(facts({ assignments: [closed], digestDue: true }))).toEqual([]);
    expect(planNotifications(facts({ recipients: recipients({}) }))).toEqual([]);
  });

  it('sends one notification per user and key, even to someone holding two roles', () => {
    const plan = planNotifications(
      facts({ recipients: recipients({ 'head:commune': ['head'], 'delegate:commune': ['head'] }) }),
    );
    expect(plan.filter((n) => n.key === 'due_soon:t1:2022-06-30')).toHaveLength(1);
  });

  it('alerts the answering agency and tells the assigners of an overdue request; one routed to the assigners alerts them only', () => {
    const request = {
      requestId: 'r1',
      assignmentId: 'a1',
      taskId: 't1',
      taskTitle: 'Tỷ lệ tiêm chủng',
      subject: 'Kinh phí',
      raisedByUnitName: 'Xã An',
      assigningUnitId: 'district',
      routedTo: 'agency',
      routedToUnitId: 'health',
      routedToUnitName: 'Sở Y tế',
      responseDue: '2022-06-20',
    };
    const who = recipients({ 'supporter:health': ['doctor'], 'assigner:district': ['btc'] });
    const plan = (r: typeof request) =>
      planNotifications(facts({ assignments: [], requests: [r], recipients: who }))
        .map((n) => [n.userId, n.key])
        .sort();
    expect(plan(request)).toEqual([
      ['btc', 'request_escalated:r1'],
      ['doctor', 'request_overdue:r1'],
    ]);
    expect(plan({ ...request, routedTo: 'assigner', routedToUnitId: 'district' })).toEqual([
      ['btc', 'request_overdue:r1'],
    ]);
    // Reply date is today: not yet overdue.
    expect(plan({ ...request, responseDue: '2022-06-25' })).toEqual([]);
  });

  it('gives each head and assigner one digest a week, with a section per unit and open counts', () => {
    const second = assignment({
      assignmentId: 'a2',
      assigneeUnitId: 'commune2',
      assigneeUnitName: 'Xã Bình',
      tasks: [assignment().tasks[0]],
    });
    const plan = planNotifications(
      facts({
        digestDue: true,
        assignments: [assignment(), second],
        requests: [
          {
            requestId: 'r1',
            assignmentId: 'a2',
            taskId: 't1',
            taskTitle: 'x',
            subject: 'y',
            raisedByUnitName: 'Xã Bình',
            assigningUnitId: 'district',
            routedTo: 'agency',
            routedToUnitId: 'health',
            routedToUnitName: 'Sở Y tế',
            responseDue: '2022-06-30',
          },
        ],
        recipients: recipients({
          'head:commune': ['head'],
          'head:commune2': ['head'],
          'assigner:district': ['btc'],
        }),
      }),
    );
    const digests = plan.filter((n) => n.kind === 'digest');
    expect(digests.map((d) => [d.userId, d.key]).sort()).toEqual([
      ['btc', 'digest:2022-W25'],
      ['head', 'digest:2022-W25'],
    ]);
    const head = digests.find((d) => d.userId === 'head')!;
    expect(head.params.sections?.map((s) => [s.unitName, s.counts.openTasks, s.counts.openRequests])).toEqual(
      [
        ['Xã An', 2, 0],
        ['Xã Bình', 1, 1],
      ],
    );
    const btc = digests.find((d) => d.userId === 'btc')!;
    expect(btc.params.sections).toEqual([
      {
        role: 'assigner',
        unitName: 'Huyện Một',
        counts: {
          heads: 2,
          openTasks: 3,
          dueSoon: 2,
          overdue: 1,
          silent: 1,
          openRequests: 1,
          overdueRequests: 0,
        },
      },
    ]);
  });
});
