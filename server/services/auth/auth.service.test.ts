import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor, makeProvince, makeUser, TEST_PASSWORD } from '../../../test/factories.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, sessions } from '../../db/schema/index.ts';
import { changePassword } from './change-password.ts';
import { hashToken, login } from './login.ts';
import { resolveSession } from './session.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const deps = () => ({ db: database.db, clock: () => new Date(), requestId: null });

describe('sign-in and sessions on the real database', () => {
  it('stores only the hash of the session token and resolves the user with their grants', async () => {
    const p = await makeProvince(database.db);
    const result = await login(deps(), {
      username: p.headA.user.username,
      password: TEST_PASSWORD,
      ip: '10.1.1.1',
      userAgent: 'test',
    });
    const stored = await database.db.select().from(sessions).where(eq(sessions.userId, p.headA.user.id));
    expect(stored.map((s) => s.tokenHash)).toEqual([hashToken(result.token)]);
    const auth = await resolveSession(database.db, () => new Date(), result.token);
    expect(auth?.actor.grants.map((g) => [g.role, g.unitId])).toEqual([['head', p.communeA.id]]);
  });

  it('throttles a username after five failures even with the right password, and records the sign-in in the audit trail', async () => {
    const { user } = await makeUser(database.db);
    for (let i = 0; i < 5; i++) {
      await expect(
        login(deps(), { username: user.username, password: 'wrong-1', ip: `10.2.0.${i}`, userAgent: null }),
      ).rejects.toMatchObject({
        code: 'invalid_credentials',
      });
    }
    await expect(
      login(deps(), { username: user.username, password: TEST_PASSWORD, ip: '10.2.1.1', userAgent: null }),
    ).rejects.toMatchObject({
      code: 'too_many_attempts',
    });
    const later = () => new Date(Date.now() + 16 * 60_000);
    await login(
      { ...deps(), clock: later },
      { username: user.username, password: TEST_PASSWORD, ip: '10.2.1.1', userAgent: null },
    );
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(events.map((e) => e.action)).toContain('user.login');
  });

  it('verifies at most five of many parallel wrong passwords for one username', async () => {
    const { user } = await makeUser(database.db);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        login(deps(), { username: user.username, password: 'wrong-2', ip: `10.6.0.${i}`, userAgent: null }),
      ),
    );
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'));
    expect(codes.filter((c) => c === 'invalid_credentials').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'too_many_attempts').length).toBeGreaterThanOrEqual(7);
  });

  it('does not reveal whether a username exists: an unknown name fails exactly like a wrong password', async () => {
    const { user } = await makeUser(database.db);
    const unknown = await login(deps(), {
      username: 'no.such.user',
      password: 'x',
      ip: '10.3.0.1',
      userAgent: null,
    }).catch((e) => e);
    const wrong = await login(deps(), {
      username: user.username,
      password: 'x',
      ip: '10.3.0.2',
      userAgent: null,
    }).catch((e) => e);
    expect(unknown.code).toBe('invalid_credentials');
    expect({ code: unknown.code, params: unknown.params, fields: unknown.fields }).toEqual({
      code: wrong.code,
      params: wrong.params,
      fields: wrong.fields,
    });
  });

  it('expires sessions after their lifetime', async () => {
    const { user } = await makeUser(database.db);
    const result = await login(deps(), {
      username: user.username,
      password: TEST_PASSWORD,
      ip: '10.4.0.1',
      userAgent: null,
    });
    expect(
      await resolveSession(database.db, () => new Date(Date.now() + 13 * 3600_000), result.token),
    ).toBeNull();
  });

  it('changes a password, ending the other sessions but keeping the current one', async () => {
    const { user, actor } = await makeUser(database.db);
    const a = await login(deps(), {
      username: user.username,
      password: TEST_PASSWORD,
      ip: '10.5.0.1',
      userAgent: null,
    });
    const b = await login(deps(), {
      username: user.username,
      password: TEST_PASSWORD,
      ip: '10.5.0.2',
      userAgent: null,
    });
    const ctx = contextFor(database.db, actor);
    await expect(
      changePassword(ctx, {
        currentPassword: 'nope',
        newPassword: 'Newpass-2023',
        keepSessionHash: hashToken(a.token),
      }),
    ).rejects.toMatchObject({
      code: 'wrong_password',
    });
    await expect(
      changePassword(ctx, {
        currentPassword: TEST_PASSWORD,
        newPassword: 'short',
        keepSessionHash: hashToken(a.token),
      }),
    ).rejects.toMatchObject({
      code: 'weak_password',
    });
    await changePassword(ctx, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Newpass-2023',
      keepSessionHash: hashToken(a.token),
    });
    expect(await resolveSession(database.db, () => new Date(), a.token)).not.toBeNull();
    expect(await resolveSession(database.db, () => new Date(), b.token)).toBeNull();
    await login(deps(), {
      username: user.username,
      password: 'Newpass-2023',
      ip: '10.5.0.3',
      userAgent: null,
    });
  });
});
