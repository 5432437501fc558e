import { sql } from 'kysely';
import type { IngestDebugger } from '../../../shared/usage.ts';
import type { Db } from '../../db/client.ts';

/** What an admin needs to see whether a Segment source is connected and healthy. */
export async function getIngestDebugger(db: Db): Promise<IngestDebugger> {
  const [recent, rejections, perKey, backlog] = await Promise.all([
    db
      .selectFrom('raw_events')
      .select([
        'id',
        'message_id',
        'type',
        'event',
        'user_id',
        'anonymous_id',
        'properties',
        'timestamp',
        'received_at',
        'account_id',
        'group_id',
      ])
      .orderBy('received_at', 'desc')
      .limit(50)
      .execute(),
    db.selectFrom('ingest_rejections').selectAll().orderBy('id', 'desc').limit(50).execute(),
    sql<{
      api_key_id: string | null;
      name: string | null;
      events_24h: number;
      rejected_24h: number;
      last_event_at: Date | null;
    }>`
      select k.id as api_key_id, k.name,
        (select count(*) from raw_events r where r.api_key_id = k.id and r.received_at > now() - interval '24 hours')::int as events_24h,
        (select count(*) from ingest_rejections j where j.api_key_id = k.id and j.received_at > now() - interval '24 hours')::int as rejected_24h,
        (select max(received_at) from raw_events r where r.api_key_id = k.id) as last_event_at
      from api_keys k where 'ingest' = any(k.scopes) and k.revoked_at is null order by k.created_at`.execute(
      db,
    ),
    sql<{ unattached: number; queued: number }>`
      select (select count(*) from raw_events where account_id is null)::int as unattached,
        ((select count(*) from usage_queue) + (select count(*) from usage_renames))::int as queued`.execute(
      db,
    ),
  ]);
  return {
    recent_events: recent.map((r) => ({
      ...r,
      id: String(r.id),
      timestamp: r.timestamp.toISOString(),
      received_at: r.received_at.toISOString(),
    })),
    rejections: rejections.map((r) => ({ ...r, id: String(r.id), received_at: r.received_at.toISOString() })),
    per_key: perKey.rows.map((r) => ({
      ...r,
      last_event_at: r.last_event_at ? new Date(r.last_event_at).toISOString() : null,
    })),
    unattached_events: backlog.rows[0]?.unattached ?? 0,
    rollup_backlog: backlog.rows[0]?.queued ?? 0,
  };
}
