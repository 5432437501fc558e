// Frozen once landed: change the schema with a new migration file, never by editing this one.
// Columns nothing has written since 2026-12-06T1000-health-compact (scores are stored as signature arrays
// and explained on read) and the cursor of health_runs, which parts (health_run_parts) replaced.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account_health drop column measures, drop column last_change,
    drop column change_old_measures`.execute(db);
  await sql`alter table health_history drop column measures`.execute(db);
  await sql`alter table health_runs drop column cursor`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account_health add column measures jsonb, add column last_change jsonb,
    add column change_old_measures jsonb`.execute(db);
  await sql`alter table health_history add column measures jsonb`.execute(db);
  await sql`alter table health_runs add column cursor uuid`.execute(db);
}
