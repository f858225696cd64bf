/**
 * Several app servers sweep at once (SPEC §7): run on PostgreSQL only, where separate
 * processes can share a database (a PGlite folder admits one process, by its lock file).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import { supportRequests } from '../db/schema/index.ts';
import { runSweep, type SweepResult } from './reminder-sweep.ts';
import { SWEEP_LOCK_KEY } from './sweep-lock.ts';

const url = process.env.DATABASE_URL;
const CHILD = fileURLToPath(new URL('./concurrent-sweep.child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let database: Database;
let schema: string;
beforeAll(async () => {
  if (!url) return;
  database = await createTestDatabase();
  schema = (await database.db.execute<{ s: string }>(sql`select current_schema() as s`)).rows[0].s;
});
afterAll(async () => {
  await database?.close();
});

/** Runs the child script in its own Node process; resolves with the results it printed. */
function sweepInChild(day: string, startAt: number, rounds: number): Promise<SweepResult[]> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      SWEEP_SEARCH_PATH: schema,
      SWEEP_DATE: day,
      SWEEP_ROUNDS: String(rounds),
      SWEEP_START_AT: String(startAt),
    };
    delete env.SMTP_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`sweep process exited ${code}: ${err}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!));
      } catch (error) {
        reject(new Error(`unreadable output: ${out} ${err} (${error})`));
      }
    });
  });
}

const count = async (query: ReturnType<typeof sql>) =>
  Number((await database.db.execute<{ n: number }>(query)).rows[0].n);

describe('reminder sweep from several processes (PostgreSQL only: set DATABASE_URL)', () => {
  it.skipIf(!url)(
    'writes each notification exactly once when two processes sweep at the same time',
    async () => {
      const f = await makeCommittedAssignment(database.db);
      await database.db.insert(supportRequests).values({
        taskId: f.tasks.poverty.id,
        assignmentId: f.assignment.id,
        kind: 'resources',
        subject: 'Kinh phí hỗ trợ hộ nghèo',
        body: 'Đề nghị hỗ trợ kinh phí',
        routedTo: 'agency',
        routedToUnitId: f.p.department.id,
        raisedOn: '2022-06-01',
        responseDue: '2022-06-10',
        raisedBy: f.p.headA.user.id,
      });
      const startAt = Date.now() + 4000;
      const [a, b] = await Promise.all([
        sweepInChild('2022-07-05', startAt, 3),
        sweepInChild('2022-07-05', startAt, 3),
      ]);
      const results = [...a, ...b];
      const ran = results.filter((r) => !r.skipped);
      expect(ran.length).toBeGreaterThan(0);

      const rows = await count(sql`select count(*)::int as n from notifications`);
      const distinct = await count(sql`select count(distinct (user_id, key))::int as n from notifications`);
      expect(rows).toBe(distinct);
      // Every row was reported created by exactly one sweep.
      expect(ran.reduce((n, r) => n + (r.skipped ? 0 : r.created), 0)).toBe(rows);
      // Head: overdue, 4 silent, digest; delegate: nothing due soon; assigner: escalation, digest,
      // request escalated; supporter: request overdue.
      expect(rows).toBe(10);
      expect(await count(sql`select count(*)::int as n from notifications where kind = 'digest'`)).toBe(2);
      expect(ran.filter((r) => !r.skipped && r.digest)).toHaveLength(1);
      expect(
        await count(
          sql`select count(*)::int as n from audit_events where action = 'support_request.escalate'`,
        ),
      ).toBe(1);
      expect(await count(sql`select count(*)::int as n from sweep_runs`)).toBe(ran.length);

      // And one more, in this process: nothing left to say.
      expect(await runSweep(database, { today: '2022-07-05' })).toMatchObject({ skipped: false, created: 0 });
    },
  );

  it.skipIf(!url)('skips, writing nothing, while another server holds the sweep lock', async () => {
    const holder = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1, hashtext(current_schema()))', [SWEEP_LOCK_KEY]);
      const runs = await count(sql`select count(*)::int as n from sweep_runs`);
      expect(await runSweep(database, { today: '2022-07-06' })).toEqual({ skipped: true, day: '2022-07-06' });
      expect(await count(sql`select count(*)::int as n from sweep_runs`)).toBe(runs);
      await holder.query('select pg_advisory_unlock($1, hashtext(current_schema()))', [SWEEP_LOCK_KEY]);
      expect(await runSweep(database, { today: '2022-07-06' })).toMatchObject({ skipped: false });
    } finally {
      await holder.end();
    }
  });
});
