import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { raiseMeasureTrendAlerts } from './raise-trend-alerts.ts';
import { recomputeHealth, utcToday } from './recompute-health.ts';

/** Recomputes a slice of accounts whose inputs changed; returns how many it took. */
export async function drainHealthDirty(db: Db, limit = 1000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ account_id: string }>`
      delete from health_dirty where account_id in (
        select account_id from health_dirty order by marked_at limit ${limit} for update skip locked)
      returning account_id`.execute(trx);
    await recomputeHealth(
      trx,
      rows.map((r) => r.account_id),
    );
    return rows.length;
  });
}

/**
 * Advances the oldest open full recompute by one batch of accounts (in id order, from its cursor) and
 * records progress. Returns false when there is no run to work on.
 */
export async function advanceHealthRun(db: Db, batch = 5000, today = utcToday()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const run = await trx
      .selectFrom('health_runs')
      .select(['id', 'cursor', 'reason'])
      .where('status', 'in', ['queued', 'running'])
      .orderBy('created_at')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!run) return false;
    const ids = (
      await trx
        .selectFrom('accounts')
        .select('id')
        .$if(run.cursor !== null, (q) => q.where('id', '>', run.cursor as string))
        .orderBy('id')
        .limit(batch)
        .execute()
    ).map((r) => r.id);
    const first = ids[0];
    const last = ids[ids.length - 1];
    await recomputeHealth(trx, ids, today, first && last ? [first, last] : undefined);
    const finished = ids.length < batch;
    if (finished && run.reason === 'nightly') await raiseMeasureTrendAlerts(trx, today);
    await trx
      .updateTable('health_runs')
      .set((eb) => ({
        status: finished ? 'done' : 'running',
        cursor: ids[ids.length - 1] ?? run.cursor,
        done: eb('done', '+', ids.length),
        started_at: sql`coalesce(started_at, now())`,
        finished_at: finished ? sql`now()` : null,
        total: finished ? eb('done', '+', ids.length) : eb.ref('total'),
      }))
      .where('id', '=', run.id)
      .execute();
    return true;
  });
}
