import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { makeCycle, makeHead, makeProvince } from '../../test/factories.ts';
import type { Database } from '../db/client.ts';
import { findUserByUsername } from '../db/repositories/users.ts';
import { assignments, tasks } from '../db/schema/index.ts';
import { validRow, workbookFromRows } from '../documents/excel/task-workbook-fixtures.ts';
import { createUnitCommand } from './create-unit.ts';
import { createUserCommand } from './create-user.ts';
import { importTasksCommand } from './import-tasks.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database.close();
});

describe('command-line tools', () => {
  it('creates the first unit of a fresh install, and a unit under it by code', async () => {
    expect(
      await createUnitCommand(database.db, {
        kind: 'province',
        code: 'HN-TEST',
        name: 'Thành phố Hà Nội',
        opened: '2025-07-01',
      }),
    ).toBe(0);
    expect(
      await createUnitCommand(database.db, {
        kind: 'ward',
        code: 'HN-TEST-BD',
        name: 'Phường Ba Đình',
        parent: 'HN-TEST',
      }),
    ).toBe(0);
    expect(
      await createUnitCommand(database.db, { kind: 'ward', code: 'X', name: 'X', parent: 'NO-SUCH' }),
    ).toBe(1);
  });

  it('creates a user with a role on a unit given by its code, and refuses an unknown role', async () => {
    const p = await makeProvince(database.db);
    expect(
      await createUserCommand(database.db, {
        username: 'quan.tri.2',
        password: 'Quan-tri-2025',
        name: 'Quản trị 2',
        role: 'admin',
        unit: p.root.code,
        subtree: true,
      }),
    ).toBe(0);
    expect((await findUserByUsername(database.db, 'quan.tri.2'))?.displayName).toBe('Quản trị 2');
    expect(
      await createUserCommand(database.db, {
        username: 'x.y',
        password: 'Quan-tri-2025',
        role: 'emperor',
        unit: p.root.code,
      }),
    ).toBe(1);
    expect(await findUserByUsername(database.db, 'x.y')).toBeUndefined();
  });

  it("imports a workbook into a cycle, creating the unit's draft, and writes nothing from a broken one", async () => {
    const p = await makeProvince(database.db);
    await makeHead(database.db, p.communeA.id);
    const cycle = await makeCycle(database.db, p.root.id);
    const good = join(tmpdir(), `tasks-${Date.now()}.xlsx`);
    writeFileSync(
      good,
      await workbookFromRows([
        validRow({ leadUnitCode: p.communeA.code }),
        validRow({ title: 'Thứ hai', leadUnitCode: p.communeA.code }),
      ]),
    );
    const code = await importTasksCommand(database.db, {
      file: good,
      as: p.assigner.user.username,
      cycle: cycle.id,
      assigning: p.district.code,
      unit: p.communeA.code,
    });
    expect(code).toBe(0);
    const [draft] = await database.db
      .select()
      .from(assignments)
      .where(eq(assignments.assigneeUnitId, p.communeA.id));
    expect(await database.db.select().from(tasks).where(eq(tasks.assignmentId, draft.id))).toHaveLength(2);

    const bad = join(tmpdir(), `tasks-bad-${Date.now()}.xlsx`);
    writeFileSync(
      bad,
      await workbookFromRows([validRow({ weight: 'nhiều', leadUnitCode: p.communeA.code })]),
    );
    expect(
      await importTasksCommand(database.db, {
        file: bad,
        as: p.assigner.user.username,
        assignment: draft.id,
        mode: 'append',
      }),
    ).toBe(2);
    expect(await database.db.select().from(tasks).where(eq(tasks.assignmentId, draft.id))).toHaveLength(2);
  });
});
