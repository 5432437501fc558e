// Frozen once landed: change the schema with a new migration file, never by editing this one.
// Incremental usage rollups: a pass adds the events stored since the last pass instead of recomputing whole
// account-days from raw_events, so its cost follows what arrived, not what the day holds.
import { type Kysely, sql } from 'kysely';

const USAGE_EVENT = sql`case r.type when 'track' then r.event when 'page' then 'Page Viewed' else 'Screen Viewed' end`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Who did what on which day: distinct users per (account, day, event) stay exact when added to piece by
  // piece (insert ... on conflict do nothing says whether a user is new), whatever the order of the events.
  await sql`
    create table usage_event_users (
      account_id uuid not null references accounts(id) on delete cascade,
      day date not null,
      event text not null,
      user_id text not null,
      primary key (account_id, day, event, user_id)
    )`.execute(db);

  // An alias renames a user in the rollups: found by user, not by account.
  await sql`create index usage_event_users_user_idx on usage_event_users (user_id)`.execute(db);
  await sql`create index usage_user_days_user_idx on usage_user_days (user_id)`.execute(db);

  // The rollup's intake: a row per usage event attached to an account, written in the statement that stores
  // or attaches the event, so it is visible exactly when the event is. The pass deletes what it adds up.
  // No foreign key: the pass skips accounts deleted meanwhile, and ingest pays no lookup per event.
  await sql`
    create table usage_queue (
      id bigint generated always as identity primary key,
      account_id uuid not null,
      day date not null,
      event text not null,
      user_id text
    )`.execute(db);

  // alias(previousId -> userId) renames a user in the rollups; applied by the rollup pass, in order.
  await sql`
    create table usage_renames (
      id bigint generated always as identity primary key,
      previous_id text not null,
      user_id text not null
    )`.execute(db);

  // One row, locked by a rollup pass: passes of several workers take turns, so a rename's recount never
  // races another pass's additions.
  await sql`create table usage_rollup_lock (id boolean primary key default true check (id))`.execute(db);
  await sql`insert into usage_rollup_lock default values`.execute(db);

  // Groups (by groupId) and users (by user id, for events without a groupId) that have events waiting for
  // their account: the attach pass looks these up, one row per group or user, not per event.
  await sql`
    create table ingest_pending (
      kind text not null check (kind in ('group', 'user')),
      key text not null,
      primary key (kind, key)
    )`.execute(db);
  await sql`
    create index raw_events_user_key_unattached_idx on raw_events ((coalesce(user_id, anonymous_id)))
    where account_id is null and group_id is null`.execute(db);

  // Account-days marked by the old path and not rolled up yet: recomputed once more, the old way.
  await sql`
    with pairs as (select account_id, day from usage_dirty),
    gone as (delete from usage_daily u using pairs p where u.account_id = p.account_id and u.day = p.day)
    delete from usage_user_days u using pairs p where u.account_id = p.account_id and u.day = p.day`.execute(
    db,
  );
  const dirtyEvents = sql`
    select r.account_id, d.day, ${USAGE_EVENT} as event, coalesce(r.user_id, r.anonymous_id) as user_id
    from usage_dirty d join raw_events r on r.account_id = d.account_id
      and r.timestamp >= d.day::timestamp at time zone 'UTC' and r.timestamp < (d.day + 1)::timestamp at time zone 'UTC'
    where r.type in ('track', 'page', 'screen')`;
  await sql`
    insert into usage_daily (account_id, day, event, count, unique_users)
    select account_id, day, event, count(*), count(distinct user_id) from (${dirtyEvents}) e group by 1, 2, 3`.execute(
    db,
  );
  await sql`
    insert into usage_user_days (account_id, day, user_id, events)
    select account_id, day, user_id, count(*) from (${dirtyEvents}) e where user_id is not null group by 1, 2, 3`.execute(
    db,
  );
  await sql`drop table usage_dirty`.execute(db);

  // Backfill from the raw events still kept (days past the retention setting keep their rollups as they are).
  await sql`
    insert into usage_event_users (account_id, day, event, user_id)
    select distinct r.account_id, (r.timestamp at time zone 'UTC')::date, ${USAGE_EVENT}, coalesce(r.user_id, r.anonymous_id)
    from raw_events r
    where r.account_id is not null and r.type in ('track', 'page', 'screen')
      and coalesce(r.user_id, r.anonymous_id) is not null`.execute(db);
  await sql`
    insert into ingest_pending (kind, key)
    select distinct case when r.group_id is null then 'user' else 'group' end,
      coalesce(r.group_id, r.user_id, r.anonymous_id)
    from raw_events r where r.account_id is null and coalesce(r.group_id, r.user_id, r.anonymous_id) is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists raw_events_user_key_unattached_idx`.execute(db);
  await sql`drop index if exists usage_user_days_user_idx`.execute(db);
  for (const t of [
    'ingest_pending',
    'usage_rollup_lock',
    'usage_renames',
    'usage_queue',
    'usage_event_users',
  ])
    await sql`drop table if exists ${sql.raw(t)}`.execute(db);
  await sql`
    create table usage_dirty (
      account_id uuid not null,
      day date not null,
      marked_at timestamptz not null default now(),
      primary key (account_id, day)
    )`.execute(db);
}
