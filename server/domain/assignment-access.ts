import type { ActorRoleFacts, AssignmentState } from './assignment/lifecycle.ts';
import { allowedActions, canAdjust, canEditTasksDirectly } from './assignment/lifecycle.ts';
import { type Actor, canReadUnit, grantReaches } from './permissions.ts';

type UnitRef = { id: string; path: string };

/**
 * What the actor is to one assignment. Acting roles are exact: the assigner
 * acts for the unit its grant names (a province's assigner does not issue a
 * district's assignments), the head and delegate for their own unit. Reading
 * follows the usual reach of every grant.
 */
export function assignmentRoles(
  actor: Actor,
  a: { assigningUnit: UnitRef; assigneeUnit: UnitRef },
): ActorRoleFacts & { canRead: boolean } {
  const exact = (role: string, unit: UnitRef) =>
    actor.grants.some((g) => g.role === role && g.unitId === unit.id);
  const isAssigner = exact('assigner', a.assigningUnit);
  const isHead = exact('head', a.assigneeUnit);
  const isDelegate = exact('delegate', a.assigneeUnit);
  return { isAssigner, isHead, isDelegate, canRead: isAssigner || canReadUnit(actor, a.assigneeUnit) };
}

/** True when the actor may draft assignments on behalf of `assigningUnit`. */
export function canAssignFrom(actor: Actor, assigningUnit: UnitRef): boolean {
  return actor.grants.some((g) => g.role === 'assigner' && g.unitId === assigningUnit.id);
}

/** True when the actor may register (propose) the tasks of `assigneeUnit` as its head or delegate. */
export function canRegisterFor(actor: Actor, assigneeUnit: UnitRef): boolean {
  return actor.grants.some(
    (g) => (g.role === 'head' || g.role === 'delegate') && g.unitId === assigneeUnit.id,
  );
}

/** Cycles are created and their policies edited by the owner unit's assigner or an admin over it. */
export function canManageCycle(actor: Actor, owner: UnitRef): boolean {
  return (
    canAssignFrom(actor, owner) || actor.grants.some((g) => g.role === 'admin' && grantReaches(g, owner))
  );
}

/** A cycle is visible to whoever reads its owner unit or holds any grant inside the owner's subtree. */
export function canSeeCycle(actor: Actor, owner: UnitRef): boolean {
  return canReadUnit(actor, owner) || actor.grants.some((g) => g.unitPath.startsWith(owner.path));
}

/** The abilities sent with an assignment. */
export function assignmentAbilities(roles: ActorRoleFacts, state: AssignmentState) {
  const actions = allowedActions(state, roles);
  const editor = roles.isAssigner || roles.isHead || !!roles.isDelegate;
  return {
    edit: editor && canEditTasksDirectly(state),
    issue: actions.includes('issue'),
    commit: actions.includes('commit'),
    return: actions.includes('return'),
    requestAdjustment: (roles.isAssigner || roles.isHead) && canAdjust(state),
    decideAdjustment: roles.isAssigner && canAdjust(state),
    exportTasks: true,
    importTasks: editor && canEditTasksDirectly(state),
  };
}
