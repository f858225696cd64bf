import { randomBytes } from 'node:crypto';
import type { Role } from '../contracts/roles.ts';
import type { DraftTaskInput } from '../contracts/tasks.ts';
import { type Clock, systemClock } from '../server/clock.ts';
import type { Db } from '../server/db/client.ts';
import { activeGrants, toDomainGrants } from '../server/db/repositories/users.ts';
import type { Actor } from '../server/domain/permissions.ts';
import { type ServiceContext, systemContext } from '../server/services/context.ts';
import { createCycle } from '../server/services/cycles/create-cycle.ts';
import { appointToPost } from '../server/services/people/appoint-to-post.ts';
import { createPerson } from '../server/services/people/create-person.ts';
import { createPost } from '../server/services/people/create-post.ts';
import { createUnit } from '../server/services/units/create-unit.ts';
import { createUser } from '../server/services/users/create-user.ts';
import { grantRole } from '../server/services/users/grant-role.ts';

export const TEST_PASSWORD = 'Secret-2022';

const suffix = () => randomBytes(3).toString('hex').toUpperCase();

/** A unit under `parentId` (or a root), with a unique code. */
export async function makeUnit(
  db: Db,
  opts: { name?: string; kind?: string; parentId?: string | null; openedOn?: string } = {},
) {
  return createUnit(systemContext(db, systemClock), {
    kind: opts.kind ?? 'commune',
    code: `T-${suffix()}`,
    name: opts.name ?? `Đơn vị ${suffix()}`,
    parentId: opts.parentId ?? null,
    openedOn: opts.openedOn ?? '2020-01-01',
  });
}

/** A user with one role grant; returns the user and the actor the services see. */
export async function makeUser(
  db: Db,
  grant?: { role: Role; unitId: string; includeSubtree?: boolean },
  opts: { personId?: string } = {},
) {
  const ctx = systemContext(db, systemClock);
  const user = await createUser(ctx, {
    username: `u.${suffix().toLowerCase()}`,
    displayName: `Người dùng ${suffix()}`,
    password: TEST_PASSWORD,
    personId: opts.personId ?? null,
    mustChangePassword: false,
  });
  if (grant)
    await grantRole(ctx, { ...grant, userId: user.id, includeSubtree: grant.includeSubtree ?? true });
  return { user, actor: await actorOf(db, user.id, user.personId) };
}

/** The actor (grants with unit paths) of a user, as the session would load it. */
export async function actorOf(db: Db, userId: string, personId: string | null = null): Promise<Actor> {
  return { userId, personId, grants: toDomainGrants(await activeGrants(db, userId)) };
}

/** A service context acting as `actor`. */
export function contextFor(db: Db, actor: Actor, clock: Clock = systemClock): ServiceContext {
  return { db, actor, clock, requestId: 'test', locale: 'vi' };
}

/** A person holding the head post of `unitId` from `since`. */
export async function makeHead(
  db: Db,
  unitId: string,
  since = '2021-01-01',
  fullName = `Cán bộ ${suffix()}`,
) {
  const ctx = systemContext(db, systemClock);
  const person = await createPerson(ctx, { fullName });
  const post = await createPost(ctx, { unitId, title: 'Bí thư Đảng ủy', isHead: true });
  const term = await appointToPost(ctx, post.id, { personId: person.id, startOn: since });
  return { person, post, term };
}

/**
 * A small province: root → district (two communes) and a department; an admin
 * on the root, an assigner on the district, a head on each commune, a viewer on the department.
 */
export async function makeProvince(db: Db) {
  const root = await makeUnit(db, { name: 'Tỉnh Thử nghiệm', kind: 'province' });
  const district = await makeUnit(db, { name: 'Huyện Một', kind: 'district', parentId: root.id });
  const communeA = await makeUnit(db, { name: 'Xã An', parentId: district.id });
  const communeB = await makeUnit(db, { name: 'Xã Bình', parentId: district.id });
  const department = await makeUnit(db, { name: 'Sở Thử nghiệm', kind: 'department', parentId: root.id });
  const admin = await makeUser(db, { role: 'admin', unitId: root.id });
  const assigner = await makeUser(db, { role: 'assigner', unitId: district.id });
  const headA = await makeUser(db, { role: 'head', unitId: communeA.id });
  const headB = await makeUser(db, { role: 'head', unitId: communeB.id });
  const viewer = await makeUser(db, { role: 'viewer', unitId: department.id });
  return { root, district, communeA, communeB, department, admin, assigner, headA, headB, viewer };
}

/** A draft task with every field filled (valid for issuing), overridable. */
export function taskDraft(overrides: Partial<DraftTaskInput> = {}): DraftTaskInput {
  return {
    kind: 'target',
    title: `Chỉ tiêu ${suffix()}`,
    weight: 10,
    deadline: '2022-12-31',
    tags: ['new'],
    leadUnitId: null,
    coordinatingUnitIds: [],
    metric: 'Tỷ lệ hộ nghèo',
    unitOfMeasure: '%',
    baseline: 2.1,
    targetValue: 1.5,
    direction: 'at_most',
    rollup: null,
    expectedProduct: null,
    acceptanceCriteria: null,
    supportCommitments: [],
    parentTaskId: null,
    ...overrides,
  };
}

/** A 2022 cycle owned by `ownerUnitId` (qd366 unless told), created by the system. */
export async function makeCycle(db: Db, ownerUnitId: string, preset: 'qd366' | 'product-only' = 'qd366') {
  return createCycle(systemContext(db, systemClock), {
    ownerUnitId,
    name: 'Năm 2022',
    kind: 'year',
    startsOn: '2022-01-01',
    endsOn: '2022-12-31',
    preset,
  });
}
