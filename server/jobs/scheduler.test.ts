import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import { sweepCommand } from '../cli/sweep.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { startScheduler } from './scheduler.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await makeCommittedAssignment(database.db);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database.close();
});

const runs = async () =>
  Number(
    (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from sweep_runs`)).rows[0].n,
  );

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(25);
  }
}

describe('scheduler', () => {
  it('sweeps for the day of its clock on every tick, ANALYZEs the embedded database, and stops cleanly', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const scheduler = startScheduler({
      database,
      clock: clockAt('2022-06-25'),
      logger,
      publicUrl: 'http://localhost:3000',
      everyMs: 40,
      firstDelayMs: 0,
      analyzeEveryMs: 100,
    });
    try {
      await until(async () => (await runs()) >= 2);
      if (database.kind === 'pglite') await until(async () => lines.some((l) => l.msg === 'analyze done'));
    } finally {
      await scheduler.stop();
    }
    const done = lines.filter((l) => l.msg === 'reminder sweep done');
    expect(done[0]).toMatchObject({ job: 'scheduler', day: '2022-06-25', created: 8 });
    expect(done[1]).toMatchObject({ day: '2022-06-25', created: 0 });
    expect(lines.some((l) => l.level === 50)).toBe(false);
    // Stopped: no sweep starts afterwards, and none was left half-done.
    const after = await runs();
    await sleep(150);
    expect(await runs()).toBe(after);
    const [{ n }] = (
      await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from sweep_runs where finished_at is null`,
      )
    ).rows;
    expect(n).toBe(0);
  });

  it('with sweeps turned off, sweeps nothing but still ANALYZEs the embedded database', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const before = await runs();
    const scheduler = startScheduler({
      database,
      clock: clockAt('2022-06-26'),
      logger,
      publicUrl: 'http://localhost:3000',
      everyMs: 0,
      analyzeEveryMs: 50,
    });
    try {
      if (database.kind === 'pglite') await until(async () => lines.some((l) => l.msg === 'analyze done'));
      else await sleep(200);
    } finally {
      await scheduler.stop();
    }
    expect(await runs()).toBe(before);
  });

  it('runs one sweep from the command line and prints its counts as JSON', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await sweepCommand(database, { date: '2022-07-05' }, { publicUrl: 'http://localhost:3000' })).toBe(
      0,
    );
    const printed = JSON.parse(String(log.mock.calls.at(-1)?.[0]));
    expect(printed).toMatchObject({ skipped: false, day: '2022-07-05', digest: true });
    expect(printed.byKind).toMatchObject({ overdue: 1, escalation: 1, digest: 2 });
    expect(await sweepCommand(database, { date: '2022-13-01' }, { publicUrl: 'http://localhost:3000' })).toBe(
      1,
    );
    expect(error).toHaveBeenCalled();
  });

  it('reads its settings from the environment: every hour by default, 0 for never, SMTP only when set', () => {
    expect(loadConfig({})).toMatchObject({
      sweepMinutes: 60,
      smtpUrl: undefined,
      publicUrl: 'http://localhost:3000',
    });
    expect(loadConfig({ MANDATE_SWEEP_MINUTES: '0' }).sweepMinutes).toBe(0);
    expect(loadConfig({ MANDATE_SWEEP_MINUTES: '15' }).sweepMinutes).toBe(15);
    expect(loadConfig({ MANDATE_SWEEP_MINUTES: 'often' }).sweepMinutes).toBe(60);
    expect(
      loadConfig({
        SMTP_URL: 'smtp://u:p@mail.example.vn:587',
        MAIL_FROM: 'x@example.vn',
        PUBLIC_URL: 'https://a.vn',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://u:p@mail.example.vn:587',
      mailFrom: 'x@example.vn',
      publicUrl: 'https://a.vn',
    });
  });
});
