import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';

/**
 * Adds the usage events queued since the last pass to usage_daily, usage_event_users and usage_user_days,
 * then applies queued alias renames. A pass costs what arrived since the last one, not what the touched days
 * hold, and never reads raw_events: retention deleting raw events leaves the rollups as they are.
 * Exact for late, out-of-order and backfilled events: counts are sums, and distinct users are rows of
 * usage_event_users / usage_user_days, so a user adds to unique_users only the first time its row is made.
 * Each event is queued once (when stored with its account, or when attached to one), and the queue row is
 * deleted in the transaction that adds it up. Returns how many queued events and renames it took.
 */
export async function rollupUsage(db: Db, limit = 5000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Passes of several workers take turns: a rename's recount must not race another pass's additions.
    const { rows: lock } = await sql`select id from usage_rollup_lock for update skip locked`.execute(trx);
    if (lock.length === 0) return 0;
    const added = await addQueuedEvents(trx, limit);
    const renamed = await applyRenames(trx, 100);
    await markHealthDirty(trx, [...new Set([...added.accounts, ...renamed.accounts])]);
    return added.events + renamed.renames;
  });
}

/** Returns how many queued events it took and the accounts they count for. */
async function addQueuedEvents(trx: Db, limit: number): Promise<{ events: number; accounts: string[] }> {
  const { rows } = await sql<{ events: number; accounts: string[] }>`
    with taken as (
      delete from usage_queue where id in (select id from usage_queue order by id limit ${limit})
      returning account_id, day, event, user_id
    ),
    live as (select t.* from taken t where exists (select 1 from accounts a where a.id = t.account_id)),
    new_users as (
      insert into usage_event_users (account_id, day, event, user_id)
      select distinct account_id, day, event, user_id from live where user_id is not null order by 1, 2, 3, 4
      on conflict do nothing
      returning account_id, day, event
    ),
    daily as (
      insert into usage_daily (account_id, day, event, count, unique_users)
      select c.account_id, c.day, c.event, c.events, coalesce(n.users, 0)
      from (select account_id, day, event, count(*)::int as events from live group by 1, 2, 3) c
      left join (select account_id, day, event, count(*)::int as users from new_users group by 1, 2, 3) n
        on n.account_id = c.account_id and n.day = c.day and n.event = c.event
      order by 1, 2, 3
      on conflict (account_id, day, event) do update set count = usage_daily.count + excluded.count,
        unique_users = usage_daily.unique_users + excluded.unique_users
    ),
    user_days as (
      insert into usage_user_days (account_id, day, user_id, events)
      select account_id, day, user_id, count(*)::int from live where user_id is not null
      group by 1, 2, 3 order by 1, 2, 3
      on conflict (account_id, day, user_id) do update set events = usage_user_days.events + excluded.events
    )
    select (select count(*)::int from taken) as events,
      coalesce((select array_agg(distinct account_id::text) from live), '{}') as accounts`.execute(trx);
  return rows[0] ?? { events: 0, accounts: [] };
}

/**
 * alias(previousId → userId) in the rollups: the previous id's rows become the user's (merged where the user
 * has rows already), and unique_users is recounted where they met. One rename at a time, in the order the
 * aliases came, so chains (a → b, then b → c) end where the raw events do.
 */
async function applyRenames(trx: Db, limit: number): Promise<{ renames: number; accounts: string[] }> {
  const { rows: renames } = await sql<{ id: string; previous_id: string; user_id: string }>`
    delete from usage_renames where id in (select id from usage_renames order by id limit ${limit})
    returning id, previous_id, user_id`.execute(trx);
  const touched: string[] = [];
  renames.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  for (const { previous_id: previous, user_id: user } of renames) {
    const { rows: met } = await sql<{ account_id: string; day: string; event: string }>`
      with gone as (
        delete from usage_event_users where user_id = ${previous} returning account_id, day, event
      ),
      added as (
        insert into usage_event_users (account_id, day, event, user_id)
        select account_id, day, event, ${user} from gone order by 1, 2, 3 on conflict do nothing
      )
      select account_id, day::text, event from gone`.execute(trx);
    await sql`
      with gone as (delete from usage_user_days where user_id = ${previous} returning account_id, day, events)
      insert into usage_user_days (account_id, day, user_id, events)
      select account_id, day, ${user}, events from gone order by 1, 2
      on conflict (account_id, day, user_id) do update set events = usage_user_days.events + excluded.events`.execute(
      trx,
    );
    if (met.length === 0) continue;
    await sql`
      update usage_daily d set unique_users = (
        select count(*) from usage_event_users e
        where e.account_id = d.account_id and e.day = d.day and e.event = d.event)
      from unnest(${met.map((m) => m.account_id)}::uuid[], ${met.map((m) => m.day)}::date[], ${met.map((m) => m.event)}::text[])
        as k(account_id, day, event)
      where d.account_id = k.account_id and d.day = k.day and d.event = k.event`.execute(trx);
    touched.push(...new Set(met.map((m) => m.account_id)));
  }
  return { renames: renames.length, accounts: touched };
}
