import type pg from 'pg';

/** Drops every table of the current schema (the data folder's or the DATABASE_URL's). */
export async function resetDatabase(pool: pg.Pool): Promise<void> {
  await pool.query(`do $$ declare r record; begin
    for r in (select tablename from pg_tables where schemaname = current_schema()) loop
      execute 'drop table if exists ' || quote_ident(r.tablename) || ' cascade';
    end loop;
  end $$;`);
}
