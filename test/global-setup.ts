import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

/**
 * Runs once per test run. On PGlite it migrates one in-memory database and
 * dumps it, so each test file restores a migrated snapshot (~0.5 s) instead of
 * running initdb and the migrations again. On PostgreSQL there is nothing to
 * prepare: each file migrates its own schema.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-test-'));
  const file = join(dir, 'migrated.tar');
  if (!process.env.DATABASE_URL) {
    const database = await openDatabase({});
    await migrate(database.pool);
    writeFileSync(file, await database.embedded!.dump());
    await database.close();
    console.log('\n  Database: PGlite (embedded). Set DATABASE_URL to run the suite on PostgreSQL.\n');
  } else {
    console.log(`\n  Database: PostgreSQL at ${process.env.DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}\n`);
  }
  project.provide('pgliteSnapshot', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
