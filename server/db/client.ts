import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded.ts';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Database = {
  db: Db;
  pool: pg.Pool;
  kind: 'pglite' | 'postgres';
  /** The embedded server, when running on PGlite. */
  embedded?: EmbeddedServer;
  close(): Promise<void>;
};

// DATE columns come back as 'YYYY-MM-DD' strings, never shifted through a JS Date.
pg.types.setTypeParser(1082, (v) => v);
// int8 counts fit in a JS number for every table we have.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir` (locked, on its own thread). */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  searchPath?: string;
  snapshot?: Uint8Array;
  poolSize?: number;
}): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let release: (() => void) | undefined;
  let config: pg.PoolConfig;
  if (options.databaseUrl) {
    config = { connectionString: options.databaseUrl, max: options.poolSize ?? 10 };
    if (options.searchPath) config.options = `-c search_path=${options.searchPath}`;
  } else {
    if (options.dataDir) release = acquireDataDirLock(options.dataDir);
    try {
      embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, snapshot: options.snapshot });
    } catch (error) {
      release?.();
      throw error;
    }
    // One connection: PGlite has a single session, and interleaving several clients' extended-protocol
    // messages on it breaks (lost prepared statements, hangs). PGlite serializes all work anyway.
    config = { host: embedded.host, port: embedded.port, user: 'postgres', database: 'postgres', max: 1 };
  }
  const pool = new pg.Pool(config);
  pool.on('error', () => {});
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    kind: embedded ? 'pglite' : 'postgres',
    embedded,
    async close() {
      await pool.end();
      await embedded?.stop();
      release?.();
    },
  };
}
