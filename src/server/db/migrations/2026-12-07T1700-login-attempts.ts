// Frozen once landed: change the schema with a new migration file, never by editing this one.
// Login attempts per key ('email:<address>' or 'ip:<address>') in a sliding window. In the database, not in
// one process's memory, so several API processes share the count; one upsert per login both counts and
// decides, so concurrent attempts cannot all pass the check before any of them is recorded.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // attempts: the times of the counted attempts still inside the window, oldest first.
  // refused: whether the latest upsert found the key already at its limit (read back by RETURNING).
  await sql`
    create table login_attempts (
      key text primary key,
      attempts timestamptz[] not null,
      refused boolean not null default false,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index login_attempts_updated_at on login_attempts (updated_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table login_attempts`.execute(db);
}
