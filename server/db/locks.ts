import { sql } from 'drizzle-orm';
import type { Tx } from './client.ts';

// Advisory lock keys, one per kind of shared structure.
const TREE_LOCK = 727_101;

/** Serializes every change to units' materialized paths (create, move) until the transaction ends. */
export async function lockTree(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
}

/** Serializes sign-in attempts for one username until the transaction ends. */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
