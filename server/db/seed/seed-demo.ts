import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import { systemContext } from '../../services/context.ts';
import { appointToPost } from '../../services/people/appoint-to-post.ts';
import { createPerson } from '../../services/people/create-person.ts';
import { createPost } from '../../services/people/create-post.ts';
import { endTerm } from '../../services/people/end-term.ts';
import { createUnit } from '../../services/units/create-unit.ts';
import { createUser } from '../../services/users/create-user.ts';
import { grantRole } from '../../services/users/grant-role.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import type { Database, Db } from '../client.ts';
import { assignments } from '../schema/index.ts';
import {
  communeHeadAccounts,
  councilAccounts,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUnits,
  EARLIER_TERM,
  OPENED_ON,
} from './demo-province.ts';
import { seedCycle2022, seedExtension } from './seed-cycle-2022.ts';
import { seedEvaluation2022 } from './seed-evaluation-2022.ts';
import { seedYear2022 } from './seed-year-2022.ts';

/** True when the database holds no unit yet (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from units`);
  return Number(result.rows[0].n) === 0;
}

/** Loads the demo province through the same use cases the app uses, so every row has its audit event. */
export async function seedDemo(database: Database, clock: Clock, storage: FileStorage) {
  const { db } = database;
  const ctx = systemContext(db, clock);
  const unitIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  const person = async (fullName: string) => {
    let id = personIds.get(fullName);
    if (!id) {
      id = (await createPerson(ctx, { fullName })).id;
      personIds.set(fullName, id);
    }
    return id;
  };

  for (const u of demoUnits()) {
    const row = await createUnit(ctx, {
      kind: u.kind,
      code: u.code,
      name: u.name,
      parentId: u.parent ? unitIds.get(u.parent)! : null,
      openedOn: OPENED_ON,
    });
    unitIds.set(u.code, row.id);
    for (const p of u.posts ?? []) {
      const post = await createPost(ctx, { unitId: row.id, title: p.title, isHead: p.isHead });
      await appointToPost(ctx, post.id, { personId: await person(p.holder), startOn: p.since });
    }
  }

  // The Nguyệt Đức secretary chaired the commune's People's Committee before: a history across posts.
  const earlierPost = await createPost(ctx, {
    unitId: unitIds.get(EARLIER_TERM.unit)!,
    title: `${EARLIER_TERM.title} (nhiệm kỳ 2016–2021)`,
  });
  const term = await appointToPost(ctx, earlierPost.id, {
    personId: await person(EARLIER_TERM.holder),
    startOn: EARLIER_TERM.from,
  });
  await endTerm(ctx, term.id, { version: term.version, endOn: EARLIER_TERM.to });

  for (const u of [...DEMO_USERS, ...communeHeadAccounts(), ...councilAccounts()]) {
    const user = await createUser(ctx, {
      username: u.username,
      displayName: u.displayName,
      password: DEMO_PASSWORD,
      personId: u.person ? await person(u.person) : null,
      mustChangePassword: false,
    });
    await grantRole(ctx, {
      userId: user.id,
      role: u.role,
      unitId: unitIds.get(u.unit)!,
      includeSubtree: u.subtree,
    });
  }
  const cycle = await seedCycle2022(db);
  const [nguyetDuc] = await db
    .select()
    .from(assignments)
    .where(
      and(eq(assignments.cycleId, cycle.id), eq(assignments.assigneeUnitId, unitIds.get('VP-YL-NGUYETDUC')!)),
    );
  await seedExtension(db, nguyetDuc.id);
  const year = await seedYear2022(database, storage, cycle.id);
  await seedEvaluation2022(db, cycle.id);
  return {
    units: unitIds.size,
    people: personIds.size,
    users: DEMO_USERS.length,
    cycle: cycle.name,
    checkIns: year.checkIns,
  };
}
