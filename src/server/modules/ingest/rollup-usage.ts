import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { markDirty } from './apply-identities.ts';
import { USAGE_TYPES } from './store-usage-events.ts';

/**
 * Events that arrived before their account existed: attach them once an account has their group
 * (directly, or through the user's last known group), and mark those days for the rollup.
 */
export async function attachPendingEvents(db: Db, limit = 5000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const attached = await sql<{ account_id: string; day: string; type: string }>`
      with pending as (
        select r.id, a.id as account_id
        from raw_events r
        left join ingest_users u on r.group_id is null and u.user_id = coalesce(r.user_id, r.anonymous_id)
        join accounts a on a.external_id = coalesce(r.group_id, u.group_id)
        where r.account_id is null
        limit ${limit}
      )
      update raw_events r set account_id = p.account_id, group_id = coalesce(r.group_id, (select external_id from accounts where id = p.account_id))
      from pending p where r.id = p.id
      returning r.account_id, (r.timestamp at time zone 'UTC')::date::text as day, r.type`.execute(trx);
    await markDirty(
      trx,
      attached.rows.filter((r) => USAGE_TYPES.has(r.type)),
    );
    // Likewise an identify that committed before its user's group call: the contact is made now.
    await sql`
      insert into contacts (account_id, email, name)
      select a.id, u.email, coalesce(nullif(u.traits->>'name', ''), u.email)
      from ingest_users u join accounts a on a.external_id = u.group_id
      where u.email is not null and u.last_seen_at > now() - interval '5 minutes'
      on conflict (account_id, email) do nothing`.execute(trx);
    return attached.rows.length;
  });
}

/**
 * Recomputes usage_daily and usage_user_days for a slice of dirty (account, day) pairs from raw_events.
 * Recomputing the whole day (not adding deltas) is what keeps late and duplicate-free backfills exact.
 */
export async function rollupDirtyUsage(db: Db, limit = 500): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ account_id: string; day: string }>`
      delete from usage_dirty where (account_id, day) in (
        select account_id, day from usage_dirty order by marked_at limit ${limit} for update skip locked)
      returning account_id, day::text`.execute(trx);
    if (rows.length === 0) return 0;
    const accounts = rows.map((r) => r.account_id);
    const days = rows.map((r) => r.day);
    await markHealthDirty(trx, accounts);
    const pairs = sql`unnest(${accounts}::uuid[], ${days}::date[]) as p(account_id, day)`;
    const events = sql`
      select r.account_id, p.day, r.type, r.event, coalesce(r.user_id, r.anonymous_id) as user_key
      from ${pairs}
      join raw_events r on r.account_id = p.account_id
        and r.timestamp >= p.day::timestamp at time zone 'UTC'
        and r.timestamp < (p.day + 1)::timestamp at time zone 'UTC'
      where r.type in ('track', 'page', 'screen')`;
    await sql`
      with daily as (delete from usage_daily u using ${pairs} where u.account_id = p.account_id and u.day = p.day)
      delete from usage_user_days u using ${pairs} where u.account_id = p.account_id and u.day = p.day`.execute(
      trx,
    );
    // One read of the days' events feeds both rollups.
    await sql`
      with e as materialized (${events}),
      daily as (
        insert into usage_daily (account_id, day, event, count, unique_users)
        select account_id, day, ${usageEventName}, count(*), count(distinct user_key) from e group by 1, 2, 3
      )
      insert into usage_user_days (account_id, day, user_id, events)
      select account_id, day, user_key, count(*) from e where user_key is not null group by 1, 2, 3`.execute(
      trx,
    );
    return rows.length;
  });
}

/** Page and screen views roll up under one name each, so "top events" compares like with like. */
const usageEventName = sql`case e.type when 'track' then e.event when 'page' then 'Page Viewed' else 'Screen Viewed' end`;
