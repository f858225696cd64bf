/**
 * Support requests as the client sees them: with the task, the units and the people
 * named, days to the response deadline, escalation and the caller's abilities. One
 * query shape serves the inbox, the raised list, one request and the assignment ledger.
 */
import { asc, count, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  SupportRequestDto,
  SupportRequestKind,
  SupportRequestState,
  SupportRoute,
} from '../../../contracts/support.ts';
import type { Queryable } from '../../db/client.ts';
import { assignments, supportRequests, tasks, units, users } from '../../db/schema/index.ts';
import {
  daysToResponseDue,
  isEscalated,
  respondRefusal,
  supportRoles,
  withdrawRefusal,
} from '../../domain/execution/support.ts';
import type { Actor } from '../../domain/permissions.ts';

const assignee = alias(units, 'assignee_unit');
const routed = alias(units, 'routed_unit');
const raiser = alias(users, 'raiser');
const principal = alias(users, 'principal');
const responder = alias(users, 'responder');

function baseQuery(q: Queryable) {
  return q
    .select({
      request: supportRequests,
      taskTitle: tasks.title,
      assigningUnitId: assignments.assigningUnitId,
      assigneeUnitId: assignments.assigneeUnitId,
      assigneeUnitName: assignee.name,
      routedUnitName: routed.name,
      raisedByName: raiser.displayName,
      onBehalfOfName: principal.displayName,
      respondedByName: responder.displayName,
    })
    .from(supportRequests)
    .innerJoin(tasks, eq(tasks.id, supportRequests.taskId))
    .innerJoin(assignments, eq(assignments.id, supportRequests.assignmentId))
    .innerJoin(assignee, eq(assignee.id, assignments.assigneeUnitId))
    .innerJoin(routed, eq(routed.id, supportRequests.routedToUnitId))
    .innerJoin(raiser, eq(raiser.id, supportRequests.raisedBy))
    .leftJoin(principal, eq(principal.id, supportRequests.onBehalfOf))
    .leftJoin(responder, eq(responder.id, supportRequests.respondedBy));
}

type ViewRow = Awaited<ReturnType<typeof baseQuery>>[number];

/** Requests matching `where` (over support_requests and assignments), deadline first. */
export async function loadRequestViews(
  q: Queryable,
  where: SQL | undefined,
  view: { actor: Actor; today: string },
  page?: { limit: number; offset: number },
): Promise<SupportRequestDto[]> {
  const query = baseQuery(q)
    .where(where)
    .orderBy(asc(supportRequests.responseDue), asc(supportRequests.createdAt), asc(supportRequests.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map((r) => toDto(r, view));
}

/** How many requests match `where` (for paging the inbox). */
export async function countRequests(q: Queryable, where: SQL | undefined): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(supportRequests)
    .innerJoin(assignments, eq(assignments.id, supportRequests.assignmentId))
    .where(where);
  return Number(row?.n ?? 0);
}

/** One request as the caller sees it (the caller's right to read it is checked beforehand). */
export async function requestView(q: Queryable, id: string, view: { actor: Actor; today: string }) {
  const [dto] = await loadRequestViews(q, eq(supportRequests.id, id), view);
  return dto!;
}

function toDto(r: ViewRow, view: { actor: Actor; today: string }): SupportRequestDto {
  const req = r.request;
  const state = req.state as SupportRequestState;
  const routedTo = req.routedTo as SupportRoute;
  const roles = supportRoles(view.actor, {
    assigningUnitId: r.assigningUnitId,
    assigneeUnitId: r.assigneeUnitId,
    agencyUnitId: routedTo === 'agency' ? req.routedToUnitId : null,
  });
  const facts = { state, routedTo, responseDue: req.responseDue, escalatedOn: req.escalatedOn };
  return {
    id: req.id,
    assignmentId: req.assignmentId,
    task: { id: req.taskId, title: r.taskTitle },
    assigneeUnit: { id: r.assigneeUnitId, name: r.assigneeUnitName },
    kind: req.kind as SupportRequestKind,
    subject: req.subject,
    body: req.body,
    routedTo,
    routedToUnit: { id: req.routedToUnitId, name: r.routedUnitName },
    raisedOn: req.raisedOn,
    responseDue: req.responseDue,
    daysToResponseDue: daysToResponseDue(facts, view.today),
    state,
    escalated: isEscalated(facts, view.today),
    escalatedOn: req.escalatedOn,
    response: req.response,
    resolved: req.resolved,
    respondedOn: req.respondedOn,
    respondedByName: r.respondedByName,
    raisedByName: r.raisedByName,
    onBehalfOfName: r.onBehalfOfName,
    version: req.version,
    abilities: {
      respond: respondRefusal(facts, roles, view.today) === null,
      withdraw: withdrawRefusal(facts, roles) === null,
    },
  };
}
