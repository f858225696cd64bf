/**
 * Support owed to a head ("khoán sản phẩm nhưng không khoán trắng", SPEC §1-2): the
 * commitments made at assignment and the requests a head raises on a task. Pure rules:
 * who may act, which transitions are allowed, response deadlines, and which support was
 * owed and not delivered on a date. Refusals are returned, not thrown, so that tables of
 * cases read plainly; `orThrow` turns one into the AppError the services raise.
 */

import type { ErrorCode } from '../../../contracts/errors.ts';
import type {
  CommitmentState,
  OwedReason,
  SupportRequestState,
  SupportRoute,
} from '../../../contracts/support.ts';
import { SUPPORT_LIMITS } from '../../../contracts/support.ts';
import { AppError } from '../app-error.ts';
import { addDays, daysBetween, type IsoDate } from '../assignment/calendar.ts';
import type { AssignmentState } from '../assignment/lifecycle.ts';
import type { Actor } from '../permissions.ts';

/** Why an action is refused: an error code, the field it concerns, message parameters. */
export type Refusal = { code: ErrorCode; field?: string; params?: Record<string, unknown> };

/** Throws the refusal as an AppError; does nothing for null. */
export function orThrow(refusal: Refusal | null): void {
  if (!refusal) return;
  throw new AppError(
    refusal.code,
    refusal.params ?? {},
    refusal.field ? [{ field: refusal.field, code: refusal.code }] : [],
  );
}

/** The exact acting roles one support record gives the actor (reading roles reach; acting roles do not). */
export type SupportRoles = {
  /** Assigner on the assigning unit itself. */
  isAssigner: boolean;
  /** Head or delegate of the assignee unit itself. */
  isHead: boolean;
  isDelegate: boolean;
  /** Supporter on the functional agency concerned (the request's agency, the commitment's provider). */
  isAgencySupporter: boolean;
};

/** The actor's exact roles on a support record; `agencyUnitId` is null when no agency is concerned. */
export function supportRoles(
  actor: Actor,
  units: { assigningUnitId: string; assigneeUnitId: string; agencyUnitId: string | null },
): SupportRoles {
  const exact = (role: string, unitId: string | null) =>
    unitId !== null && actor.grants.some((g) => g.role === role && g.unitId === unitId);
  return {
    isAssigner: exact('assigner', units.assigningUnitId),
    isHead: exact('head', units.assigneeUnitId),
    isDelegate: exact('delegate', units.assigneeUnitId),
    isAgencySupporter: exact('supporter', units.agencyUnitId),
  };
}

// ---------------------------------------------------------------- requests

/** Requests are raised while the head executes the assignment. */
const RAISING_STATES: readonly AssignmentState[] = ['committed', 'in_progress'];

/** The response deadline when the head names none. */
export function defaultResponseDue(raisedOn: IsoDate): IsoDate {
  return addDays(raisedOn, SUPPORT_LIMITS.defaultResponseDays);
}

/** A response deadline must fall after the day of raising and at most 60 days later. */
export function responseDueRefusal(raisedOn: IsoDate, responseDue: IsoDate): Refusal | null {
  const days = daysBetween(raisedOn, responseDue);
  if (days >= 1 && days <= SUPPORT_LIMITS.maxResponseDays) return null;
  return {
    code: 'support_response_due_invalid',
    field: 'responseDue',
    params: {
      raisedOn,
      max: addDays(raisedOn, SUPPORT_LIMITS.maxResponseDays),
      maxDays: SUPPORT_LIMITS.maxResponseDays,
    },
  };
}

/** Only the head (or a delegate for them) raises requests, on a live task of an assignment in execution. */
export function raiseRefusal(input: {
  roles: Pick<SupportRoles, 'isHead' | 'isDelegate'>;
  assignmentState: AssignmentState;
  taskCancelled: boolean;
}): Refusal | null {
  if (!input.roles.isHead && !input.roles.isDelegate) return { code: 'forbidden' };
  if (!RAISING_STATES.includes(input.assignmentState))
    return { code: 'support_assignment_not_in_execution', params: { state: input.assignmentState } };
  if (input.taskCancelled) return { code: 'support_task_cancelled', field: 'taskId' };
  return null;
}

/**
 * A request goes to the assigning body, or to a functional agency: an existing open
 * unit other than the assignee unit itself (a unit does not answer its own request).
 */
export function routingRefusal(
  input: { routedTo: SupportRoute; agencyUnitId: string | null },
  agency: { id: string; closedOn: string | null } | undefined,
  assigneeUnitId: string,
): Refusal | null {
  if (input.routedTo === 'assigner') {
    return input.agencyUnitId ? { code: 'support_agency_not_expected', field: 'agencyUnitId' } : null;
  }
  if (!input.agencyUnitId) return { code: 'support_agency_required', field: 'agencyUnitId' };
  if (!agency || agency.closedOn !== null || agency.id === assigneeUnitId)
    return { code: 'support_agency_invalid', field: 'agencyUnitId' };
  return null;
}

/**
 * An open request past its response deadline has escalated to the assigner. The
 * reminder sweep stamps `escalatedOn` (and notifies); the deadline alone already
 * decides, so a late or missed sweep never keeps the assigner from answering.
 */
export function isEscalated(
  request: { state: SupportRequestState; responseDue: IsoDate; escalatedOn: IsoDate | null },
  today: IsoDate,
): boolean {
  if (request.escalatedOn !== null) return true;
  return request.state === 'open' && today > request.responseDue;
}

/** Days from `today` to the response deadline of an open request (negative: overdue); null when closed. */
export function daysToResponseDue(
  request: { state: SupportRequestState; responseDue: IsoDate },
  today: IsoDate,
): number | null {
  return request.state === 'open' ? daysBetween(today, request.responseDue) : null;
}

/** Request actions and the state each leads to; answered and withdrawn requests are closed for good. */
const REQUEST_TRANSITIONS = {
  respond: { from: 'open', to: 'answered' },
  withdraw: { from: 'open', to: 'withdrawn' },
} as const satisfies Record<string, { from: SupportRequestState; to: SupportRequestState }>;
export type RequestAction = keyof typeof REQUEST_TRANSITIONS;

/** The state `action` moves a request to, or the refusal when the request is already closed. */
export function requestTransition(
  state: SupportRequestState,
  action: RequestAction,
): { to: SupportRequestState } | { refusal: Refusal } {
  const rule = REQUEST_TRANSITIONS[action];
  if (state === rule.from) return { to: rule.to };
  return { refusal: { code: 'support_request_closed', params: { state, action } } };
}

/**
 * Who answers: the agency's supporter when routed to an agency; the assigner when
 * routed to the assigner, or once the request has escalated. Responders are checked
 * before the state, so that someone who could never answer learns nothing more.
 */
export function respondRefusal(
  request: {
    state: SupportRequestState;
    routedTo: SupportRoute;
    responseDue: IsoDate;
    escalatedOn: IsoDate | null;
  },
  roles: Pick<SupportRoles, 'isAssigner' | 'isAgencySupporter'>,
  today: IsoDate,
): Refusal | null {
  const agencyAnswers = request.routedTo === 'agency' && roles.isAgencySupporter;
  if (!agencyAnswers && !roles.isAssigner) return { code: 'forbidden' };
  const step = requestTransition(request.state, 'respond');
  if ('refusal' in step) return step.refusal;
  if (agencyAnswers || request.routedTo === 'assigner') return null;
  if (isEscalated(request, today)) return null;
  return { code: 'support_not_escalated', params: { responseDue: request.responseDue } };
}

/** The head (or a delegate) withdraws their own open request. */
export function withdrawRefusal(
  request: { state: SupportRequestState },
  roles: Pick<SupportRoles, 'isHead' | 'isDelegate'>,
): Refusal | null {
  if (!roles.isHead && !roles.isDelegate) return { code: 'forbidden' };
  const step = requestTransition(request.state, 'withdraw');
  return 'refusal' in step ? step.refusal : null;
}

// ---------------------------------------------------------------- commitments

/**
 * The ledger is kept from the head's commitment until the results are finalized
 * (before the commitment a returned draft may still rewrite its commitments).
 */
const LEDGER_STATES: readonly AssignmentState[] = ['committed', 'in_progress', 'self_assessed', 'scored'];

/** The assigner, or the supporter of the agency named as provider, records a commitment's state. */
export function recordRefusal(
  roles: Pick<SupportRoles, 'isAssigner' | 'isAgencySupporter'>,
  assignmentState: AssignmentState,
): Refusal | null {
  if (!roles.isAssigner && !roles.isAgencySupporter) return { code: 'forbidden' };
  if (!LEDGER_STATES.includes(assignmentState))
    return { code: 'support_ledger_closed', params: { state: assignmentState } };
  return null;
}

/** Only the assigner names (or clears) the functional agency that owes a commitment. */
export function providerRefusal(
  roles: Pick<SupportRoles, 'isAssigner'>,
  assignmentState: AssignmentState,
  provider: { closedOn: string | null } | undefined | null,
): Refusal | null {
  if (!roles.isAssigner) return { code: 'forbidden' };
  if (!LEDGER_STATES.includes(assignmentState))
    return { code: 'support_ledger_closed', params: { state: assignmentState } };
  if (provider === undefined || (provider && provider.closedOn !== null))
    return { code: 'support_provider_invalid', field: 'providerUnitId' };
  return null;
}

/**
 * A new state for a commitment due on `dueOn`, checked against `today`:
 * - due: still owed, no delivery date (also corrects an earlier record);
 * - delivered: given on `deliveredOn`, no later than today and no later than the due date;
 * - late: given after the due date (`deliveredOn`), or, without a date, not given and past due.
 */
export function commitmentChangeRefusal(
  commitment: { dueOn: IsoDate | null },
  change: { state: CommitmentState; deliveredOn: IsoDate | null },
  today: IsoDate,
): Refusal | null {
  const { dueOn } = commitment;
  const { state, deliveredOn } = change;
  if (state === 'due') {
    return deliveredOn ? { code: 'support_delivered_on_not_allowed', field: 'deliveredOn' } : null;
  }
  if (deliveredOn && deliveredOn > today)
    return { code: 'support_delivered_on_in_future', field: 'deliveredOn', params: { deliveredOn, today } };
  if (state === 'delivered') {
    if (!deliveredOn) return { code: 'support_delivered_on_required', field: 'deliveredOn' };
    if (dueOn && deliveredOn > dueOn)
      return { code: 'support_delivered_after_due', field: 'state', params: { dueOn } };
    return null;
  }
  if (!dueOn) return { code: 'support_no_due_date', field: 'state' };
  const lateOn = deliveredOn ?? today;
  if (lateOn > dueOn) return null;
  return { code: 'support_not_late', field: deliveredOn ? 'deliveredOn' : 'state', params: { dueOn } };
}

/** Where a commitment stands on `date`: pending, delivered, or one of the owed reasons. */
export type CommitmentStanding = 'pending' | 'delivered' | OwedReason;

/**
 * A commitment's standing on `date`, from its recorded state. A delivery recorded
 * after `date` had not happened yet on it; the due date passes at the end of its day.
 */
export function commitmentStanding(
  c: { state: CommitmentState; dueOn: IsoDate | null; deliveredOn: IsoDate | null },
  date: IsoDate,
): CommitmentStanding {
  const pastDue = c.dueOn !== null && date > c.dueOn;
  const givenBy = c.state !== 'due' && c.deliveredOn !== null && c.deliveredOn <= date;
  if (givenBy) {
    return c.dueOn !== null && c.deliveredOn! > c.dueOn ? 'delivered_late' : 'delivered';
  }
  if (!pastDue) return 'pending';
  // Recorded late without a date: the provider confirmed it was not given.
  if (c.state === 'late' && c.deliveredOn === null) return 'not_delivered';
  return c.state === 'due' ? 'overdue' : 'not_delivered';
}

/** One commitment the superior owed and did not deliver as promised. */
export type OwedEntry<C> = { commitment: C; reason: OwedReason; daysLate: number };

/**
 * The support owed and not delivered as promised on `date` (shown at evaluation time,
 * next to the task concerned): overdue and never recorded, recorded as not given, or
 * given after its due date. Commitments of cancelled tasks are left out, like the tasks.
 */
export function owedNotDelivered<
  C extends {
    state: CommitmentState;
    dueOn: IsoDate | null;
    deliveredOn: IsoDate | null;
    taskCancelled: boolean;
  },
>(commitments: readonly C[], date: IsoDate): OwedEntry<C>[] {
  const owed: OwedEntry<C>[] = [];
  for (const c of commitments) {
    if (c.taskCancelled) continue;
    const standing = commitmentStanding(c, date);
    if (standing === 'pending' || standing === 'delivered') continue;
    const until = standing === 'delivered_late' ? c.deliveredOn! : date;
    owed.push({ commitment: c, reason: standing, daysLate: daysBetween(c.dueOn!, until) });
  }
  return owed;
}
