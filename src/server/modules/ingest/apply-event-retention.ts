import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { forgetPartition } from './ensure-event-partitions.ts';
import { getUsageSettings } from './usage-settings.ts';

/**
 * Drops raw events older than the retention setting; rollups (usage_daily, usage_user_days) stay.
 * Whole months past the cut-off go as partitions (cheap); the month the cut-off falls in loses rows.
 * Message ids older than the cut-off go too: a retry that late is not a retry.
 */
export async function applyEventRetention(
  db: Db,
  now = new Date(),
): Promise<{ droppedMonths: string[]; deleted: number }> {
  const { raw_event_retention_days: days } = await getUsageSettings(db);
  if (!days) return { droppedMonths: [], deleted: 0 };
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const cutoffMonth = cutoff.toISOString().slice(0, 7);
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_inherits i
    join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
    where p.relname = 'raw_events' order by c.relname`.execute(db);
  const droppedMonths: string[] = [];
  for (const { name } of rows) {
    const month = name.replace(/^raw_events_(\d{4})_(\d{2})$/, '$1-$2');
    if (month === name || month >= cutoffMonth) continue;
    await sql`drop table ${sql.raw(name)}`.execute(db);
    forgetPartition(db, month);
    droppedMonths.push(month);
  }
  const deleted = await db.deleteFrom('raw_events').where('timestamp', '<', cutoff).executeTakeFirst();
  await db.deleteFrom('ingest_messages').where('received_at', '<', cutoff).execute();
  return { droppedMonths, deleted: Number(deleted.numDeletedRows) };
}
