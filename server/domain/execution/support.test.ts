import { describe, expect, it } from 'vitest';
import type { CommitmentState, SupportRequestState, SupportRoute } from '../../../contracts/support.ts';
import type { AssignmentState } from '../assignment/lifecycle.ts';
import type { Actor, Grant } from '../permissions.ts';
import {
  commitmentChangeRefusal,
  commitmentStanding,
  daysToResponseDue,
  defaultResponseDue,
  isEscalated,
  orThrow,
  owedNotDelivered,
  providerRefusal,
  raiseRefusal,
  recordRefusal,
  requestTransition,
  respondRefusal,
  responseDueRefusal,
  routingRefusal,
  supportRoles,
  withdrawRefusal,
} from './support.ts';

const grant = (role: Grant['role'], unitId: string, includeSubtree = true): Grant => ({
  role,
  unitId,
  unitPath: `/root/${unitId}/`,
  includeSubtree,
});
const actor = (...grants: Grant[]): Actor => ({ userId: 'u', personId: null, grants });
const units = { assigningUnitId: 'district', assigneeUnitId: 'commune', agencyUnitId: 'dept' };

describe('acting roles on a support record are exact', () => {
  it.each([
    ['an assigner on the assigning unit', actor(grant('assigner', 'district')), 'isAssigner', true],
    ['an assigner on the province above', actor(grant('assigner', 'root')), 'isAssigner', false],
    ['the head of the assignee unit', actor(grant('head', 'commune')), 'isHead', true],
    ['a delegate of the assignee unit', actor(grant('delegate', 'commune')), 'isDelegate', true],
    ['a supporter on the agency', actor(grant('supporter', 'dept')), 'isAgencySupporter', true],
    ['a supporter on the agency’s parent', actor(grant('supporter', 'root')), 'isAgencySupporter', false],
    ['a viewer on the agency', actor(grant('viewer', 'dept')), 'isAgencySupporter', false],
  ] as const)('%s: %s is %s', (_, a, role, expected) => {
    expect(supportRoles(a, units)[role]).toBe(expected);
  });

  it('gives no supporter role when no agency is concerned', () => {
    expect(supportRoles(actor(grant('supporter', 'dept')), { ...units, agencyUnitId: null })).toMatchObject({
      isAgencySupporter: false,
    });
  });
});

describe('response deadlines', () => {
  it('defaults to ten days after raising', () => {
    expect(defaultResponseDue('2022-03-20')).toBe('2022-03-30');
  });

  it.each([
    ['the same day', '2022-03-20', 'support_response_due_invalid'],
    ['the day before', '2022-03-19', 'support_response_due_invalid'],
    ['the next day', '2022-03-21', null],
    ['exactly 60 days later', '2022-05-19', null],
    ['61 days later', '2022-05-20', 'support_response_due_invalid'],
  ])('a deadline on %s (%s) → %s', (_, due, code) => {
    expect(responseDueRefusal('2022-03-20', due)?.code ?? null).toBe(code);
  });

  it('names the field and the latest allowed date', () => {
    expect(responseDueRefusal('2022-03-20', '2022-12-31')).toEqual({
      code: 'support_response_due_invalid',
      field: 'responseDue',
      params: { raisedOn: '2022-03-20', max: '2022-05-19', maxDays: 60 },
    });
  });

  it.each([
    ['open, before the deadline', 'open', '2022-03-30', null, '2022-03-25', 5, false],
    ['open, on the deadline day', 'open', '2022-03-30', null, '2022-03-30', 0, false],
    ['open, a day past the deadline', 'open', '2022-03-30', null, '2022-03-31', -1, true],
    ['open, stamped by the sweep', 'open', '2022-03-30', '2022-03-31', '2022-03-31', -1, true],
    ['answered late, stamped before', 'answered', '2022-03-30', '2022-03-31', '2022-04-02', null, true],
    ['answered, never stamped', 'answered', '2022-03-30', null, '2022-04-10', null, false],
  ] as const)(
    '%s: days left %s, escalated %s',
    (_, state, responseDue, escalatedOn, today, days, escalated) => {
      const request = { state: state as SupportRequestState, responseDue, escalatedOn };
      expect(daysToResponseDue(request, today)).toBe(days);
      expect(isEscalated(request, today)).toBe(escalated);
    },
  );
});

describe('raising a request', () => {
  const ok = {
    roles: { isHead: true, isDelegate: false },
    assignmentState: 'committed',
    taskCancelled: false,
  };
  it.each([
    ['the head on a committed assignment', ok, null],
    [
      'a delegate while in progress',
      { ...ok, roles: { isHead: false, isDelegate: true }, assignmentState: 'in_progress' },
      null,
    ],
    [
      'someone who is neither head nor delegate',
      { ...ok, roles: { isHead: false, isDelegate: false } },
      'forbidden',
    ],
    ['a draft assignment', { ...ok, assignmentState: 'draft' }, 'support_assignment_not_in_execution'],
    [
      'an issued, uncommitted assignment',
      { ...ok, assignmentState: 'issued' },
      'support_assignment_not_in_execution',
    ],
    [
      'a self-assessed assignment',
      { ...ok, assignmentState: 'self_assessed' },
      'support_assignment_not_in_execution',
    ],
    ['a cancelled task', { ...ok, taskCancelled: true }, 'support_task_cancelled'],
  ] as const)('%s → %s', (_, input, code) => {
    expect(
      raiseRefusal({ ...input, assignmentState: input.assignmentState as AssignmentState })?.code ?? null,
    ).toBe(code);
  });

  const open = { id: 'dept', closedOn: null };
  it.each([
    ['to the assigner', 'assigner', null, undefined, null],
    ['to the assigner naming an agency', 'assigner', 'dept', open, 'support_agency_not_expected'],
    ['to an agency without naming it', 'agency', null, undefined, 'support_agency_required'],
    ['to an open agency', 'agency', 'dept', open, null],
    ['to an unknown agency', 'agency', 'nowhere', undefined, 'support_agency_invalid'],
    [
      'to a closed agency',
      'agency',
      'dept',
      { id: 'dept', closedOn: '2021-12-31' },
      'support_agency_invalid',
    ],
    [
      'to the assignee unit itself',
      'agency',
      'commune',
      { id: 'commune', closedOn: null },
      'support_agency_invalid',
    ],
  ] as const)('routing %s → %s', (_, routedTo, agencyUnitId, agency, code) => {
    const refusal = routingRefusal({ routedTo: routedTo as SupportRoute, agencyUnitId }, agency, 'commune');
    expect(refusal?.code ?? null).toBe(code);
    if (refusal) expect(refusal.field).toBe('agencyUnitId');
  });
});

describe('answering and withdrawing requests', () => {
  it.each([
    ['respond', 'open', 'answered'],
    ['withdraw', 'open', 'withdrawn'],
    ['respond', 'answered', 'support_request_closed'],
    ['respond', 'withdrawn', 'support_request_closed'],
    ['withdraw', 'answered', 'support_request_closed'],
    ['withdraw', 'withdrawn', 'support_request_closed'],
  ] as const)('%s on an %s request → %s', (action, state, expected) => {
    const step = requestTransition(state, action);
    expect('to' in step ? step.to : step.refusal.code).toBe(expected);
  });

  const today = '2022-04-05';
  const roles = (isAssigner: boolean, isAgencySupporter: boolean) => ({ isAssigner, isAgencySupporter });
  const request = (
    routedTo: SupportRoute,
    state: SupportRequestState = 'open',
    responseDue = '2022-04-10',
    escalatedOn: string | null = null,
  ) => ({ routedTo, state, responseDue, escalatedOn });
  it.each([
    ['the agency supporter, routed to the agency', request('agency'), roles(false, true), null],
    ['the assigner, routed to the assigner', request('assigner'), roles(true, false), null],
    [
      'the assigner, routed to an agency, not yet due',
      request('agency'),
      roles(true, false),
      'support_not_escalated',
    ],
    [
      'the assigner, routed to an agency, past due',
      request('agency', 'open', '2022-04-01'),
      roles(true, false),
      null,
    ],
    [
      'the assigner, escalated by the sweep',
      request('agency', 'open', '2022-04-04', '2022-04-05'),
      roles(true, false),
      null,
    ],
    [
      'the agency supporter after escalation',
      request('agency', 'open', '2022-04-01'),
      roles(false, true),
      null,
    ],
    [
      'a supporter of an agency, routed to the assigner',
      request('assigner'),
      roles(false, true),
      'forbidden',
    ],
    ['nobody with a responding role', request('agency'), roles(false, false), 'forbidden'],
    [
      'the agency supporter, already answered',
      request('agency', 'answered'),
      roles(false, true),
      'support_request_closed',
    ],
    [
      'the assigner, withdrawn',
      request('assigner', 'withdrawn'),
      roles(true, false),
      'support_request_closed',
    ],
    ['an outsider, already answered', request('agency', 'answered'), roles(false, false), 'forbidden'],
  ] as const)('%s → %s', (_, req, r, code) => {
    expect(respondRefusal(req, r, today)?.code ?? null).toBe(code);
  });

  it.each([
    ['the head, open', 'open', true, false, null],
    ['a delegate, open', 'open', false, true, null],
    ['someone else, open', 'open', false, false, 'forbidden'],
    ['the head, answered', 'answered', true, false, 'support_request_closed'],
  ] as const)('withdrawing: %s → %s', (_, state, isHead, isDelegate, code) => {
    expect(withdrawRefusal({ state }, { isHead, isDelegate })?.code ?? null).toBe(code);
  });

  it('turns a refusal into an AppError naming the field', () => {
    expect(() => orThrow({ code: 'support_agency_required', field: 'agencyUnitId' })).toThrow(
      expect.objectContaining({
        code: 'support_agency_required',
        fields: [{ field: 'agencyUnitId', code: 'support_agency_required' }],
      }),
    );
    expect(() => orThrow(null)).not.toThrow();
  });
});

describe('recording support commitments', () => {
  it.each([
    ['the assigner while in progress', true, false, 'in_progress', null],
    ['the provider’s supporter while scored', false, true, 'scored', null],
    ['someone else', false, false, 'in_progress', 'forbidden'],
    ['the assigner on an issued, uncommitted assignment', true, false, 'issued', 'support_ledger_closed'],
    ['the assigner once finalized', true, false, 'finalized', 'support_ledger_closed'],
  ] as const)('%s → %s', (_, isAssigner, isAgencySupporter, state, code) => {
    expect(recordRefusal({ isAssigner, isAgencySupporter }, state)?.code ?? null).toBe(code);
  });

  it.each([
    ['the assigner names an open agency', true, { closedOn: null }, null],
    ['the assigner clears the agency', true, null, null],
    ['the assigner names an unknown unit', true, undefined, 'support_provider_invalid'],
    ['the assigner names a closed unit', true, { closedOn: '2022-01-01' }, 'support_provider_invalid'],
    ['a supporter tries', false, { closedOn: null }, 'forbidden'],
  ] as const)('provider: %s → %s', (_, isAssigner, provider, code) => {
    expect(providerRefusal({ isAssigner }, 'committed', provider)?.code ?? null).toBe(code);
  });

  const today = '2022-06-10';
  const due = { dueOn: '2022-05-31' };
  it.each([
    ['due, no date', due, 'due', null, null],
    ['due with a date', due, 'due', '2022-05-01', 'support_delivered_on_not_allowed'],
    ['delivered before the due date', due, 'delivered', '2022-05-20', null],
    ['delivered on the due date', due, 'delivered', '2022-05-31', null],
    ['delivered without a date', due, 'delivered', null, 'support_delivered_on_required'],
    ['delivered after the due date', due, 'delivered', '2022-06-01', 'support_delivered_after_due'],
    ['delivered tomorrow', due, 'delivered', '2022-06-11', 'support_delivered_on_in_future'],
    ['delivered, no due date', { dueOn: null }, 'delivered', '2022-06-01', null],
    ['late, given after the due date', due, 'late', '2022-06-05', null],
    ['late, given on the due date', due, 'late', '2022-05-31', 'support_not_late'],
    ['late, not given and past due', due, 'late', null, null],
    ['late, not given and not yet due', { dueOn: '2022-06-30' }, 'late', null, 'support_not_late'],
    ['late, not given, due today', { dueOn: today }, 'late', null, 'support_not_late'],
    ['late, given in the future', due, 'late', '2022-06-20', 'support_delivered_on_in_future'],
    ['late, no due date', { dueOn: null }, 'late', null, 'support_no_due_date'],
  ] as const)('%s → %s', (_, commitment, state, deliveredOn, code) => {
    expect(commitmentChangeRefusal(commitment, { state, deliveredOn }, today)?.code ?? null).toBe(code);
  });
});

describe('support owed and not delivered on a date', () => {
  const c = (
    state: CommitmentState,
    dueOn: string | null,
    deliveredOn: string | null,
    taskCancelled = false,
  ) => ({
    state,
    dueOn,
    deliveredOn,
    taskCancelled,
  });
  it.each([
    ['due, before its due date', c('due', '2022-05-31', null), '2022-05-31', 'pending'],
    ['due, past its due date (late-owed)', c('due', '2022-05-31', null), '2022-06-01', 'overdue'],
    ['due, no due date', c('due', null, null), '2022-12-31', 'pending'],
    ['delivered on time', c('delivered', '2022-05-31', '2022-05-20'), '2022-12-31', 'delivered'],
    [
      'delivered on time, looked at before delivery',
      c('delivered', '2022-05-31', '2022-05-20'),
      '2022-05-10',
      'pending',
    ],
    [
      'delivered, recorded after a past date',
      c('delivered', '2022-05-31', '2022-05-31'),
      '2022-05-30',
      'pending',
    ],
    ['late, given late', c('late', '2022-05-31', '2022-06-15'), '2022-12-31', 'delivered_late'],
    [
      'late, given late, looked at before it was given',
      c('late', '2022-05-31', '2022-06-15'),
      '2022-06-10',
      'not_delivered',
    ],
    ['late, not given', c('late', '2022-05-31', null), '2022-12-31', 'not_delivered'],
  ] as const)('%s → %s', (_, commitment, date, standing) => {
    expect(commitmentStanding(commitment, date)).toBe(standing);
  });

  it('lists what was owed and not delivered as promised, with days late, leaving cancelled tasks out', () => {
    const list = [
      { id: 'a', ...c('due', '2022-05-31', null) },
      { id: 'b', ...c('delivered', '2022-05-31', '2022-05-01') },
      { id: 'c', ...c('late', '2022-05-31', '2022-06-10') },
      { id: 'd', ...c('late', '2022-04-30', null) },
      { id: 'e', ...c('due', '2022-12-31', null) },
      { id: 'f', ...c('due', '2022-05-31', null, true) },
    ];
    expect(owedNotDelivered(list, '2022-06-30').map((o) => [o.commitment.id, o.reason, o.daysLate])).toEqual([
      ['a', 'overdue', 30],
      ['c', 'delivered_late', 10],
      ['d', 'not_delivered', 61],
    ]);
  });
});
