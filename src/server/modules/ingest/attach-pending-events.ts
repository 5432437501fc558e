import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { upsertContacts } from '../accounts/upsert-accounts.ts';
import { QUEUE_STORED_EVENTS } from './queue-usage-events.ts';

/**
 * Events that arrived before their account existed: attach them once an account has their group (directly,
 * or through the user's last known group), and queue them for the rollup. A pass looks up the pending marks
 * (one per group or user with waiting events, see QUEUE_STORED_EVENTS), not the events: events of groups
 * that never become accounts cost one mark each, however many they are. Returns how many marks it resolved.
 */
export async function attachPendingEvents(db: Db, limit = 500): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Taking the marks first, in a statement of its own, is what makes this exact: a batch storing events
    // under a mark holds it locked until commit, so the update below (a new snapshot) sees those events.
    const { rows: ready } = await sql<{ kind: string; key: string; account_id: string; external_id: string }>`
      with ready as (
        select kind, key, account_id, external_id from (
          select p.kind, p.key, a.id as account_id, a.external_id
          from ingest_pending p join accounts a on a.external_id = p.key where p.kind = 'group'
          union all
          select p.kind, p.key, a.id, a.external_id
          from ingest_pending p join ingest_users u on u.user_id = p.key join accounts a on a.external_id = u.group_id
          where p.kind = 'user'
        ) r order by 1, 2 limit ${limit}
      )
      delete from ingest_pending p using ready r where p.kind = r.kind and p.key = r.key
      returning r.kind, r.key, r.account_id, r.external_id`.execute(trx);
    if (ready.length > 0) await attachEvents(trx, ready);
    // Likewise an identify that committed before its user's group call: the contact is made now.
    const recent = sql`
      select a.id as account_id, u.email, coalesce(nullif(u.traits->>'name', ''), u.email) as name, null::text as title
      from ingest_users u join accounts a on a.external_id = u.group_id
      where u.email is not null and u.last_seen_at > now() - interval '5 minutes'`;
    await upsertContacts(trx, recent, 'keep');
    return ready.length;
  });
}

async function attachEvents(
  trx: Db,
  ready: { kind: string; key: string; account_id: string; external_id: string }[],
) {
  const keys = sql`unnest(${ready.map((r) => r.kind)}::text[], ${ready.map((r) => r.key)}::text[],
    ${ready.map((r) => r.account_id)}::uuid[], ${ready.map((r) => r.external_id)}::text[]) as k(kind, key, account_id, external_id)`;
  // Two updates over disjoint events (with a groupId, without), each on its own partial index.
  await sql`
    with by_group as (
      update raw_events r set account_id = k.account_id
      from ${keys}
      where k.kind = 'group' and r.account_id is null and r.group_id = k.key
      returning r.account_id, r.group_id, r.timestamp, r.type, r.event, coalesce(r.user_id, r.anonymous_id) as user_key
    ),
    by_user as (
      update raw_events r set account_id = k.account_id, group_id = k.external_id
      from ${keys}
      where k.kind = 'user' and r.account_id is null and r.group_id is null
        and coalesce(r.user_id, r.anonymous_id) = k.key
      returning r.account_id, r.group_id, r.timestamp, r.type, r.event, coalesce(r.user_id, r.anonymous_id) as user_key
    ),
    stored as (
      select account_id, group_id, (timestamp at time zone 'UTC')::date as day, type, event, user_key
      from (select * from by_group union all select * from by_user) e
    ),
    ${QUEUE_STORED_EVENTS}
    select 1`.execute(trx);
}
