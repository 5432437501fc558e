// schema.ts is the schema of record: after migrating, its tables and columns are exactly the database's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t?.close());

/** table → its columns, read from the DB interface of schema.ts and each table's interface. */
function declared(): Map<string, string[]> {
  const text = readFileSync(path.join(import.meta.dirname, 'schema.ts'), 'utf8');
  const body = (name: string) =>
    new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(text)?.[1] ?? '';
  const fields = (block: string) =>
    [...block.matchAll(/^ {2}'?([\w.]+)'?\??:\s*([^;]+);/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  return new Map(
    fields(body('DB'))
      .filter(([table]) => !table.includes('.'))
      .map(([table, iface]) => [
        table,
        fields(body(iface.trim()))
          .map(([column]) => column)
          .sort(),
      ]),
  );
}

it('declares every table and column of the migrated database, and no other', async () => {
  const { rows } = await sql<{ table: string; column: string }>`
    select c.table_name as table, c.column_name as column
    from information_schema.columns c join information_schema.tables tb
      on tb.table_schema = c.table_schema and tb.table_name = c.table_name
    where c.table_schema = 'public' and tb.table_type = 'BASE TABLE'
      and c.table_name not like 'tend_migrations%' and c.table_name not like 'raw_events_%'`.execute(t.db);
  const actual = new Map<string, string[]>();
  for (const r of rows) actual.set(r.table, [...(actual.get(r.table) ?? []), r.column]);
  for (const columns of actual.values()) columns.sort();
  const expected = declared();
  expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
});
