import { sql } from 'kysely';
import type { Delivery } from '../../../shared/notifications.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { maskUrl } from './channels.ts';

/** The delivery log, newest first; recipients of chat messages show as the masked channel URL. */
export async function listDeliveries(db: Db, f: { status?: string; limit: number }): Promise<Delivery[]> {
  const { rows } = await sql<Delivery & { url: string | null; created_at: Date; delivered_at: Date | null }>`
    select d.id, d.kind, c.name as channel_name, c.url, d.recipient, r.name as rule_name, a.name as account_name,
      d.status, d.attempts, d.last_error, d.response_status, d.created_at, d.delivered_at
    from notification_deliveries d
    left join notification_channels c on c.id = d.channel_id
    left join rules r on r.id = d.rule_id
    left join accounts a on a.id = d.account_id
    where (${f.status ?? null}::text is null or d.status = ${f.status ?? null}::text)
    order by d.created_at desc limit ${f.limit}`.execute(db);
  return rows.map(({ url, ...r }) => ({
    ...r,
    recipient: r.recipient ?? (url ? maskUrl(url) : null),
    created_at: r.created_at.toISOString(),
    delivered_at: r.delivered_at?.toISOString() ?? null,
  }));
}

/** Sends a failed delivery again: it goes back to pending and the dispatcher queues it with fresh retries. */
export async function retryDelivery(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('notification_deliveries')
      .select('status')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Delivery');
    if (row.status !== 'failed') throw new AppError('conflict', 'Only a failed delivery can be sent again');
    await trx
      .updateTable('notification_deliveries')
      .set({ status: 'pending', dispatched_at: null, last_error: null })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'delivery.retried',
      entityType: 'notification_delivery',
      entityId: id,
    });
  });
}
