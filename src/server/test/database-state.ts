// A fingerprint of every table, to prove that a refused request wrote nothing: an insert, update or
// delete anywhere (the audit log included) changes the row count or the digest of that table.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

const TABLES = [
  'users',
  'sessions',
  'api_keys',
  'audit_log',
  'accounts',
  'contacts',
  'account_team',
  'contracts',
  'saved_views',
  'app_settings',
] as const;

export type DatabaseState = Record<(typeof TABLES)[number], { rows: number; digest: string }>;

export async function databaseState(db: Db): Promise<DatabaseState> {
  const parts = TABLES.map(
    (table) =>
      sql`select ${table} as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
          from ${sql.table(table)} t`,
  );
  const { rows } = await sql<{
    name: (typeof TABLES)[number];
    rows: number;
    digest: string;
  }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, digest: r.digest }])) as DatabaseState;
}
