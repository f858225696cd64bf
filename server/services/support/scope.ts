/**
 * What the caller is to the assignment a support record belongs to. Unlike
 * loadAssignmentContext this never refuses on its own: a functional agency's supporter
 * usually cannot read the assignee unit, yet reads and answers what is routed to it.
 */
import type { Queryable } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { notFound } from '../../domain/app-error.ts';
import type { AssignmentState } from '../../domain/assignment/lifecycle.ts';
import { assignmentRoles } from '../../domain/assignment-access.ts';
import { type SupportRoles, supportRoles } from '../../domain/execution/support.ts';
import { onBehalfOfHead } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';

export type SupportScope = Awaited<ReturnType<typeof loadSupportScope>>;

/** The assignment (locked when `lock`), its units, and the caller's reading and acting roles on it. */
export async function loadSupportScope(
  ctx: ServiceContext,
  q: Queryable,
  assignmentId: string,
  lock = false,
) {
  const assignment = await findAssignment(q, assignmentId, lock);
  if (!assignment) throw notFound('assignment');
  // Sequential on purpose: inside a transaction all queries share one connection.
  const assigningUnit = (await findUnit(q, assignment.assigningUnitId))!;
  const assigneeUnit = (await findUnit(q, assignment.assigneeUnitId))!;
  const { canRead } = assignmentRoles(ctx.actor, { assigningUnit, assigneeUnit });
  const rolesFor = (agencyUnitId: string | null): SupportRoles =>
    supportRoles(ctx.actor, {
      assigningUnitId: assigningUnit.id,
      assigneeUnitId: assigneeUnit.id,
      agencyUnitId,
    });
  return {
    assignment,
    state: assignment.state as AssignmentState,
    assigningUnit,
    assigneeUnit,
    /** Reads the whole assignment (its assigner, or a grant reaching the assignee unit). */
    canRead,
    rolesFor,
    /** The context to audit with: a delegate acts on the head's behalf (SPEC §5). */
    async auditCtx(): Promise<ServiceContext> {
      const r = rolesFor(null);
      const acting = r.isDelegate && !r.isHead && !r.isAssigner;
      return acting ? onBehalfOfHead(ctx, q, assigneeUnit.id) : ctx;
    },
  };
}

/**
 * A request is read by whoever reads its assignment, and by the supporters of the
 * agency it is routed to; anyone else gets 404, as if it did not exist.
 */
export function assertCanReadRequest(
  scope: SupportScope,
  request: { routedTo: string; routedToUnitId: string },
): SupportRoles {
  const roles = scope.rolesFor(request.routedTo === 'agency' ? request.routedToUnitId : null);
  if (!scope.canRead && !roles.isAgencySupporter) throw notFound('support_request');
  return roles;
}

/** A commitment is read by whoever reads its assignment, and by the supporters of its provider agency. */
export function assertCanReadCommitment(
  scope: SupportScope,
  commitment: { providerUnitId: string | null },
): SupportRoles {
  const roles = scope.rolesFor(commitment.providerUnitId);
  if (!scope.canRead && !roles.isAgencySupporter) throw notFound('support_commitment');
  return roles;
}
