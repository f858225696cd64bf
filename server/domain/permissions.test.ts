import { describe, expect, it } from 'vitest';
import type { Role } from '../../contracts/roles.ts';
import {
  type Actor,
  canCreateUnitUnder,
  canManageUsers,
  canReadPerson,
  canUpdatePerson,
  SYSTEM_ACTOR,
  unitAbilities,
} from './permissions.ts';

const UNITS = {
  root: { id: 'R', path: '/R/', closedOn: null },
  district: { id: 'D', path: '/R/D/', closedOn: null },
  communeA: { id: 'A', path: '/R/D/A/', closedOn: null },
  communeB: { id: 'B', path: '/R/D/B/', closedOn: null },
  department: { id: 'S', path: '/R/S/', closedOn: null },
};
type UnitName = keyof typeof UNITS;

const actor = (role: Role, on: UnitName, includeSubtree = true): Actor => ({
  userId: 'u',
  personId: null,
  grants: [{ role, unitId: UNITS[on].id, unitPath: UNITS[on].path, includeSubtree }],
});

// role, granted on, subtree?, target, read, update (restructure), managePosts, grantRoles
const TABLE: [Role, UnitName, boolean, UnitName, boolean, boolean, boolean, boolean][] = [
  ['admin', 'root', true, 'communeA', true, true, true, true],
  ['admin', 'district', true, 'department', false, false, false, false],
  ['admin', 'district', false, 'communeA', false, false, false, false],
  ['admin', 'district', false, 'district', true, true, true, true],
  ['assigner', 'district', true, 'communeA', true, false, true, false],
  ['assigner', 'district', true, 'root', false, false, false, false],
  ['assigner', 'district', true, 'department', false, false, false, false],
  ['head', 'communeA', true, 'communeA', true, false, false, false],
  ['head', 'communeA', true, 'communeB', false, false, false, false],
  ['head', 'communeA', true, 'district', false, false, false, false],
  ['delegate', 'communeA', true, 'communeA', true, false, false, false],
  ['delegate', 'communeA', true, 'communeB', false, false, false, false],
  ['appraiser', 'district', true, 'communeB', true, false, false, false],
  ['supporter', 'department', false, 'department', true, false, false, false],
  ['supporter', 'department', false, 'communeA', false, false, false, false],
  ['council_member', 'district', true, 'communeA', true, false, false, false],
  ['viewer', 'root', true, 'communeB', true, false, false, false],
  ['viewer', 'department', true, 'communeA', false, false, false, false],
];

describe('permissions table (SPEC §5)', () => {
  it.each(TABLE)(
    '%s on %s (subtree %s) → %s: read %s, restructure %s, posts %s, grant %s',
    (role, on, subtree, target, read, update, posts, grant) => {
      const a = unitAbilities(actor(role, on, subtree), UNITS[target]);
      expect({
        read: a.read,
        update: a.update,
        managePosts: a.managePosts,
        grantRoles: a.grantRoles,
      }).toEqual({
        read,
        update,
        managePosts: posts,
        grantRoles: grant,
      });
    },
  );

  it('offers no restructuring of a closed unit, even to its admin', () => {
    const a = unitAbilities(actor('admin', 'root'), { ...UNITS.communeA, closedOn: '2025-07-01' });
    expect(a.update).toBe(true);
    expect([a.move, a.close, a.createChild]).toEqual([false, false, false]);
  });

  it('lets only the system create a new root, while admins create units under what they administer', () => {
    expect(canCreateUnitUnder(actor('admin', 'root'), null)).toBe(false);
    expect(canCreateUnitUnder(SYSTEM_ACTOR, null)).toBe(true);
    expect(canCreateUnitUnder(actor('admin', 'district'), UNITS.communeA)).toBe(true);
    expect(canCreateUnitUnder(actor('admin', 'district'), UNITS.department)).toBe(false);
  });

  it('gives account management to admins only', () => {
    expect(canManageUsers(actor('admin', 'district'))).toBe(true);
    for (const role of [
      'assigner',
      'head',
      'delegate',
      'appraiser',
      'supporter',
      'council_member',
      'viewer',
    ] as Role[]) {
      expect(canManageUsers(actor(role, 'root'))).toBe(false);
    }
  });

  it('shows a person to themself, to readers of a unit where they held a post, and hides them from others', () => {
    const head = { ...actor('head', 'communeA'), personId: 'p1' };
    expect(canReadPerson(head, 'p1', [UNITS.communeB])).toBe(true);
    expect(canReadPerson(head, 'p2', [UNITS.communeA])).toBe(true);
    expect(canReadPerson(head, 'p3', [UNITS.communeB])).toBe(false);
    expect(canReadPerson(head, 'p4', [])).toBe(false);
    expect(canReadPerson(actor('admin', 'district'), 'p4', [])).toBe(true);
  });

  it('lets those who manage posts edit a person, and nobody else', () => {
    expect(canUpdatePerson(actor('assigner', 'district'), [UNITS.communeA])).toBe(true);
    expect(canUpdatePerson(actor('head', 'communeA'), [UNITS.communeA])).toBe(false);
    expect(canUpdatePerson(actor('viewer', 'root'), [UNITS.communeA])).toBe(false);
  });
});
