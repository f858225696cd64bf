import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import { raiseSupportRequest } from '../services/support/raise-support-request.ts';
import { respondRequestCommand, supportRequestsCommand } from './support.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

let out: string[] = [];
let err: string[] = [];
function capture() {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
}
afterEach(() => {
  vi.restoreAllMocks();
});

async function world() {
  const f = await makeCommittedAssignment(database.db);
  const request = await raiseSupportRequest(f.ctx.head, {
    taskId: f.tasks.poverty.id,
    kind: 'obstacle',
    subject: 'Vướng mắc về giải phóng mặt bằng',
    body: 'Một số hộ chưa đồng ý phương án bồi thường.',
    routedTo: 'agency',
    agencyUnitId: f.p.department.id,
  });
  return { f, request, supporter: f.users.supporter.user.username };
}

describe('support request commands', () => {
  it('prints the inbox of a user as JSON, filtered by state', async () => {
    const { f, request, supporter } = await world();
    capture();
    expect(await supportRequestsCommand(database.db, { as: supporter, state: 'open' }, f.clock)).toBe(0);
    const printed = JSON.parse(out.join('\n'));
    expect(printed).toMatchObject({ box: 'inbox', total: 1 });
    expect(printed.items[0]).toMatchObject({ id: request.id, subject: 'Vướng mắc về giải phóng mặt bằng' });
    capture();
    expect(
      await supportRequestsCommand(database.db, { as: f.p.headA.user.username, box: 'raised' }, f.clock),
    ).toBe(0);
    expect(JSON.parse(out.join('\n')).items.map((r: { id: string }) => r.id)).toEqual([request.id]);
  });

  it('answers a request once as the named user; a second answer is refused as closed', async () => {
    const { f, request, supporter } = await world();
    capture();
    const args = {
      as: supporter,
      id: request.id,
      response: 'Sở sẽ cử cán bộ phối hợp tuyên truyền.',
      resolved: true,
    };
    expect(await respondRequestCommand(database.db, args, f.clock)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ state: 'answered', resolved: true, version: 2 });
    capture();
    expect(await respondRequestCommand(database.db, args, f.clock)).toBe(2);
    expect(err.join('\n')).toContain('support_request_closed');
    expect(out).toEqual([]);
  });

  it('refuses missing or malformed arguments and unknown users with a usage line', async () => {
    const { f, request, supporter } = await world();
    capture();
    expect(await supportRequestsCommand(database.db, { as: supporter, box: 'outbox' }, f.clock)).toBe(1);
    expect(await supportRequestsCommand(database.db, {}, f.clock)).toBe(1);
    expect(
      await respondRequestCommand(database.db, { as: supporter, id: 'abc', response: 'x' }, f.clock),
    ).toBe(1);
    expect(await respondRequestCommand(database.db, { as: supporter, id: request.id }, f.clock)).toBe(1);
    expect(
      await respondRequestCommand(
        database.db,
        { as: 'no.such.user', id: request.id, response: 'x' },
        f.clock,
      ),
    ).toBe(1);
    expect(
      await respondRequestCommand(
        database.db,
        { as: f.p.viewer.user.username, id: request.id, response: 'x' },
        f.clock,
      ),
    ).toBe(2);
    expect(err.at(-1)).toContain('not_found');
  });
});
