import type { Role } from '../../contracts/roles.ts';
import { isInSubtree } from './org-tree.ts';

/**
 * Who may do what (SPEC §5), as pure functions over the caller's grants.
 * Services call these before acting; presenters send their answers to the
 * client as `abilities`, so the client never re-derives a rule.
 */
export type Grant = { role: Role; unitId: string; unitPath: string; includeSubtree: boolean };
export type Actor = { userId: string; personId: string | null; grants: Grant[] };
type UnitRef = { id: string; path: string };

/** True when a grant covers `unit`: the unit itself, or its subtree when the grant says so. */
export function grantReaches(grant: Grant, unit: UnitRef): boolean {
  if (grant.unitId === unit.id) return true;
  return grant.includeSubtree && isInSubtree(unit, { path: grant.unitPath });
}

/** True when the actor holds one of `roles` on a grant that reaches `unit`. */
export function hasRoleOn(actor: Actor, unit: UnitRef, roles: readonly Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && grantReaches(g, unit));
}

/** Every role reads the units its grants reach. */
export function canReadUnit(actor: Actor, unit: UnitRef): boolean {
  return actor.grants.some((g) => grantReaches(g, unit));
}

/** Creating, renaming, moving and closing units belongs to admins (restructuring). */
export function canManageUnit(actor: Actor, unit: UnitRef): boolean {
  return hasRoleOn(actor, unit, ['admin']);
}

/** Creating a unit needs admin reach over the parent; a new root (a new tree) is made only by the system (CLI). */
export function canCreateUnitUnder(actor: Actor, parent: UnitRef | null): boolean {
  if (parent) return canManageUnit(actor, parent);
  return actor.grants.some((g) => g.role === 'admin' && g.includeSubtree && g.unitPath === '/');
}

/**
 * The actor used by the CLI and the seed: admin over every tree. Its grant's
 * path "/" is a prefix of every unit path. No user account can hold it.
 */
export const SYSTEM_ACTOR: Actor = {
  userId: '',
  personId: null,
  grants: [{ role: 'admin', unitId: '*', unitPath: '/', includeSubtree: true }],
};

/** Posts and who holds them are kept by admins and by the assigning body (its organisation commission). */
export function canManagePosts(actor: Actor, unit: UnitRef): boolean {
  return hasRoleOn(actor, unit, ['admin', 'assigner']);
}

/** Granting a role on a unit needs admin reach over that unit. */
export function canGrantOn(actor: Actor, unit: UnitRef): boolean {
  return canManageUnit(actor, unit);
}

/** Any admin manages accounts; what those accounts may do is bounded by `canGrantOn`. */
export function canManageUsers(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'admin');
}

/**
 * An admin manages an account only when their admin grants reach every unit the
 * account holds a role on (an account with no role yet: any admin), so a
 * district admin can never reset the province admin's password.
 */
export function canManageUser(actor: Actor, accountGrantUnits: UnitRef[]): boolean {
  return canManageUsers(actor) && accountGrantUnits.every((u) => hasRoleOn(actor, u, ['admin']));
}

/** A person is readable by themself, and by anyone who reads a unit where they held a post. */
export function canReadPerson(actor: Actor, personId: string, postUnits: UnitRef[]): boolean {
  if (actor.personId === personId) return true;
  // Someone not yet appointed anywhere is seen by those who record people: admins and assigning bodies.
  if (postUnits.length === 0) return canManageUsers(actor) || actor.grants.some((g) => g.role === 'assigner');
  return postUnits.some((u) => canReadUnit(actor, u));
}

/** A person's record is edited by whoever manages posts in one of their units, or any admin if they hold none. */
export function canUpdatePerson(actor: Actor, postUnits: UnitRef[]): boolean {
  if (postUnits.length === 0) return canManageUsers(actor);
  return postUnits.some((u) => canManagePosts(actor, u));
}

/** The audit trail of a unit is read by admins over it. */
export function canReadAudit(actor: Actor, unit: UnitRef): boolean {
  return hasRoleOn(actor, unit, ['admin']);
}

/** The abilities sent to the client with each unit. */
export function unitAbilities(actor: Actor, unit: UnitRef & { closedOn: string | null }) {
  const manage = canManageUnit(actor, unit);
  return {
    read: canReadUnit(actor, unit),
    update: manage,
    move: manage && unit.closedOn === null,
    close: manage && unit.closedOn === null,
    createChild: manage && unit.closedOn === null,
    managePosts: canManagePosts(actor, unit),
    grantRoles: canGrantOn(actor, unit),
    readAudit: canReadAudit(actor, unit),
  };
}
