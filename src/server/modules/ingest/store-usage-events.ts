import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { PRODUCT_EVENT_SIGNALS } from '../signals/emit-signals.ts';
import type { NormalizedMessage } from './normalize-message.ts';
import { QUEUE_STORED_EVENTS } from './queue-usage-events.ts';

/** The calls that count as product usage; identify, group and alias describe who, not what. */
export const USAGE_TYPES = new Set(['track', 'page', 'screen']);

/** The batch as one jsonb recordset parameter: one round trip whatever its size. */
export function eventRecordset(batch: NormalizedMessage[]) {
  const rows = batch.map((m) => ({
    message_id: m.messageId,
    type: m.type,
    event: m.event,
    user_id: m.userId,
    anonymous_id: m.anonymousId,
    group_id: m.groupId,
    properties: m.properties,
    context: m.context,
    timestamp: m.timestamp,
  }));
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as m(
      message_id text, type text, event text, user_id text, anonymous_id text, group_id text,
      properties jsonb, context jsonb, timestamp timestamptz)`;
}

/**
 * A batch of usage calls only (track, page, screen: what product analytics sends nearly always) in one
 * statement, so one round trip and one commit: claim the messageIds, store the fresh events with their
 * account, queue them for the rollup. It does what ingestMessages' general path does for such a batch: user
 * ids renamed by an alias are read as the new id.
 * Returns how many events were fresh (the rest were claimed before: duplicates).
 */
export async function storeUsageEvents(
  db: Db,
  apiKeyId: string | null,
  batch: NormalizedMessage[],
): Promise<number> {
  const { rows } = await sql<{ accepted: number }>`
    with input as (select * from ${eventRecordset(batch)}),
    claimed as (
      insert into ingest_messages (message_id) select message_id from input
      on conflict do nothing returning message_id
    ),
    stored as (
      insert into raw_events (message_id, type, event, user_id, anonymous_id, group_id, account_id, properties, context, timestamp, api_key_id)
      select m.message_id, m.type, m.event, coalesce(al.user_id, m.user_id), m.anonymous_id,
        coalesce(m.group_id, u.group_id), a.id, coalesce(m.properties, '{}'), coalesce(m.context, '{}'),
        m.timestamp, ${apiKeyId}::uuid
      from input m
      join claimed c on c.message_id = m.message_id
      left join ingest_aliases al on al.previous_id = coalesce(m.user_id, m.anonymous_id)
      left join ingest_users u on u.user_id = coalesce(al.user_id, m.user_id, m.anonymous_id)
      left join accounts a on a.external_id = coalesce(m.group_id, u.group_id)
      returning account_id, group_id, (timestamp at time zone 'UTC')::date as day, type, event,
        coalesce(user_id, anonymous_id) as user_key, timestamp, properties
    ),
    ${PRODUCT_EVENT_SIGNALS},
    ${QUEUE_STORED_EVENTS}
    select count(*)::int as accepted from stored`.execute(db);
  return rows[0]?.accepted ?? 0;
}
