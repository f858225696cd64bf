import { asc, eq, inArray } from 'drizzle-orm';
import type { AssignmentSupportDto, CommitmentDto, CommitmentState } from '../../../contracts/support.ts';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { supportDeliveries, supportRequests, units, users } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import {
  commitmentStanding,
  owedNotDelivered,
  providerRefusal,
  raiseRefusal,
  recordRefusal,
} from '../../domain/execution/support.ts';
import type { ServiceContext } from '../context.ts';
import { loadRequestViews } from './request-views.ts';
import { loadSupportScope } from './scope.ts';

async function deliveryHistory(q: Queryable, commitmentIds: string[]) {
  if (!commitmentIds.length) return [];
  return q
    .select({ delivery: supportDeliveries, recordedByName: users.displayName })
    .from(supportDeliveries)
    .innerJoin(users, eq(users.id, supportDeliveries.recordedBy))
    .where(inArray(supportDeliveries.commitmentId, commitmentIds))
    .orderBy(asc(supportDeliveries.createdAt), asc(supportDeliveries.id));
}

async function unitNames(q: Queryable, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await q.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The support ledger of an assignment, per task: the commitments (state, due date,
 * delivery, provider, history) and the requests, with the support owed and not
 * delivered as promised on `date` (default today), which evaluation shows beside
 * each task. A functional agency's supporter who does not read the assignment sees
 * only what it owes or was asked; anyone else it does not reach gets 404.
 */
export async function assignmentSupport(
  ctx: ServiceContext,
  assignmentId: string,
  date?: string,
): Promise<AssignmentSupportDto> {
  const today = vietnamDate(ctx.clock());
  const on = date ?? today;
  const scope = await loadSupportScope(ctx, ctx.db, assignmentId);
  const loaded = await loadTasks(ctx.db, assignmentId);
  const requests = await loadRequestViews(ctx.db, eq(supportRequests.assignmentId, assignmentId), {
    actor: ctx.actor,
    today,
  });
  const support = loaded.flatMap((t) => t.support);
  const history = await deliveryHistory(
    ctx.db,
    support.map((s) => s.id),
  );
  const names = await unitNames(ctx.db, [
    ...new Set(support.map((s) => s.providerUnitId).filter((id): id is string => id !== null)),
  ]);

  const agencyRoles = (unitId: string | null) => scope.rolesFor(unitId);
  const seesCommitment = (providerUnitId: string | null) =>
    scope.canRead || agencyRoles(providerUnitId).isAgencySupporter;
  const seesRequest = (r: (typeof requests)[number]) =>
    scope.canRead || (r.routedTo === 'agency' && agencyRoles(r.routedToUnit.id).isAgencySupporter);
  const assignerRoles = agencyRoles(null);

  const tasks = loaded.map(({ task, support: own }) => {
    const commitments: CommitmentDto[] = own
      .filter((s) => seesCommitment(s.providerUnitId))
      .map((s) => {
        const state = s.state as CommitmentState;
        return {
          id: s.id,
          taskId: task.id,
          kind: s.kind,
          description: s.description,
          dueOn: s.dueOn,
          state,
          deliveredOn: s.deliveredOn,
          provider: s.providerUnitId
            ? { unitId: s.providerUnitId, name: names.get(s.providerUnitId) ?? '', isAssigningBody: false }
            : { unitId: scope.assigningUnit.id, name: scope.assigningUnit.name, isAssigningBody: true },
          standing: commitmentStanding({ state, dueOn: s.dueOn, deliveredOn: s.deliveredOn }, on),
          version: s.version,
          history: history
            .filter((h) => h.delivery.commitmentId === s.id)
            .map((h) => ({
              state: h.delivery.state as CommitmentState,
              deliveredOn: h.delivery.deliveredOn,
              note: h.delivery.note,
              recordedByName: h.recordedByName,
              recordedAt: h.delivery.createdAt.toISOString(),
            })),
          abilities: {
            record: recordRefusal(agencyRoles(s.providerUnitId), scope.state) === null,
            setProvider: providerRefusal(assignerRoles, scope.state, null) === null,
          },
        };
      });
    return {
      id: task.id,
      title: task.title,
      position: task.position,
      cancelled: task.cancelledOn !== null,
      commitments,
      requests: requests.filter((r) => r.task.id === task.id && seesRequest(r)),
    };
  });
  const visible = scope.canRead
    ? tasks
    : tasks.filter((t) => t.commitments.length > 0 || t.requests.length > 0);
  if (!visible.length && !scope.canRead) throw notFound('assignment');

  const ledger = visible.flatMap((t) =>
    t.commitments.map((c) => ({ ...c, taskTitle: t.title, taskCancelled: t.cancelled })),
  );
  return {
    assignmentId,
    date: on,
    tasks: visible,
    owedNotDelivered: owedNotDelivered(ledger, on).map(({ commitment: c, reason, daysLate }) => ({
      commitmentId: c.id,
      taskId: c.taskId,
      taskTitle: c.taskTitle,
      description: c.description,
      providerName: c.provider.name,
      dueOn: c.dueOn!,
      deliveredOn: c.deliveredOn,
      reason,
      daysLate,
    })),
    abilities: {
      raiseRequest:
        raiseRefusal({ roles: assignerRoles, assignmentState: scope.state, taskCancelled: false }) === null,
    },
  };
}
