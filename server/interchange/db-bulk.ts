import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';

/**
 * Many rows in one statement: each column travels as one array parameter and
 * `unnest(...) with ordinality` turns the arrays back into rows (several times faster than
 * a multi-row VALUES list, and free of the driver's limit on parameters). Rows go in in
 * the order given, and `createdAt` stamps them one microsecond apart in that order, so
 * that "oldest first" reads them back in the same order.
 */

type ScalarType = 'uuid' | 'text' | 'date' | 'integer' | 'bigint' | 'boolean' | 'numeric' | 'timestamptz';

export interface BulkColumn {
  name: string;
  /**
   * The column's type. `jsonb` values are JSON texts (written as given, so a decimal keeps
   * its digits); `uuid[]` and `text[]` values are JS arrays.
   */
  type: ScalarType | 'jsonb' | 'uuid[]' | 'text[]';
  values: readonly unknown[];
}

export interface BulkOptions {
  /** Stamps this column with `base` plus one microsecond per row, in row order. */
  createdAt?: { column: string; base: Date };
  /** Skips rows whose key is already stored. */
  onConflictDoNothing?: boolean;
  /** Rows per statement. */
  chunk?: number;
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

function parameter(column: BulkColumn, rows: readonly unknown[]): SQL {
  if (column.type === 'jsonb') return sql`${sql.param(rows)}::text[]`;
  if (column.type === 'uuid[]' || column.type === 'text[]') {
    return sql`${sql.param(rows.map((v) => JSON.stringify(v ?? [])))}::text[]`;
  }
  return sql`${sql.param(rows)}::${sql.raw(column.type)}[]`;
}

function expression(column: BulkColumn, alias: string): SQL {
  const value = sql.raw(`x.${alias}`);
  if (column.type === 'jsonb') return sql`${value}::jsonb`;
  if (column.type === 'uuid[]' || column.type === 'text[]') {
    const element = column.type.slice(0, -2);
    // one JSON array per row, back to a PostgreSQL array in its own order
    return sql`(select coalesce(array_agg(e.v order by e.n), '{}')::${sql.raw(element)}[] from jsonb_array_elements_text(${value}::jsonb) with ordinality as e(v, n))`;
  }
  return value;
}

/** Inserts the rows described column by column (every column holds one value per row). */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  options: BulkOptions = {},
): Promise<number> {
  const count = columns[0]?.values.length ?? 0;
  if (columns.some((c) => c.values.length !== count)) throw new Error(`bulkInsert ${table}: ragged columns`);
  const chunk = options.chunk ?? 20_000;
  const aliases = columns.map((_, i) => `c${i}`);
  const targets = [...columns.map((c) => ident(c.name))];
  if (options.createdAt) targets.push(ident(options.createdAt.column));
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    const params = columns.map((c) => parameter(c, c.values.slice(start, end)));
    const selected = columns.map((c, i) => expression(c, aliases[i]));
    if (options.createdAt) {
      const base = options.createdAt.base.toISOString();
      selected.push(sql`${base}::timestamptz + ((${start}::bigint + x.ord - 1) * interval '1 microsecond')`);
    }
    await tx.execute(sql`insert into ${ident(table)} (${sql.join(targets, sql`, `)})
      select ${sql.join(selected, sql`, `)}
      from unnest(${sql.join(params, sql`, `)}) with ordinality as x(${sql.raw(aliases.join(', '))}, ord)
      order by x.ord
      ${options.onConflictDoNothing ? sql`on conflict do nothing` : sql``}`);
  }
  return count;
}

/** One column of `rows`: its name, type and each row's value. */
export const col = <T>(
  name: string,
  type: BulkColumn['type'],
  rows: readonly T[],
  value: (row: T) => unknown,
): BulkColumn => ({ name, type, values: rows.map(value) });
