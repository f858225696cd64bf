import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { benchEvaluation } from './evaluation.bench.ts';
const url = process.env.DATABASE_URL!;
const schema = `bench_${Date.now()}`;
const { default: pg } = await import('pg');
const c = new pg.Client({ connectionString: url }); await c.connect(); await c.query(`create schema ${schema}`); await c.end();
const d = await openDatabase({ databaseUrl: url, searchPath: schema });
await migrate(d.pool);
try { await benchEvaluation(d); } finally {
await d.pool.query(`drop schema ${schema} cascade`);
await d.close(); }
