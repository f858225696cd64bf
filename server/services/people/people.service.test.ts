import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor, makeHead, makeProvince, makeUnit } from '../../../test/factories.ts';
import type { Database } from '../../db/client.ts';
import { getUnit } from '../units/get-unit.ts';
import { appointToPost } from './appoint-to-post.ts';
import { createPerson } from './create-person.ts';
import { createPost } from './create-post.ts';
import { endTerm } from './end-term.ts';
import { getPerson, searchPeople } from './get-person.ts';
import { updatePerson } from './update-person.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('people and posts on the real database', () => {
  it("derives the head of a unit at any date from the head post's terms", async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.assigner.actor);
    const post = await createPost(ctx, { unitId: p.communeA.id, title: 'Bí thư Đảng ủy xã', isHead: true });
    const first = await createPerson(ctx, { fullName: 'Nguyễn Văn Một' });
    const second = await createPerson(ctx, { fullName: 'Trần Thị Hai' });
    const t1 = await appointToPost(ctx, post.id, { personId: first.id, startOn: '2016-07-01' });
    await endTerm(ctx, t1.id, { version: 1, endOn: '2020-10-14' });
    await appointToPost(ctx, post.id, {
      personId: second.id,
      startOn: '2020-10-15',
      decisionRef: '125-QĐ/HU',
    });
    expect((await getUnit(ctx, p.communeA.id, '2019-01-01')).head?.fullName).toBe('Nguyễn Văn Một');
    expect((await getUnit(ctx, p.communeA.id, '2020-10-15')).head).toMatchObject({
      fullName: 'Trần Thị Hai',
      since: '2020-10-15',
    });
    expect((await getUnit(ctx, p.communeA.id, '2016-06-30')).head).toBeNull();
  });

  it("shows a territorial unit's head from the head post of the Party committee below it", async () => {
    const p = await makeProvince(database.db);
    const committee = await makeUnit(database.db, {
      name: 'Đảng ủy xã An',
      kind: 'party_committee',
      parentId: p.communeA.id,
    });
    await makeHead(database.db, committee.id, '2020-10-15', 'Bí thư Xã An');
    const detail = await getUnit(contextFor(database.db, p.headA.actor), p.communeA.id, '2022-01-01');
    expect(detail.head).toMatchObject({ fullName: 'Bí thư Xã An', postTitle: 'Bí thư Đảng ủy' });
    expect(detail.ancestors.map((a) => a.readable)).toEqual([false, false]);
  });

  it('refuses a second holder of a post over overlapping dates', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.assigner.actor);
    const { post } = await makeHead(database.db, p.communeB.id, '2021-01-01');
    const other = await createPerson(ctx, { fullName: 'Lê Văn Ba' });
    await expect(
      appointToPost(ctx, post.id, { personId: other.id, startOn: '2022-01-01' }),
    ).rejects.toMatchObject({ code: 'term_overlap' });
  });

  it("keeps a person's history across posts in different units", async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const person = await createPerson(ctx, { fullName: 'Phạm Văn Bốn' });
    const chair = await createPost(ctx, { unitId: p.communeA.id, title: 'Chủ tịch UBND xã' });
    const secretary = await createPost(ctx, {
      unitId: p.communeB.id,
      title: 'Bí thư Đảng ủy xã',
      isHead: true,
    });
    const t = await appointToPost(ctx, chair.id, { personId: person.id, startOn: '2016-01-01' });
    await endTerm(ctx, t.id, { version: 1, endOn: '2020-12-31' });
    await appointToPost(ctx, secretary.id, { personId: person.id, startOn: '2021-01-01' });
    const detail = await getPerson(ctx, person.id);
    expect(detail.history.map((h) => [h.postTitle, h.unitName, h.startOn, h.endOn])).toEqual([
      ['Bí thư Đảng ủy xã', 'Xã Bình', '2021-01-01', null],
      ['Chủ tịch UBND xã', 'Xã An', '2016-01-01', '2020-12-31'],
    ]);
  });

  it('shows a head only the people of their own commune', async () => {
    const p = await makeProvince(database.db);
    const a = await makeHead(database.db, p.communeA.id, '2021-01-01', 'Người Xã An');
    const b = await makeHead(database.db, p.communeB.id, '2021-01-01', 'Người Xã Bình');
    const ctx = contextFor(database.db, p.headA.actor);
    const names = (await searchPeople(ctx, {})).map((r) => r.person.fullName);
    expect(names).toContain('Người Xã An');
    expect(names).not.toContain('Người Xã Bình');
    await expect(getPerson(ctx, b.person.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getPerson(ctx, a.person.id)).canUpdate).toBe(false);
  });

  it('edits a person with optimistic concurrency and refuses edits from a head', async () => {
    const p = await makeProvince(database.db);
    const { person } = await makeHead(database.db, p.communeA.id);
    const ctx = contextFor(database.db, p.assigner.actor);
    const updated = await updatePerson(ctx, person.id, { version: 1, phone: '0211 3861 234' });
    expect(updated.version).toBe(2);
    await expect(updatePerson(ctx, person.id, { version: 1, phone: 'x' })).rejects.toMatchObject({
      code: 'version_conflict',
    });
    await expect(
      updatePerson(contextFor(database.db, p.headA.actor), person.id, { version: 2, phone: 'x' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
