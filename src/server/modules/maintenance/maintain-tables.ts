import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

export interface TableUpkeep {
  table: string;
  action: 'vacuum' | 'analyze';
}

/**
 * Vacuums and analyzes the tables that need it, by autovacuum's own default thresholds. The embedded
 * database runs as a single standalone backend with no autovacuum launcher: without this, tables that are
 * updated all day (account_health, usage_daily, health_dirty, the job queue) would only ever grow, and the
 * planner would keep the statistics of the day a table was first analyzed.
 */
export async function maintainTables(db: Db): Promise<TableUpkeep[]> {
  // A standalone backend only publishes its activity counters when asked to.
  await sql`select pg_stat_force_next_flush()`.execute(db);
  await sql`select 1`.execute(db);
  const { rows } = await sql<{ schema: string; table: string; vacuum: boolean }>`
    select schemaname as schema, relname as table,
      n_dead_tup > 50 + 0.2 * greatest(n_live_tup, 0) as vacuum
    from pg_stat_user_tables
    where n_dead_tup > 50 + 0.2 * greatest(n_live_tup, 0)
      or n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)
    order by n_dead_tup + n_mod_since_analyze desc`.execute(db);
  const done: TableUpkeep[] = [];
  for (const r of rows) {
    const table = sql.table(`${r.schema}.${r.table}`);
    // VACUUM cannot run in a transaction; each table is its own statement, so others wait only briefly.
    await (r.vacuum ? sql`vacuum (analyze) ${table}` : sql`analyze ${table}`).execute(db);
    done.push({ table: `${r.schema}.${r.table}`, action: r.vacuum ? 'vacuum' : 'analyze' });
  }
  return done;
}
