// Frozen once landed: change the schema with a new migration file, never by editing this one.
// A compact signature of each account's health inputs (every value and measure score), so a recompute
// builds the per-measure JSON only for accounts whose inputs changed. Null until an account is next
// recomputed, which then counts as a change.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account_health add column sig float8[], add column sig_text text[]`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account_health drop column sig, drop column sig_text`.execute(db);
}
