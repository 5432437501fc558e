import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { PRODUCT_EVENT_SIGNALS } from '../signals/emit-signals.ts';
import { applyAliases, applyGroupsAndIdentifies, resolveAliases } from './apply-identities.ts';
import { ensureEventPartitions, monthsOf } from './ensure-event-partitions.ts';
import type { NormalizedMessage } from './normalize-message.ts';
import { QUEUE_STORED_EVENTS } from './queue-usage-events.ts';
import { eventRecordset, storeUsageEvents, USAGE_TYPES } from './store-usage-events.ts';

export interface IngestCounts {
  accepted: number;
  duplicates: number;
}

/**
 * Stores a batch atomically: claim each messageId once (a retry finds it claimed and counts as a duplicate),
 * apply identities, store the events with their account, and queue the usage events for the rollup.
 * The caller answers 200 only after this commits. A batch of usage calls alone takes one statement.
 */
export async function ingestMessages(
  db: Db,
  apiKeyId: string | null,
  messages: NormalizedMessage[],
): Promise<IngestCounts> {
  const unique = [...new Map(messages.map((m) => [m.messageId, m])).values()];
  if (unique.length === 0) return { accepted: 0, duplicates: messages.length };
  await ensureEventPartitions(db, monthsOf(unique.map((m) => m.timestamp)));
  const accepted = unique.every((m) => USAGE_TYPES.has(m.type))
    ? await storeUsageEvents(db, apiKeyId, unique)
    : await db.transaction().execute((trx) => storeWithIdentities(trx, apiKeyId, unique));
  return { accepted, duplicates: messages.length - accepted };
}

async function storeWithIdentities(trx: Db, apiKeyId: string | null, unique: NormalizedMessage[]) {
  const claimed = await sql<{ message_id: string }>`
    insert into ingest_messages (message_id) select unnest(${unique.map((m) => m.messageId)}::text[])
    on conflict do nothing returning message_id`.execute(trx);
  const fresh = new Set(claimed.rows.map((r) => r.message_id));
  const batch = unique.filter((m) => fresh.has(m.messageId));
  if (batch.length === 0) return 0;
  await applyAliases(trx, batch);
  await resolveAliases(trx, batch);
  await applyGroupsAndIdentifies(trx, batch);
  await storeEvents(trx, apiKeyId, batch);
  return batch.length;
}

/** Stores the events and queues those that count as usage for the rollup. */
async function storeEvents(trx: Db, apiKeyId: string | null, batch: NormalizedMessage[]) {
  // The account: the message's own group, else the group the user was last seen in.
  await sql`
    with stored as (
    insert into raw_events (message_id, type, event, user_id, anonymous_id, group_id, account_id, properties, context, timestamp, api_key_id)
    select m.message_id, m.type, m.event, m.user_id, m.anonymous_id, coalesce(m.group_id, u.group_id), a.id,
      coalesce(m.properties, '{}'), coalesce(m.context, '{}'), m.timestamp, ${apiKeyId}::uuid
    from ${eventRecordset(batch)}
    left join ingest_users u on u.user_id = coalesce(m.user_id, m.anonymous_id)
    left join accounts a on a.external_id = coalesce(m.group_id, u.group_id)
    returning account_id, group_id, (timestamp at time zone 'UTC')::date as day, type, event,
      coalesce(user_id, anonymous_id) as user_key, timestamp, properties
    ), ${PRODUCT_EVENT_SIGNALS},
    ${QUEUE_STORED_EVENTS}
    select 1`.execute(trx);
}
