/**
 * The advisory lock that lets one reminder sweep run at a time across every app server.
 * The second key is the schema's hash, so separate deployments (or test schemas)
 * sharing one PostgreSQL database never skip each other's sweeps.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Tx } from '../db/client.ts';

/** First key of the sweep lock (the migration lock is 727001, the unit tree's 727101). */
export const SWEEP_LOCK_KEY = 727_201;

/**
 * PostgreSQL: takes the session-level lock on a connection of its own, held for the
 * whole sweep (reads, writes, e-mail). Returns its release, or null when another
 * sweep holds it. Should this process die, the connection closes and frees the lock.
 */
export async function trySessionLock(pool: pg.Pool): Promise<(() => Promise<void>) | null> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(
      'select pg_try_advisory_lock($1, hashtext(current_schema())) as ok',
      [SWEEP_LOCK_KEY],
    );
    if (!rows[0]?.ok) {
      client.release();
      return null;
    }
  } catch (error) {
    client.release(true);
    throw error;
  }
  return async () => {
    try {
      await client.query('select pg_advisory_unlock($1, hashtext(current_schema()))', [SWEEP_LOCK_KEY]);
      client.release();
    } catch {
      // Dropping the connection releases the lock as well.
      client.release(true);
    }
  };
}

/**
 * The embedded database has one pooled connection, so a lock on a second one is
 * impossible; the lock is taken inside the sweep's write transaction instead. (Only
 * one process can open a PGlite folder at all: the data folder is locked.)
 */
export async function tryTransactionLock(tx: Tx): Promise<boolean> {
  const { rows } = await tx.execute<{ ok: boolean }>(
    sql`select pg_try_advisory_xact_lock(${SWEEP_LOCK_KEY}, hashtext(current_schema())) as ok`,
  );
  return rows[0]?.ok === true;
}
