import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { raiseMeasureTrendAlerts } from './raise-trend-alerts.ts';
import { recomputeHealth, utcToday } from './recompute-health.ts';

export interface AdvanceOptions {
  /** Accounts per batch. */
  batch?: number;
  today?: string;
  /** Parts a run is split into when it starts: how many workers can advance it at once. */
  parts?: number;
}

/**
 * Advances the oldest open full recompute by one batch of one of its parts (in id order, from the part's
 * cursor) and records progress. Several workers can call this at once: each locks a different part.
 * Returns false when there is nothing to do (no open run, or each of its parts has a worker).
 */
export async function advanceHealthRun(db: Db, options: AdvanceOptions = {}): Promise<boolean> {
  const { batch = 5000, today = utcToday(), parts = 1 } = options;
  const run = await db
    .selectFrom('health_runs')
    .select(['id', 'status'])
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  if (!run) return false;
  if (run.status === 'queued') await startHealthRun(db, run.id, parts);
  return db.transaction().execute(async (trx) => {
    const part = await trx
      .selectFrom('health_run_parts')
      .select(['part', 'cursor', 'upto'])
      .where('run_id', '=', run.id)
      .where('done', '=', false)
      .orderBy('part')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!part) return false;
    const ids = (
      await trx
        .selectFrom('accounts')
        .select('id')
        .$if(part.cursor !== null, (q) => q.where('id', '>', part.cursor as string))
        .$if(part.upto !== null, (q) => q.where('id', '<=', part.upto as string))
        .orderBy('id')
        .limit(batch)
        .execute()
    ).map((r) => r.id);
    const first = ids[0];
    const last = ids[ids.length - 1];
    await recomputeHealth(trx, ids, today, first && last ? [first, last] : undefined);
    const finished = ids.length < batch;
    await trx
      .updateTable('health_run_parts')
      .set({ cursor: last ?? part.cursor, done: finished })
      .where('run_id', '=', run.id)
      .where('part', '=', part.part)
      .execute();
    // Locks the run's row until commit, so of two parts finishing at once the second sees the first done.
    await trx
      .updateTable('health_runs')
      .set((eb) => ({ done: eb('done', '+', ids.length) }))
      .where('id', '=', run.id)
      .execute();
    if (finished) await finishIfLastPart(trx, run.id, today);
    return true;
  });
}

/** Splits a queued run into parts of about equal size, once, whichever worker gets there first. */
async function startHealthRun(db: Db, runId: string, parts: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const run = await trx
      .selectFrom('health_runs')
      .select('status')
      .where('id', '=', runId)
      .forUpdate()
      .executeTakeFirst();
    if (run?.status !== 'queued') return;
    // The last id of each part but the last: ntile spreads the accounts evenly over `parts` tiles.
    const { rows } = await sql<{ upto: string }>`
      select distinct on (t) id as upto from (select id, ntile(${parts}::int) over (order by id) as t from accounts) x
      order by t, id desc`.execute(trx);
    const bounds = [...rows.slice(0, -1).map((r) => r.upto), null];
    await trx
      .insertInto('health_run_parts')
      .values(
        bounds.map((upto, i) => ({ run_id: runId, part: i, upto, cursor: i > 0 ? bounds[i - 1] : null })),
      )
      .execute();
    await trx
      .updateTable('health_runs')
      .set({ status: 'running', started_at: sql`now()` })
      .where('id', '=', runId)
      .execute();
  });
}

/** Closes the run when no part is left: trend alerts of a nightly run, and the final count. */
async function finishIfLastPart(trx: Db, runId: string, today: string): Promise<void> {
  const open = await trx
    .selectFrom('health_run_parts')
    .select('part')
    .where('run_id', '=', runId)
    .where('done', '=', false)
    .limit(1)
    .executeTakeFirst();
  if (open) return;
  const run = await trx
    .updateTable('health_runs')
    .set((eb) => ({ status: 'done', finished_at: sql`now()`, total: eb.ref('done') }))
    .where('id', '=', runId)
    .returning('reason')
    .executeTakeFirstOrThrow();
  if (run.reason === 'nightly') await raiseMeasureTrendAlerts(trx, today);
}
