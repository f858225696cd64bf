import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { actorOf, contextFor, makeProvince, makeUnit, makeUser } from '../../../test/factories.ts';
import type { Database } from '../../db/client.ts';
import { findUnit } from '../../db/repositories/units.ts';
import { auditEvents, unitEvents } from '../../db/schema/index.ts';
import { closeUnit } from './close-unit.ts';
import { createUnit } from './create-unit.ts';
import { getUnit } from './get-unit.ts';
import { listUnits } from './list-units.ts';
import { moveUnit } from './move-unit.ts';
import { updateUnit } from './update-unit.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const auditCount = async (entityId: string) =>
  (
    await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'unit'), eq(auditEvents.entityId, entityId)))
  ).length;

describe('unit use cases on the real database', () => {
  it('creates a unit under a parent with its path, depth, lineage event and audit event', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const unit = await createUnit(ctx, {
      kind: 'ward',
      code: 'W-NEW-1',
      name: 'Phường Mới',
      parentId: p.district.id,
      openedOn: '2025-07-01',
    });
    expect(unit.path).toBe(`${p.district.path}${unit.id}/`);
    expect(unit.depth).toBe(2);
    expect(await auditCount(unit.id)).toBe(1);
    const events = await database.db.select().from(unitEvents).where(eq(unitEvents.unitId, unit.id));
    expect(events.map((e) => e.kind)).toEqual(['created']);
  });

  it('refuses a duplicate code among open units and writes nothing', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const before = (await database.db.select().from(auditEvents)).length;
    await expect(
      createUnit(ctx, {
        kind: 'commune',
        code: p.communeA.code,
        name: 'Trùng mã',
        parentId: p.district.id,
        openedOn: '2025-01-01',
      }),
    ).rejects.toMatchObject({ code: 'duplicate_code' });
    expect((await database.db.select().from(auditEvents)).length).toBe(before);
  });

  it('renames a unit, keeps the old name in its lineage and bumps its version', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const row = await updateUnit(ctx, p.communeA.id, {
      version: 1,
      name: 'Xã An Mới',
      effectiveOn: '2025-07-01',
    });
    expect(row.version).toBe(2);
    const detail = await getUnit(ctx, p.communeA.id);
    expect(detail.events.map((e) => [e.kind, e.details])).toContainEqual([
      'renamed',
      { from: 'Xã An', to: 'Xã An Mới' },
    ]);
  });

  it('answers a stale version with a conflict carrying the current version, and changes nothing', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    await updateUnit(ctx, p.communeA.id, { version: 1, name: 'Lần một' });
    await expect(updateUnit(ctx, p.communeA.id, { version: 1, name: 'Lần hai' })).rejects.toMatchObject({
      code: 'version_conflict',
      params: { currentVersion: 2 },
    });
    expect((await findUnit(database.db, p.communeA.id))!.name).toBe('Lần một');
  });

  it('moves a unit with its whole subtree, rewriting every descendant path and depth in one go', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const child = await makeUnit(database.db, { parentId: p.communeA.id });
    const grandchild = await makeUnit(database.db, { parentId: child.id });
    await moveUnit(ctx, p.communeA.id, { version: 1, parentId: p.department.id });
    const moved = (await findUnit(database.db, grandchild.id))!;
    expect(moved.path).toBe(`${p.department.path}${p.communeA.id}/${child.id}/${grandchild.id}/`);
    expect(moved.depth).toBe(4);
  });

  it('refuses moving a unit under its own descendant and leaves every path as it was', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    await expect(moveUnit(ctx, p.district.id, { version: 1, parentId: p.communeA.id })).rejects.toMatchObject(
      { code: 'unit_cycle' },
    );
    expect((await findUnit(database.db, p.communeA.id))!.path).toBe(p.communeA.path);
    expect(await auditCount(p.district.id)).toBe(1);
  });

  it('closes a leaf unit, frees its code, and refuses closing a unit with open children', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    await expect(closeUnit(ctx, p.district.id, { version: 1, closedOn: '2025-07-01' })).rejects.toMatchObject(
      {
        code: 'unit_has_open_children',
        params: { count: 2 },
      },
    );
    await closeUnit(ctx, p.communeB.id, { version: 1, closedOn: '2025-07-01', reason: 'Sáp nhập' });
    const reused = await createUnit(ctx, {
      kind: 'commune',
      code: p.communeB.code,
      name: 'Xã Bình mới',
      parentId: p.district.id,
      openedOn: '2025-07-01',
    });
    expect(reused.code).toBe(p.communeB.code);
  });

  it("hides units outside the caller's grants: a commune head sees only their commune, never a sibling", async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.headA.actor);
    const tops = await listUnits(ctx, {});
    expect(tops.map((r) => r.unit.id)).toEqual([p.communeA.id]);
    await expect(getUnit(ctx, p.communeB.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(listUnits(ctx, { parentId: p.district.id })).rejects.toMatchObject({ code: 'not_found' });
    const search = await listUnits(ctx, { q: 'Xã' });
    expect(search.map((r) => r.unit.id)).toEqual([p.communeA.id]);
  });

  it('lists the children of a unit with their own child counts for the tree', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const children = await listUnits(ctx, { parentId: p.root.id });
    expect(children.map((r) => [r.unit.id, r.childCount]).sort()).toEqual(
      [
        [p.district.id, 2],
        [p.department.id, 0],
      ].sort(),
    );
  });

  it('refuses restructuring to a head (403 for what they can read, 404 for what they cannot)', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.headA.actor);
    await expect(updateUnit(ctx, p.communeA.id, { version: 1, name: 'X' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(updateUnit(ctx, p.communeB.id, { version: 1, name: 'X' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('rolls back the unit change when the audit append fails, so no write exists without its event', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    // The first reading of the clock (the row's updatedAt) works; the second (the audit event's time) is invalid,
    // so the audit append fails after the UPDATE statement has run inside the transaction.
    let calls = 0;
    const failingClock = () => (++calls === 1 ? new Date() : new Date(Number.NaN));
    await expect(
      updateUnit({ ...ctx, clock: failingClock }, p.communeA.id, {
        version: 1,
        name: 'Không lưu',
        effectiveOn: '2025-01-01',
      }),
    ).rejects.toThrow(RangeError);
    expect((await findUnit(database.db, p.communeA.id))!.name).toBe('Xã An');
  });

  it('keeps a subtree query on 5,000 units exact (the timing lives in the benchmark)', async () => {
    const root = await makeUnit(database.db, { kind: 'country' });
    await database.db.execute(sql`
      insert into units (id, kind, code, name, parent_id, path, depth, opened_on)
      select gen_random_uuid(), 'commune', 'BULK-' || g, 'Xã ' || g, ${root.id}, '', 1, '2020-01-01' from generate_series(1, 5000) g`);
    await database.db.execute(
      sql`update units set path = ${root.path} || id || '/' where code like 'BULK-%'`,
    );
    const admin = await makeUser(database.db, { role: 'viewer', unitId: root.id });
    const rows = await listUnits(contextFor(database.db, await actorOf(database.db, admin.user.id)), {
      parentId: root.id,
      limit: 10,
    });
    expect(rows.length).toBe(5000);
  });
});
