import { sql } from 'kysely';
import { fromKysely, type PgBoss } from 'pg-boss';
import type { Db } from '../../db/client.ts';
import { QUEUES } from '../jobs/job-queue.ts';

const SIGNAL_BATCH = 5000;

/**
 * Moves stored signals onto the job queue as evaluation jobs, in one short transaction a batch: the rows
 * are claimed with SKIP LOCKED and the job inserted in the same commit, so nothing is lost or queued twice,
 * even with several workers. Drains the backlog; returns how many signals moved.
 */
export async function dispatchSignals(db: Db, boss: PgBoss): Promise<number> {
  let moved = 0;
  for (;;) {
    if (await evaluationWaiting(db)) return moved;
    const n = await dispatchSignalBatch(db, boss);
    if (n === 0) return moved;
    moved += n;
  }
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

async function dispatchSignalBatch(db: Db, boss: PgBoss): Promise<number> {
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
