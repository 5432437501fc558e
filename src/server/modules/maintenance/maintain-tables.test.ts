import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { maintainTables } from './maintain-tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const stats = async (table: string) =>
  (
    await sql<{ dead: number; vacuumed: boolean; analyzed: boolean }>`
      select n_dead_tup::int as dead, last_vacuum is not null as vacuumed, last_analyze is not null as analyzed
      from pg_stat_user_tables where relname = ${table}`.execute(t.db)
  ).rows[0];

it('vacuums a table full of dead rows, analyzes a changed one and leaves a quiet one alone', async () => {
  // One connection throughout: activity counters are per connection until published. Probe tables have
  // autovacuum off, so on a PostgreSQL server only this code can touch them.
  await t.db.connection().execute(async (db) => {
    for (const name of ['upkeep_churned', 'upkeep_grown', 'upkeep_quiet']) {
      await sql`create table ${sql.table(name)} (id int primary key, v int) with (autovacuum_enabled = false)`.execute(
        db,
      );
      await sql`insert into ${sql.table(name)} select g, g from generate_series(1, 1000) g`.execute(db);
    }
    await sql`select pg_stat_force_next_flush()`.execute(db);
    await sql`select 1`.execute(db);
    await sql`analyze upkeep_quiet`.execute(db);
    await sql`update upkeep_churned set v = v + 1 where id <= 600`.execute(db);
    await sql`update upkeep_quiet set v = v + 1 where id <= 5`.execute(db);

    const done = await maintainTables(db);
    const mine = done.filter((d) => d.table.startsWith('public.upkeep_'));
    expect(mine).toEqual(
      expect.arrayContaining([
        { table: 'public.upkeep_churned', action: 'vacuum' },
        { table: 'public.upkeep_grown', action: 'analyze' },
      ]),
    );
    expect(mine.map((d) => d.table)).not.toContain('public.upkeep_quiet');
  });
  expect(await stats('upkeep_churned')).toMatchObject({ dead: 0, vacuumed: true, analyzed: true });
  expect(await stats('upkeep_grown')).toMatchObject({ vacuumed: false, analyzed: true });
});
