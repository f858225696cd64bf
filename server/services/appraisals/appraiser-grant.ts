import { type Actor, type Grant, grantReaches } from '../../domain/permissions.ts';

/**
 * The caller's appraiser grant that reaches `unit`, the nearest one when several do
 * (a district's own agency before the province's): its unit is the appraising unit.
 */
export function appraiserGrantFor(actor: Actor, unit: { id: string; path: string }): Grant | undefined {
  return actor.grants
    .filter((g) => g.role === 'appraiser' && grantReaches(g, unit))
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
}

/** The appraiser grants of the caller (the worklist reaches every unit they cover). */
export function appraiserGrants(actor: Actor): Grant[] {
  return actor.grants.filter((g) => g.role === 'appraiser');
}
