import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { benchImportAndIssue } from './assignments.bench.ts';
import { benchCheckIns } from './check-ins.bench.ts';
import { benchEvaluation } from './evaluation.bench.ts';
import { benchOrgTree } from './org-tree.bench.ts';

// `npm run bench`: PGlite in memory, and PostgreSQL too when DATABASE_URL is set (in a throw-away schema).
async function onDatabase(kind: 'pglite' | 'postgres') {
  const schema = `bench_${Date.now()}`;
  const url = process.env.DATABASE_URL;
  if (kind === 'postgres') {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`create schema ${schema}`);
    await c.end();
  }
  const database = await openDatabase(kind === 'postgres' ? { databaseUrl: url, searchPath: schema } : {});
  try {
    await migrate(database.pool);
    await benchOrgTree(database);
    await benchImportAndIssue(database, Number(process.env.BENCH_TASKS || 10_000));
    await benchCheckIns(database);
    await benchEvaluation(database);
  } finally {
    if (kind === 'postgres') await database.pool.query(`drop schema ${schema} cascade`);
    await database.close();
  }
}

console.log(`# Mandate benchmarks — ${new Date().toISOString()} — node ${process.version}`);
await onDatabase('pglite');
if (process.env.DATABASE_URL) await onDatabase('postgres');
