import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor, makeProvince, makeUser } from '../../../test/factories.ts';
import type { Database } from '../../db/client.ts';
import { grantRole } from './grant-role.ts';
import { resetPassword } from './update-user.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('account management across admin scopes', () => {
  it("keeps a district admin away from the province admin's account: no reset, no extra role", async () => {
    const p = await makeProvince(database.db);
    const districtAdmin = await makeUser(database.db, { role: 'admin', unitId: p.district.id });
    const ctx = contextFor(database.db, districtAdmin.actor);
    await expect(
      resetPassword(ctx, p.admin.user.id, { version: p.admin.user.version, newPassword: 'Chiem-quyen-1' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      grantRole(ctx, { userId: p.admin.user.id, role: 'viewer', unitId: p.communeA.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const own = await grantRole(ctx, { userId: p.headA.user.id, role: 'viewer', unitId: p.communeB.id });
    expect(own.role).toBe('viewer');
  });
});
