import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import { appraiseCommand, taskStatusCommand } from './status.ts';

let database: Database;
let f: Awaited<ReturnType<typeof makeCommittedAssignment>>;
let log: MockInstance;
let error: MockInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  f = await makeCommittedAssignment(database.db);
});
beforeEach(() => {
  vi.restoreAllMocks();
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database.close();
});

const printed = () => JSON.parse(String(log.mock.calls.at(-1)?.[0]));
const errors = () => error.mock.calls.map((c) => String(c[0])).join('\n');
const appraisals = async () =>
  Number((await database.db.execute<{ n: number }>(sql`select count(*)::int n from appraisals`)).rows[0].n);
const file = (body: unknown) => {
  const path = join(tmpdir(), `appraisal-${randomUUID()}.json`);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
};

describe('mandate task-status', () => {
  it('prints the status of every task on the day asked about, as JSON', async () => {
    expect(await taskStatusCommand(database.db, { assignment: f.assignment.id, date: '2022-07-01' })).toBe(0);
    const out = printed();
    expect(out).toMatchObject({ assignmentId: f.assignment.id, date: '2022-07-01', state: 'committed' });
    expect(out.tasks.map((t: { status: string }) => t.status)).toEqual([
      'not_due',
      'not_due',
      'overdue',
      'not_due',
    ]);
  });

  it('refuses a malformed date (usage) and names an unknown assignment', async () => {
    expect(await taskStatusCommand(database.db, { assignment: f.assignment.id, date: '01/07/2022' })).toBe(1);
    expect(errors()).toContain('Usage: mandate task-status');
    expect(await taskStatusCommand(database.db, { assignment: randomUUID() })).toBe(2);
    expect(errors()).toContain('not_found');
  });
});

describe('mandate appraise', () => {
  const body = (items: unknown[]) => ({ kind: 'quarterly', quarter: 2, appraisedOn: '2022-06-30', items });

  it('records an appraisal from a JSON file as the named appraiser and prints it', async () => {
    const path = file(body([{ taskId: f.tasks.vaccination.id, progress: 'at_risk', verifiedValue: 93.5 }]));
    const code = await appraiseCommand(
      database.db,
      { as: f.users.appraiser.user.username, assignment: f.assignment.id, file: path },
      clockAt('2022-07-05'),
    );
    expect(code).toBe(0);
    expect(printed()).toMatchObject({
      kind: 'quarterly',
      appraiserUnit: { id: f.p.district.id },
      createdBy: { id: f.users.appraiser.user.id },
      items: [{ taskNumber: 3, verifiedValue: 93.5, progress: 'at_risk' }],
    });
  });

  it('prints the rule that refused the appraisal with the field, and writes nothing', async () => {
    const before = await appraisals();
    const path = file(body([{ taskId: f.tasks.clearance.id, progress: 'on_track', verifiedFraction: 1 }]));
    const code = await appraiseCommand(
      database.db,
      { as: f.users.appraiser.user.username, assignment: f.assignment.id, file: path },
      clockAt('2022-07-05'),
    );
    expect(code).toBe(2);
    expect(errors()).toContain('appraisal_whole_needs_acceptance');
    expect(errors()).toContain('items.0.verifiedFraction');
    expect(await appraisals()).toBe(before);
  });

  it('refuses a file that is not an appraisal, and an unknown user', async () => {
    const run = (path: string, as = f.users.appraiser.user.username) =>
      appraiseCommand(database.db, { as, assignment: f.assignment.id, file: path }, clockAt('2022-07-05'));
    expect(await run(file('{ not json'))).toBe(1);
    expect(await run(file({ kind: 'yearly', appraisedOn: '2022-06-30', items: [] }))).toBe(1);
    expect(errors()).toContain('"kind"');
    expect(await run(file(body([{ taskId: f.tasks.revenue.id, progress: 'late' }])), 'no.such.user')).toBe(1);
    expect(errors()).toContain('No active user "no.such.user"');
    expect(await appraiseCommand(database.db, { as: 'x', file: 'y' })).toBe(1);
  });
});
