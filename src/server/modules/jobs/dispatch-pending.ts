import { sql } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import type { Db } from '../../db/client.ts';
import { QUEUES } from './job-queue.ts';

const SIGNAL_BATCH = 5000;
const DELIVERY_BATCH = 200;

/**
 * Moves what other modules wrote into our tables (signals, pending deliveries) onto the job queue, in one
 * short transaction each: the rows are claimed with SKIP LOCKED and the jobs inserted in the same commit,
 * so nothing is lost or queued twice, even with several workers. Returns how many rows moved.
 */
export async function dispatchPending(db: Db, boss: PgBoss): Promise<number> {
  const signals = (await evaluationWaiting(db)) ? 0 : await dispatchSignals(db, boss);
  return signals + (await dispatchDeliveries(db, boss));
}

/**
 * While an evaluation job waits for a worker, new signals stay in the table and go out together in the
 * next job: the batch grows with the backlog, and a rule runs once per batch rather than once per trickle.
 */
async function evaluationWaiting(db: Db): Promise<boolean> {
  const { rows } = await sql<{ waiting: boolean }>`select exists (select 1 from pgboss.job
    where name = ${QUEUES.evaluateSignals} and state in ('created', 'retry')) as waiting`.execute(db);
  return rows[0]?.waiting ?? false;
}

async function dispatchSignals(db: Db, boss: PgBoss): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: number }>`update signals set dispatched_at = now()
      where id in (select id from signals where dispatched_at is null order by id limit ${SIGNAL_BATCH}
        for update skip locked)
      returning id`.execute(trx);
    if (rows.length)
      await boss.send(QUEUES.evaluateSignals, { signalIds: rows.map((r) => r.id) }, { db: fromKysely(trx) });
    return rows.length;
  });
}

async function dispatchDeliveries(db: Db, boss: PgBoss): Promise<number> {
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
