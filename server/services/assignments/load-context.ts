import type { Queryable } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { currentPolicy, findCycle } from '../../db/repositories/cycles.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { notFound } from '../../domain/app-error.ts';
import type { AssignmentState } from '../../domain/assignment/lifecycle.ts';
import { assignmentRoles } from '../../domain/assignment-access.ts';
import type { ServiceContext } from '../context.ts';

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
  return {
    assignment,
    state: assignment.state as AssignmentState,
    assigningUnit: assigningUnit!,
    assigneeUnit: assigneeUnit!,
    cycle: cycle!.cycle,
    policy: policy!.params,
    roles,
  };
}
