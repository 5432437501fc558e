import { sql } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import type { Db } from '../../db/client.ts';
import { QUEUES } from './job-queue.ts';

const SIGNAL_BATCH = 2000;
const DELIVERY_BATCH = 200;

/**
 * Moves what other modules wrote into our tables (signals, pending deliveries) onto the job queue, in one
 * short transaction each: the rows are claimed with SKIP LOCKED and the jobs inserted in the same commit,
 * so nothing is lost or queued twice, even with several workers. Returns how many rows moved.
 */
export async function dispatchPending(db: Db, boss: PgBoss): Promise<number> {
  const signals = await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: number }>`update signals set dispatched_at = now()
      where id in (select id from signals where dispatched_at is null order by id limit ${SIGNAL_BATCH}
        for update skip locked)
      returning id`.execute(trx);
    if (rows.length)
      await boss.send(QUEUES.evaluateSignals, { signalIds: rows.map((r) => r.id) }, { db: fromKysely(trx) });
    return rows.length;
  });
  const deliveries = await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string }>`update notification_deliveries set dispatched_at = now()
      where id in (select id from notification_deliveries where dispatched_at is null order by created_at
        limit ${DELIVERY_BATCH} for update skip locked)
      returning id`.execute(trx);
    if (rows.length)
      await boss.insert(
        QUEUES.deliverNotification,
        rows.map((r) => ({ data: { deliveryId: r.id } })),
        { db: fromKysely(trx) },
      );
    return rows.length;
  });
  return signals + deliveries;
}
