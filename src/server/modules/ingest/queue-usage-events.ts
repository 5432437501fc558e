import { sql } from 'kysely';

/** Page and screen views roll up under one name each, so "top events" compares like with like. */
export const usageEventName = (alias: string) =>
  sql`case ${sql.ref(`${alias}.type`)} when 'track' then ${sql.ref(`${alias}.event`)} when 'page' then 'Page Viewed' else 'Screen Viewed' end`;

/**
 * CTEs for the statements that store or attach events (after a CTE `stored` returning account_id, day, type,
 * event, user_key, group_id). Usage events with an account go to the rollup's queue, in the same statement,
 * so the rollup sees an event exactly when it is committed and adds it once. Events without an account mark
 * their group (or, without a groupId, their user) as pending, one row per key, for attachPendingEvents.
 * The mark is written even when it exists (a no-op update): its lock, held until commit, makes an attach
 * pass that takes the mark meanwhile wait for this statement's events. Marks are sorted: no deadlocks.
 */
export const QUEUE_STORED_EVENTS = sql`queued as (
  insert into usage_queue (account_id, day, event, user_id)
  select s.account_id, s.day, ${usageEventName('s')}, s.user_key
  from stored s where s.account_id is not null and s.type in ('track', 'page', 'screen')
),
pending as (
  insert into ingest_pending (kind, key)
  select distinct case when s.group_id is null then 'user' else 'group' end, coalesce(s.group_id, s.user_key)
  from stored s where s.account_id is null and coalesce(s.group_id, s.user_key) is not null
  order by 1, 2
  on conflict (kind, key) do update set kind = ingest_pending.kind
)`;
