// Frozen once landed: change the schema with a new migration file, never by editing this one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Exactly-once: a message id is claimed here before its event is stored. Kept apart from raw_events so
  // raw_events can be partitioned by time on a server (a unique key there would have to include the time).
  await sql`
    create table ingest_messages (
      message_id text primary key,
      received_at timestamptz not null default now()
    )`.execute(db);

  // Partitioned by month (partitions are made on demand, see ensure-event-partitions.ts): retention drops
  // whole months, and queries on a time range read only the months they need.
  await sql`
    create table raw_events (
      id bigint generated always as identity,
      message_id text not null,
      type text not null check (type in ('track', 'identify', 'group', 'page', 'screen', 'alias')),
      event text,
      user_id text,
      anonymous_id text,
      group_id text,
      account_id uuid references accounts(id) on delete cascade,
      properties jsonb not null default '{}',
      context jsonb not null default '{}',
      timestamp timestamptz not null,
      received_at timestamptz not null default now(),
      api_key_id uuid,
      primary key (id, timestamp)
    ) partition by range (timestamp)`.execute(db);
  await sql`create index raw_events_account_idx on raw_events (account_id, timestamp desc)`.execute(db);
  await sql`create index raw_events_unattached_idx on raw_events (group_id) where account_id is null`.execute(
    db,
  );
  await sql`create index raw_events_user_unattached_idx on raw_events (user_id) where account_id is null`.execute(
    db,
  );
  await sql`create index raw_events_received_idx on raw_events (received_at desc)`.execute(db);

  // What we know of each end user: the last group they were seen in resolves events without a groupId.
  await sql`
    create table ingest_users (
      user_id text primary key,
      group_id text,
      email text,
      traits jsonb not null default '{}',
      last_seen_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table ingest_aliases (
      previous_id text primary key,
      user_id text not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table ingest_rejections (
      id bigint generated always as identity primary key,
      received_at timestamptz not null default now(),
      api_key_id uuid,
      message_index integer not null,
      code text not null,
      message text not null,
      payload text
    )`.execute(db);
  await sql`create index ingest_rejections_received_idx on ingest_rejections (received_at desc)`.execute(db);

  // Rollups that health and the usage views read. Recomputed from raw_events per touched (account, day),
  // which keeps them right for late, out-of-order and backfilled events.
  await sql`
    create table usage_daily (
      account_id uuid not null references accounts(id) on delete cascade,
      day date not null,
      event text not null,
      count integer not null,
      unique_users integer not null,
      primary key (account_id, day, event)
    )`.execute(db);
  await sql`
    create table usage_user_days (
      account_id uuid not null references accounts(id) on delete cascade,
      day date not null,
      user_id text not null,
      events integer not null,
      primary key (account_id, day, user_id)
    )`.execute(db);
  await sql`
    create table usage_dirty (
      account_id uuid not null,
      day date not null,
      marked_at timestamptz not null default now(),
      primary key (account_id, day)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'usage_dirty',
    'usage_user_days',
    'usage_daily',
    'ingest_rejections',
    'ingest_aliases',
    'ingest_users',
    'raw_events',
    'ingest_messages',
  ]) {
    await sql`drop table if exists ${sql.raw(t)}`.execute(db);
  }
}
