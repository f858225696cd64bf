import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { makeHead, makeProvince } from '../../../test/factories.ts';
import { makeApp, signIn, type TestApp } from '../../../test/http.ts';
import type { Database } from '../../db/client.ts';

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
const ids = (items: { id: string }[]) => items.map((u) => u.id);

describe('POST /api/people', () => {
  it('records a person (201) for an admin or an assigner, with abilities', async () => {
    const p = await makeProvince(database.db);
    const admin = await signIn(app, p.admin.user.username);
    const res = await admin.post('/api/people', {
      fullName: '  Trần Thị Hoa ',
      birthYear: 1975,
      gender: 'female',
      email: 'hoa@example.vn',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fullName: 'Trần Thị Hoa',
      birthYear: 1975,
      version: 1,
      currentPosts: [],
      abilities: { update: true },
    });
    const assigner = await signIn(app, p.assigner.user.username);
    expect((await assigner.post('/api/people', { fullName: 'Lê Văn Nam' })).status).toBe(201);
  });

  it('refuses a head (403) and bad fields (400 naming the field), writing nothing', async () => {
    const p = await makeProvince(database.db);
    const head = await signIn(app, p.headA.user.username);
    const admin = await signIn(app, p.admin.user.username);
    const before = [await rows('people'), await rows('audit_events')];
    expect((await head.post('/api/people', { fullName: 'Không được' })).status).toBe(403);
    for (const [body, field] of [
      [{ fullName: 'A', birthYear: 1800 }, 'birthYear'],
      [{ fullName: 'A', email: 'not-an-email' }, 'email'],
      [{ fullName: 'A', gender: 'x' }, 'gender'],
      [{ fullName: '   ' }, 'fullName'],
    ] as const) {
      const res = await admin.post('/api/people', body);
      expect(res.status).toBe(400);
      expect(res.body.details.fields[0].field).toBe(field);
    }
    expect([await rows('people'), await rows('audit_events')]).toEqual(before);
  });
});

describe('posts and terms', () => {
  it('creates a head post, appoints a person (201) and shows them as head on the unit', async () => {
    const p = await makeProvince(database.db);
    const assigner = await signIn(app, p.assigner.user.username);
    const person = (await assigner.post('/api/people', { fullName: 'Phạm Minh Đức' })).body;
    const post = await assigner.post('/api/posts', {
      unitId: p.communeA.id,
      title: 'Bí thư Đảng ủy xã',
      isHead: true,
    });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({
      unitId: p.communeA.id,
      title: 'Bí thư Đảng ủy xã',
      isHead: true,
      version: 1,
    });
    const term = await assigner.post(`/api/posts/${post.body.id}/terms`, {
      personId: person.id,
      startOn: '2021-01-01',
      decisionRef: '123-QĐ/TU',
    });
    expect(term.status).toBe(201);
    expect(term.body).toMatchObject({
      postId: post.body.id,
      personId: person.id,
      startOn: '2021-01-01',
      endOn: null,
      version: 1,
    });
    const unit = (await assigner.get(`/api/units/${p.communeA.id}`)).body;
    expect(unit.head).toEqual({
      personId: person.id,
      fullName: 'Phạm Minh Đức',
      postId: post.body.id,
      postTitle: 'Bí thư Đảng ủy xã',
      since: '2021-01-01',
    });
    expect(unit.posts[0].terms).toEqual([
      expect.objectContaining({ personId: person.id, personName: 'Phạm Minh Đức', decisionRef: '123-QĐ/TU' }),
    ]);
  });

  it('refuses an overlapping term with 422 term_overlap naming startOn, and writes nothing', async () => {
    const p = await makeProvince(database.db);
    const { post } = await makeHead(database.db, p.communeA.id, '2021-01-01');
    const admin = await signIn(app, p.admin.user.username);
    const rival = (await admin.post('/api/people', { fullName: 'Đỗ Văn Hùng' })).body;
    const before = [await rows('post_terms'), await rows('audit_events')];
    const res = await admin.post(
      `/api/posts/${post.id}/terms`,
      { personId: rival.id, startOn: '2024-06-01' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'term_overlap',
      message: 'The post is already held in this period (2021-01-01 – …).',
    });
    expect(res.body.details.fields[0].field).toBe('startOn');
    const reversed = await admin.post(`/api/posts/${post.id}/terms`, {
      personId: rival.id,
      startOn: '2030-02-01',
      endOn: '2030-01-01',
    });
    expect(reversed.status).toBe(422);
    expect(reversed.body.code).toBe('invalid_date_range');
    expect([await rows('post_terms'), await rows('audit_events')]).toEqual(before);
  });

  it('ends a term (200, version bumps); a stale or repeated end is refused; the successor becomes head', async () => {
    const p = await makeProvince(database.db);
    const { post, term, person } = await makeHead(database.db, p.communeA.id, '2021-01-01');
    const admin = await signIn(app, p.admin.user.username);
    const ended = await admin.post(`/api/terms/${term.id}/end`, { version: 1, endOn: '2024-12-31' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id: term.id, endOn: '2024-12-31', version: 2 });
    expect((await admin.post(`/api/terms/${term.id}/end`, { version: 1, endOn: '2025-01-01' })).status).toBe(
      409,
    );
    expect(
      (await admin.post(`/api/terms/${term.id}/end`, { version: 2, endOn: '2025-01-01' })).body.code,
    ).toBe('term_already_ended');
    expect((await admin.get(`/api/units/${p.communeA.id}`)).body.head).toBeNull();
    const successor = (await admin.post('/api/people', { fullName: 'Vũ Thị Lan' })).body;
    expect(
      (await admin.post(`/api/posts/${post.id}/terms`, { personId: successor.id, startOn: '2025-01-01' }))
        .status,
    ).toBe(201);
    const unit = (await admin.get(`/api/units/${p.communeA.id}`)).body;
    expect(unit.head).toMatchObject({ personId: successor.id, since: '2025-01-01' });
    expect(unit.posts[0].terms.map((t: { personId: string }) => t.personId).sort()).toEqual(
      [person.id, successor.id].sort(),
    );
  });

  it("keeps a person's history across posts in two units", async () => {
    const p = await makeProvince(database.db);
    const { person, term } = await makeHead(database.db, p.communeA.id, '2020-01-01', 'Hoàng Văn Sơn');
    const admin = await signIn(app, p.admin.user.username);
    await admin.post(`/api/terms/${term.id}/end`, { version: 1, endOn: '2024-12-31' });
    const post = (
      await admin.post('/api/posts', { unitId: p.communeB.id, title: 'Chủ tịch UBND xã', isHead: true })
    ).body;
    expect(
      (await admin.post(`/api/posts/${post.id}/terms`, { personId: person.id, startOn: '2025-01-01' }))
        .status,
    ).toBe(201);
    const res = await admin.get(`/api/people/${person.id}`);
    expect(res.status).toBe(200);
    expect(res.body.history).toHaveLength(2);
    expect(res.body.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          unitId: p.communeA.id,
          unitName: 'Xã An',
          startOn: '2020-01-01',
          endOn: '2024-12-31',
          isHead: true,
        }),
        expect.objectContaining({
          unitId: p.communeB.id,
          unitName: 'Xã Bình',
          postTitle: 'Chủ tịch UBND xã',
          startOn: '2025-01-01',
          endOn: null,
        }),
      ]),
    );
    expect(res.body.currentPosts).toEqual([
      { postTitle: 'Chủ tịch UBND xã', unitId: p.communeB.id, unitName: 'Xã Bình' },
    ]);
  });

  it('lets an assigner manage posts in their district but not in the department (404), and a head not at all (403)', async () => {
    const p = await makeProvince(database.db);
    const assigner = await signIn(app, p.assigner.user.username);
    const head = await signIn(app, p.headA.user.username);
    const before = await rows('posts');
    expect(
      (await assigner.post('/api/posts', { unitId: p.department.id, title: 'Giám đốc Sở' })).status,
    ).toBe(404);
    expect((await head.post('/api/posts', { unitId: p.communeA.id, title: 'Phó Bí thư' })).status).toBe(403);
    expect(await rows('posts')).toBe(before);
  });
});

describe('GET /api/people (scoped)', () => {
  it('shows each role the people posted in units it reaches, and 404 for anyone else', async () => {
    const p = await makeProvince(database.db);
    const a = await makeHead(database.db, p.communeA.id);
    const b = await makeHead(database.db, p.communeB.id);
    const d = await makeHead(database.db, p.department.id);
    const list = async (username: string, query = '') =>
      ids((await (await signIn(app, username)).get(`/api/people${query}`)).body.items).sort();
    // Assigners also see people not yet appointed anywhere (they record new people), but never the department's.
    const assignerSees = await list(p.assigner.user.username);
    expect(assignerSees).toEqual(expect.arrayContaining([a.person.id, b.person.id]));
    expect(assignerSees).not.toContain(d.person.id);
    expect(await list(p.headA.user.username)).toEqual([a.person.id]);
    expect(await list(p.viewer.user.username)).toEqual([d.person.id]);
    expect(await list(p.assigner.user.username, `?unitId=${p.communeB.id}`)).toEqual([b.person.id]);
    expect(await list(p.admin.user.username, `?q=${encodeURIComponent(a.person.fullName)}`)).toEqual([
      a.person.id,
    ]);

    const viewer = await signIn(app, p.viewer.user.username);
    expect((await viewer.get(`/api/people/${a.person.id}`)).status).toBe(404);
    const head = await signIn(app, p.headA.user.username);
    const own = await head.get(`/api/people/${a.person.id}`);
    expect(own.status).toBe(200);
    expect(own.body.abilities).toEqual({ update: false });
    expect((await head.patch(`/api/people/${a.person.id}`, { version: 1, fullName: 'Sửa' })).status).toBe(
      403,
    );
    expect((await head.patch(`/api/people/${b.person.id}`, { version: 1, fullName: 'Sửa' })).status).toBe(
      404,
    );
  });

  it('edits a person with their version (200) and refuses a stale one with 409', async () => {
    const p = await makeProvince(database.db);
    const { person } = await makeHead(database.db, p.communeA.id);
    const assigner = await signIn(app, p.assigner.user.username);
    const res = await assigner.patch(`/api/people/${person.id}`, { version: 1, phone: '0912 345 678' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: '0912 345 678', version: 2 });
    const stale = await assigner.patch(`/api/people/${person.id}`, { version: 1, phone: '0000' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.currentVersion).toBe(2);
  });
});
