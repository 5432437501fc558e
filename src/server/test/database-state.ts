// A fingerprint of every table, to prove that a refused request wrote nothing: an insert, update or
// delete anywhere (the audit log included) changes the row count or the digest of that table.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

export type DatabaseState = Record<string, { rows: number; digest: string }>;

/** Every table of the schema, found at run time so that a new migration's tables are covered too. */
async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  return rows.map((r) => r.name);
}

export async function databaseState(db: Db): Promise<DatabaseState> {
  const parts = (await tableNames(db)).map(
    (table) =>
      sql`select ${table} as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
          from ${sql.table(table)} t`,
  );
  const { rows } = await sql<{
    name: string;
    rows: number;
    digest: string;
  }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, digest: r.digest }]));
}
