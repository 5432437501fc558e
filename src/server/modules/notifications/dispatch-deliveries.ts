import { sql } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import type { Db } from '../../db/client.ts';
import { QUEUES } from '../jobs/job-queue.ts';

const DELIVERY_BATCH = 200;

/**
 * Moves pending deliveries onto the job queue, in one short transaction a batch: the rows are claimed with
 * SKIP LOCKED and the jobs inserted in the same commit, so nothing is lost or sent twice, even with several
 * workers. Drains the backlog; returns how many deliveries moved.
 */
export async function dispatchDeliveries(db: Db, boss: PgBoss): Promise<number> {
  let moved = 0;
  for (let n = -1; n !== 0; moved += n) n = await dispatchDeliveryBatch(db, boss);
  return moved;
}

async function dispatchDeliveryBatch(db: Db, boss: PgBoss): Promise<number> {
  return db.transaction().execute(async (trx) => {
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
}
