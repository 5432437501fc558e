import type { RawEvent } from '../../../shared/usage.ts';
import type { Db } from '../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { getAccount } from '../accounts/account-queries.ts';

/** Raw events of an account, newest first; `event` filters by name. */
export async function listAccountEvents(
  db: Db,
  accountId: string,
  query: { event?: string; cursor?: string; limit: number },
) {
  await getAccount(db, accountId);
  let q = db
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
    ])
    .where('account_id', '=', accountId)
    .orderBy('timestamp', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.event) q = q.where('event', '=', query.event);
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, 2) as [string, number];
    q = q.where((eb) =>
      eb.or([
        eb('timestamp', '<', new Date(at)),
        eb.and([eb('timestamp', '=', new Date(at)), eb('id', '<', Number(id))]),
      ]),
    );
  }
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? page.at(-1) : undefined;
  const data: RawEvent[] = page.map((r) => ({
    ...r,
    id: String(r.id),
    timestamp: r.timestamp.toISOString(),
    received_at: r.received_at.toISOString(),
  }));
  return { data, next_cursor: last ? encodeCursor([last.timestamp.toISOString(), last.id]) : null };
}
