import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: a restored PGlite snapshot, or
 * (when DATABASE_URL is set) a new schema on PostgreSQL, dropped afterwards.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const snapshot = new Uint8Array(readFileSync(inject('pgliteSnapshot')));
    const database = await openDatabase({ snapshot });
    await migrate(database.pool);
    return database;
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: url, searchPath: schema });
  await migrate(database.pool);
  return {
    ...database,
    async close() {
      await database.pool.query(`drop schema ${schema} cascade`);
      await database.close();
    },
  };
}
