import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The migration files in order; drizzle-kit writes them, we apply them the same way on both backends. */
export function migrationFiles(): { name: string; statements: string[] }[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({
      name,
      // Unqualified names let the same files run in any schema (tests use one schema per file).
      statements: readFileSync(MIGRATIONS_DIR + name, 'utf8')
        .replaceAll('"public".', '')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/** Applies pending migrations, each in its own transaction, under an advisory lock (several app servers may start at once). */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('select pg_advisory_lock(727001)');
    await client.query(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name),
    );
    for (const file of migrationFiles()) {
      if (done.has(file.name)) continue;
      await client.query('begin');
      try {
        for (const statement of file.statements) await client.query(statement);
        await client.query('insert into schema_migrations (name) values ($1)', [file.name]);
        await client.query('commit');
        applied.push(file.name);
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query('select pg_advisory_unlock(727001)').catch(() => {});
    client.release();
  }
  return applied;
}
