import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { contextFor, makeProvince } from '../../test/factories.ts';
import type { Database } from '../db/client.ts';
import { auditEvents, postTerms } from '../db/schema/index.ts';
import { verifyAuditChain } from './audit/verify-audit-chain.ts';
import { appointToPost } from './people/appoint-to-post.ts';
import { createPerson } from './people/create-person.ts';
import { createPost } from './people/create-post.ts';
import { updateUnit } from './units/update-unit.ts';

// On PostgreSQL these run truly in parallel; on PGlite the transactions are serialized, and the outcome must be the same.
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('concurrent writes', () => {
  it('lets exactly one of many concurrent edits with the same version win; the others get a conflict', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => updateUnit(ctx, p.communeA.id, { version: 1, name: `Tên ${i}` })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && (r.reason as { code: string }).code === 'version_conflict',
    );
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(5);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'unit'), eq(auditEvents.entityId, p.communeA.id)));
    expect(events.map((e) => e.seq).sort()).toEqual([1, 2]);
  });

  it('never gives one post two overlapping holders, however the appointments race', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    const post = await createPost(ctx, { unitId: p.communeB.id, title: 'Bí thư Đảng ủy xã', isHead: true });
    const people = await Promise.all(
      [1, 2, 3, 4].map((i) => createPerson(ctx, { fullName: `Ứng viên ${i}` })),
    );
    const results = await Promise.allSettled(
      people.map((person) => appointToPost(ctx, post.id, { personId: person.id, startOn: '2021-01-01' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await database.db.select().from(postTerms).where(eq(postTerms.postId, post.id))).toHaveLength(1);
  });

  it('keeps every audit chain intact after concurrent writers on many entities', async () => {
    const p = await makeProvince(database.db);
    const ctx = contextFor(database.db, p.admin.actor);
    await Promise.all(
      [p.communeA, p.communeB, p.department, p.district].map(async (u) => {
        let version = (await updateUnit(ctx, u.id, { version: u.version, name: `${u.name} (1)` })).version;
        version = (await updateUnit(ctx, u.id, { version, name: `${u.name} (2)` })).version;
      }),
    );
    const result = await verifyAuditChain(database.db);
    expect(result.firstBreak).toBeNull();
    expect(result.checked).toBeGreaterThan(20);
  });
});
