import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { currentPolicy, findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { roleGrants } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import type { AssignmentState } from '../../domain/assignment/lifecycle.ts';
import { assignmentRoles } from '../../domain/assignment-access.ts';
import type { ServiceContext } from '../context.ts';

/** The caller's context marked as acting for the head of `unitId` (the account holding its head role). */
export async function onBehalfOfHead(
  ctx: ServiceContext,
  q: Queryable,
  unitId: string,
): Promise<ServiceContext> {
  const [head] = await q
    .select({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(and(eq(roleGrants.unitId, unitId), eq(roleGrants.role, 'head'), isNull(roleGrants.revokedAt)))
    .limit(1);
  return head ? { ...ctx, onBehalfOfUserId: head.userId } : ctx;
}

/**
 * Loads an assignment with its cycle, policy, units and the caller's roles on it;
 * 404 when the caller cannot read it. `lock` takes the assignment's row lock,
 * which every change to it or its tasks holds.
 */
export async function loadAssignmentContext(ctx: ServiceContext, q: Queryable, id: string, lock = false) {
  const assignment = await findAssignment(q, id, lock);
  if (!assignment) throw notFound('assignment');
  // Sequential on purpose: inside a transaction all queries share one connection.
  const assigningUnit = await findUnit(q, assignment.assigningUnitId);
  const assigneeUnit = await findUnit(q, assignment.assigneeUnitId);
  const cycle = await findCycle(q, assignment.cycleId);
  const policy = await currentPolicy(q, assignment.cycleId);
  const roles = assignmentRoles(ctx.actor, { assigningUnit: assigningUnit!, assigneeUnit: assigneeUnit! });
  if (!roles.canRead) throw notFound('assignment');
  const acting = roles.isDelegate && !roles.isHead && !roles.isAssigner;
  return {
    /** The context to audit with: a delegate's entries are recorded on the head's behalf (SPEC §5). */
    auditCtx: acting ? await onBehalfOfHead(ctx, q, assigneeUnit!.id) : ctx,
    assignment,
    state: assignment.state as AssignmentState,
    assigningUnit: assigningUnit!,
    assigneeUnit: assigneeUnit!,
    cycle: cycle!.cycle,
    policy: policy!.params,
    roles,
  };
}
