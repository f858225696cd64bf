import { serve } from '@hono/node-server';
import pino from 'pino';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { createMailer } from './mail/mailer.ts';
import { LocalFileStorage } from './storage/local-file-storage.ts';

/** Composition root: config → database (migrated) → HTTP server. Returns a stop function. */
export async function startServer(
  config: Config,
  options: { beforeListen?: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void> } = {},
) {
  const logger = pino({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(database.pool);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  await options.beforeListen?.(database);
  // PGlite has no autovacuum daemon: refresh planner statistics at start so plans fit the data.
  if (database.kind === 'pglite') await database.pool.query('analyze');
  const app = createApp({
    db: database.db,
    clock: systemClock,
    logger,
    storage: new LocalFileStorage(config.filesDir),
    webRoot: config.webRoot,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  logger.info(
    { url: `http://${config.host}:${config.port}`, database: database.kind },
    'Mandate is listening',
  );
  // Reminder sweeps (MANDATE_SWEEP_MINUTES=0 turns them off) and, on PGlite, a daily ANALYZE.
  const mailer = createMailer(config);
  const scheduler =
    config.sweepMinutes > 0 || database.kind === 'pglite'
      ? startScheduler({
          database,
          clock: systemClock,
          logger,
          mailer,
          publicUrl: config.publicUrl,
          everyMs: config.sweepMinutes * 60_000,
        })
      : null;
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    database,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await scheduler?.stop();
      mailer?.close();
      await database.close();
    },
  };
}
