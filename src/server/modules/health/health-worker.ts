import os from 'node:os';
import type { Config } from '../../config.ts';
import type { Database, Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { advanceHealthRun } from './advance-health-run.ts';
import { drainHealthDirty } from './process-health-work.ts';
import { queueHealthRun } from './queue-health-run.ts';
import { utcToday } from './recompute-health.ts';

const DIRTY_SLICE = 1000;

/**
 * One pass of the health stage (src/server/pipeline/pipeline.ts runs it): drains changed accounts first
 * (they are what users wait for), then advances any full recompute by a round of batches. `concurrency`
 * batches of a full recompute run at once, each on its own connection (a PostgreSQL server runs each on its
 * own core; the embedded database has one connection, so it takes 1). Returns how much it did (0: idle).
 */
export function healthPass(db: Db, logger: Logger, concurrency: number) {
  return async (ctx: { stopping(): boolean }): Promise<number> => {
    let drained = 0;
    for (let n = DIRTY_SLICE; !ctx.stopping() && n === DIRTY_SLICE; ) {
      n = await drainHealthDirty(db, DIRTY_SLICE, logger);
      drained += n;
    }
    // Changed accounts are drained before, never during, a round of batches: a batch and a drain
    // updating the same accounts in different orders could deadlock.
    const advanced = !ctx.stopping() && (await advanceHealthRound(db, concurrency));
    return drained + (advanced ? 1 : 0);
  };
}

/**
 * Queues today's full recompute, which catches time-based measures; its run key makes it happen once a day
 * across processes (the pipeline runs it at 02:00 UTC and at start, when today's is missing).
 */
export async function queueNightlyHealthRun(db: Db, logger: Logger): Promise<number> {
  const run = await queueHealthRun(db, 'nightly', { key: `nightly:${utcToday()}` });
  if (run) logger.info({ run: run.id }, 'nightly health recompute queued');
  return run ? 1 : 0;
}

/** Advances the open full recompute by up to `concurrency` batches at once; false when none was there. */
export async function advanceHealthRound(db: Db, concurrency: number, today?: string): Promise<boolean> {
  const batches = Array.from({ length: concurrency }, () =>
    advanceHealthRun(db, { parts: concurrency, today }),
  );
  return (await Promise.all(batches)).some(Boolean);
}

/**
 * Batches of a full recompute to run at once: one on the embedded database (one connection, one core),
 * else the setting or the cores up to 4, leaving two connections of the pool for requests and drains.
 */
export function healthConcurrency(
  config: Pick<Config, 'TEND_HEALTH_CONCURRENCY' | 'TEND_DB_POOL'>,
  kind: Database['kind'],
): number {
  if (kind === 'embedded') return 1;
  const wanted = config.TEND_HEALTH_CONCURRENCY ?? Math.min(4, os.availableParallelism());
  return Math.max(1, Math.min(wanted, config.TEND_DB_POOL - 2));
}
