/**
 * Scheduled work of an app server: the reminder sweep every few minutes (for
 * Vietnam's date of the moment) and, on the embedded database, which has no
 * autovacuum daemon, a daily ANALYZE so the planner's statistics follow the data.
 * Timers are unref'd (they never keep the process alive); stop() waits for the job
 * in progress, so the database can be closed right after.
 */
import type { Logger } from 'pino';
import { type Clock, vietnamDate } from '../clock.ts';
import type { Mailer } from '../mail/mailer.ts';
import { runSweep, type SweepDatabase } from './reminder-sweep.ts';

export interface SchedulerOptions {
  database: SweepDatabase;
  clock: Clock;
  logger: Logger;
  mailer?: Mailer | null;
  publicUrl: string;
  /** Time between sweeps; 0 for none (the ANALYZE still runs). */
  everyMs: number;
  /** Delay before the first sweep after start (default: a minute, or `everyMs` if shorter). */
  firstDelayMs?: number;
  /** Time between ANALYZE runs on PGlite (default: a day). */
  analyzeEveryMs?: number;
}

export interface Scheduler {
  stop(): Promise<void>;
}

const DAY_MS = 24 * 3_600_000;

/** Starts the timers; the returned stop() clears them and waits for a job in progress. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const log = options.logger.child({ job: 'scheduler' });
  const timers: NodeJS.Timeout[] = [];
  const inFlight = new Set<Promise<void>>();
  let sweeping = false;
  let analyzing = false;
  let stopped = false;

  const track = (work: () => Promise<void>) => {
    const p = work().finally(() => inFlight.delete(p));
    inFlight.add(p);
  };

  const sweep = () => {
    // One sweep at a time in this process; other processes are kept out by the advisory lock.
    if (stopped || sweeping) return;
    sweeping = true;
    track(async () => {
      try {
        const today = vietnamDate(options.clock());
        const result = await runSweep(options.database, {
          today,
          clock: options.clock,
          mailer: options.mailer,
          logger: log,
          publicUrl: options.publicUrl,
        });
        if (result.skipped) log.debug({ day: today }, 'reminder sweep skipped: another one is running');
        else log.info(result, 'reminder sweep done');
      } catch (err) {
        log.error({ err }, 'reminder sweep failed');
      } finally {
        sweeping = false;
      }
    });
  };

  const analyze = () => {
    if (stopped || analyzing) return;
    analyzing = true;
    track(async () => {
      try {
        await options.database.pool.query('analyze');
        log.debug('analyze done');
      } catch (err) {
        log.error({ err }, 'analyze failed');
      } finally {
        analyzing = false;
      }
    });
  };

  const every = (fn: () => void, ms: number) => timers.push(setInterval(fn, ms).unref());
  if (options.everyMs > 0) {
    timers.push(setTimeout(sweep, options.firstDelayMs ?? Math.min(60_000, options.everyMs)).unref());
    every(sweep, options.everyMs);
  }
  if (options.database.kind === 'pglite') every(analyze, options.analyzeEveryMs ?? DAY_MS);

  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all([...inFlight]);
    },
  };
}
