import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeHead, makeProvince } from '../../../test/factories.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';
import { findUnit } from '../../db/repositories/units.ts';

let database: Database;
let app: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  app = makeApp(database.db);
});
afterAll(async () => {
  await database.close();
});

const rows = async (table: string) =>
  (await database.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;
const snapshot = async () => ({
  units: await rows('units'),
  unitEvents: await rows('unit_events'),
  posts: await rows('posts'),
  terms: await rows('post_terms'),
  audit: await rows('audit_events'),
});
const ids = (items: { id: string }[]) => items.map((u) => u.id);
const ALL = {
  read: true,
  update: true,
  move: true,
  close: true,
  createChild: true,
  managePosts: true,
  grantRoles: true,
  readAudit: true,
};
const NONE = {
  read: false,
  update: false,
  move: false,
  close: false,
  createChild: false,
  managePosts: false,
  grantRoles: false,
  readAudit: false,
};

describe('GET /api/units (scoped per role)', () => {
  it("lists each role's top units, the children it may see, and only visible units in a search", async () => {
    const p = await makeProvince(database.db);
    // Signed in one after the other: concurrent requests break the embedded database (see app.test.ts).
    const admin = await signIn(app, p.admin.user.username);
    const assigner = await signIn(app, p.assigner.user.username);
    const headA = await signIn(app, p.headA.user.username);
    const viewer = await signIn(app, p.viewer.user.username);
    expect(ids((await admin.get('/api/units')).body.items)).toEqual([p.root.id]);
    expect(ids((await assigner.get('/api/units')).body.items)).toEqual([p.district.id]);
    expect(ids((await headA.get('/api/units')).body.items)).toEqual([p.communeA.id]);
    expect(ids((await viewer.get('/api/units')).body.items)).toEqual([p.department.id]);

    const children = (await admin.get(`/api/units?parentId=${p.root.id}`)).body.items;
    expect(children.map((u: { id: string; childCount: number }) => [u.id, u.childCount]).sort()).toEqual(
      [
        [p.district.id, 2],
        [p.department.id, 0],
      ].sort(),
    );
    expect(ids((await assigner.get(`/api/units?parentId=${p.district.id}`)).body.items).sort()).toEqual(
      [p.communeA.id, p.communeB.id].sort(),
    );

    expect(ids((await assigner.get('/api/units?q=x%C3%A3')).body.items).sort()).toEqual(
      [p.communeA.id, p.communeB.id].sort(),
    );
    expect(ids((await headA.get('/api/units?q=X%C3%A3')).body.items)).toEqual([p.communeA.id]);
    expect((await viewer.get('/api/units?q=X%C3%A3')).body.items).toEqual([]);
  });

  it("sends abilities that match the caller's role on each unit", async () => {
    const p = await makeProvince(database.db);
    const ability = async (username: string, unitId: string) =>
      (await (await signIn(app, username)).get(`/api/units/${unitId}`)).body.abilities;
    expect(await ability(p.admin.user.username, p.communeA.id)).toEqual(ALL);
    expect(await ability(p.assigner.user.username, p.communeA.id)).toEqual({
      ...NONE,
      read: true,
      managePosts: true,
    });
    expect(await ability(p.headA.user.username, p.communeA.id)).toEqual({ ...NONE, read: true });
    expect(await ability(p.viewer.user.username, p.department.id)).toEqual({ ...NONE, read: true });
  });
});

describe("scoping: a head of one commune cannot see another commune's data through any endpoint", () => {
  it('answers 404 (never 403) everywhere for the sibling commune, leaks nothing and writes nothing', async () => {
    const p = await makeProvince(database.db);
    const other = await makeHead(database.db, p.communeB.id, '2021-01-01', 'Nguyễn Văn Bình');
    const admin = await signIn(app, p.admin.user.username);
    const headA = await signIn(app, p.headA.user.username);
    // The admin does see it all, so the refusals below are about scope, not about missing data.
    expect((await admin.get(`/api/units/${p.communeB.id}`)).status).toBe(200);
    expect(ids((await admin.get(`/api/people?unitId=${p.communeB.id}`)).body.items)).toEqual([
      other.person.id,
    ]);
    expect(ids((await admin.get('/api/units?q=B%C3%ACnh')).body.items)).toContain(p.communeB.id);

    const before = await snapshot();
    const b = p.communeB.id;
    const hidden = [
      await headA.get(`/api/units/${b}`),
      await headA.get(`/api/units?parentId=${p.district.id}`),
      await headA.get(`/api/people/${other.person.id}`),
      await headA.get(`/api/audit?entityType=unit&entityId=${b}`),
      await headA.patch(`/api/units/${b}`, { version: 1, name: 'Chiếm' }),
      await headA.post(`/api/units/${b}/move`, { version: 1, parentId: p.communeA.id }),
      await headA.post(`/api/units/${b}/close`, { version: 1, closedOn: '2025-07-01' }),
      await headA.post('/api/posts', { unitId: b, title: 'Phó Bí thư' }),
      await headA.post(`/api/posts/${other.post.id}/terms`, {
        personId: other.person.id,
        startOn: '2030-01-01',
      }),
      await headA.post(`/api/terms/${other.term.id}/end`, { version: 1, endOn: '2025-01-01' }),
    ];
    expect(hidden.map((r) => r.status)).toEqual(hidden.map(() => 404));
    for (const r of hidden) expect(r.body.code).toBe('not_found');
    // Lists and searches answer with nothing from the sibling commune.
    const search = await headA.get('/api/units?q=B%C3%ACnh');
    const people = await headA.get(`/api/people?unitId=${b}`);
    const everyone = await headA.get('/api/people');
    for (const r of [search, everyone]) expect(r.status).toBe(200);
    expect(people.status).toBe(404);
    expect(search.body.items).toEqual([]);
    expect(ids(everyone.body.items)).not.toContain(other.person.id);
    for (const r of [...hidden, search, people, everyone]) {
      expect(r.text).not.toContain(b);
      expect(r.text).not.toContain('Xã Bình');
      expect(r.text).not.toContain('Nguyễn Văn Bình');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers 403 (not 404) when a head tries to restructure the commune they can read', async () => {
    const p = await makeProvince(database.db);
    const headA = await signIn(app, p.headA.user.username);
    const res = await headA.patch(
      `/api/units/${p.communeA.id}`,
      { version: 1, name: 'Đổi tên' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', message: 'You are not allowed to do this.' });
  });
});

describe('unit writes', () => {
  it("creates a unit under a parent (201) with the caller's abilities", async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const res = await admin.post('/api/units', {
      kind: 'ward',
      code: 'P-MOI-1',
      name: 'Phường Mới',
      parentId: p.district.id,
      openedOn: '2025-07-01',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Phường Mới',
      parentId: p.district.id,
      depth: 2,
      version: 1,
      closedOn: null,
      abilities: ALL,
    });
    expect(
      (await admin.get(`/api/units/${res.body.id}`)).body.ancestors.map((a: { id: string }) => a.id),
    ).toEqual([p.root.id, p.district.id]);
  });

  it('renames with the current version (200, version bumps) and refuses a stale version with 409 and currentVersion', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const renamed = await admin.patch(`/api/units/${p.communeA.id}`, {
      version: 1,
      name: 'Xã An Mới',
      effectiveOn: '2025-07-01',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Xã An Mới', version: 2 });
    const before = await snapshot();
    const stale = await admin.patch(`/api/units/${p.communeA.id}`, { version: 1, name: 'Lần hai' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.body.details.currentVersion).toBe(2);
    expect(stale.body.message).toContain('2');
    expect(await snapshot()).toEqual(before);
    expect((await findUnit(database.db, p.communeA.id))!.name).toBe('Xã An Mới');
  });

  it('refuses moving a unit under its own descendant with 422 unit_cycle naming parentId, and writes nothing', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const before = await snapshot();
    const res = await admin.post(`/api/units/${p.district.id}/move`, { version: 1, parentId: p.communeA.id });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('unit_cycle');
    expect(res.body.details.fields).toEqual([
      expect.objectContaining({ field: 'parentId', code: 'unit_cycle' }),
    ]);
    expect(await snapshot()).toEqual(before);
    expect((await findUnit(database.db, p.communeA.id))!.path).toBe(p.communeA.path);
    const moved = await admin.post(`/api/units/${p.communeA.id}/move`, {
      version: 1,
      parentId: p.department.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ parentId: p.department.id, version: 2 });
  });

  it('refuses closing a unit with open children (422), then closes a leaf', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const before = await snapshot();
    const res = await admin.post(
      `/api/units/${p.district.id}/close`,
      { version: 1, closedOn: '2025-07-01' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'unit_has_open_children',
      message: 'The unit still has 2 open sub-units.',
    });
    expect(await snapshot()).toEqual(before);
    const closed = await admin.post(`/api/units/${p.communeB.id}/close`, {
      version: 1,
      closedOn: '2025-07-01',
      reason: 'Sáp nhập',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      closedOn: '2025-07-01',
      abilities: { ...ALL, move: false, close: false, createChild: false },
    });
  });
});
