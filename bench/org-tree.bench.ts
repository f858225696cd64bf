import { sql } from 'drizzle-orm';
import { systemClock } from '../server/clock.ts';
import type { Database } from '../server/db/client.ts';
import { listChildren, searchUnits } from '../server/db/repositories/units.ts';
import type { Actor } from '../server/domain/permissions.ts';
import { getUnit } from '../server/services/units/get-unit.ts';
import { contextFor } from '../test/factories.ts';
import { measure, report } from './harness.ts';

/**
 * A national-size tree: 34 provinces × (1 + 14 departments + 85 communes)
 * = 3,400 units plus the country root and district-level nodes, ~5,000 in all.
 */
async function generate(database: Database) {
  await database.db.execute(sql`
    with root as (insert into units (kind, code, name, path, depth, opened_on) values ('country', 'VN', 'Việt Nam', '', 0, '2025-07-01') returning id)
    update units set path = '/' || id || '/' where id = (select id from root)`);
  await database.db.execute(sql`
    insert into units (kind, code, name, parent_id, path, depth, opened_on)
    select 'province', 'P' || g, 'Tỉnh ' || g, r.id, '', 1, '2025-07-01' from generate_series(1, 34) g, (select id from units where code = 'VN') r`);
  await database.db.execute(sql`
    insert into units (kind, code, name, parent_id, path, depth, opened_on)
    select case when c <= 14 then 'department' when c <= 60 then 'party_committee' else 'commune' end,
           p.code || '-' || c, case when c <= 14 then 'Sở ' || c else 'Xã ' || c end, p.id, '', 2, '2025-07-01'
      from units p, generate_series(1, 145) c where p.kind = 'province'`);
  await database.db.execute(
    sql`update units u set path = p.path || u.id || '/' from units p where u.parent_id = p.id and u.depth = 1`,
  );
  await database.db.execute(
    sql`update units u set path = p.path || u.id || '/' from units p where u.parent_id = p.id and u.depth = 2`,
  );
  await database.db.execute(sql`analyze units`);
  const [{ n }] = (await database.db.execute<{ n: number }>(sql`select count(*)::int n from units`)).rows;
  return n;
}

/** Tree reads through the app's repositories against the same reads in plain SQL. */
export async function benchOrgTree(database: Database) {
  const n = await generate(database);
  const province = (
    await database.db.execute<{ id: string; path: string }>(
      sql`select id, path from units where code = 'P17'`,
    )
  ).rows[0];
  const country = (
    await database.db.execute<{ id: string; path: string }>(sql`select id, path from units where code = 'VN'`)
  ).rows[0];
  const admin: Actor = {
    userId: 'bench',
    personId: null,
    grants: [{ role: 'admin', unitId: country.id, unitPath: country.path, includeSubtree: true }],
  };
  const provincial: Actor = {
    userId: 'bench',
    personId: null,
    grants: [{ role: 'viewer', unitId: province.id, unitPath: province.path, includeSubtree: true }],
  };
  const ctx = contextFor(database.db, provincial, systemClock);
  const pool = database.pool;

  const children = await measure('listChildren (province, 145 children, scoped, with child counts)', () =>
    listChildren(database.db, provincial, province.id, false),
  );
  const childrenRaw = await measure('raw SQL: children of a parent', () =>
    pool.query('select * from units where parent_id = $1 order by code', [province.id]),
  );
  const search = await measure('searchUnits "Xã 1" (national admin)', () =>
    searchUnits(database.db, admin, 'Xã 1', 50),
  );
  const searchRaw = await measure('raw SQL: ILIKE on name', () =>
    pool.query("select * from units where name ilike '%Xã 1%' order by depth, code limit 50"),
  );
  const subtree = await measure('subtree count of a province', () =>
    database.db.execute(sql`select count(*) from units where path like ${`${province.path}%`}`),
  );
  const subtreeRaw = await measure('raw SQL: count by parent_id', () =>
    pool.query('select count(*) from units where parent_id = $1', [province.id]),
  );
  const detail = await measure('getUnit (page: ancestors, posts, head, lineage)', () =>
    getUnit(ctx, province.id),
  );
  const pk = await measure('raw SQL: unit by primary key', () =>
    pool.query('select * from units where id = $1', [province.id]),
  );

  report(`Organisation tree, ${n} units (${database.kind})`, [
    [children, childrenRaw],
    [search, searchRaw],
    [subtree, subtreeRaw],
    [detail, pk],
  ]);
}
