import os from 'node:os';
import { Cron } from 'croner';
import type { Config } from '../../config.ts';
import type { Database, Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { pollDelay } from '../jobs/poll-delay.ts';
import { advanceHealthRun } from './advance-health-run.ts';
import { drainHealthDirty } from './process-health-work.ts';
import { queueHealthRun } from './queue-health-run.ts';
import { utcToday } from './recompute-health.ts';

const DIRTY_SLICE = 1000;

/**
 * Keeps health seconds behind its inputs: drains changed accounts first (they are what users wait for),
 * then advances any full recompute by a batch. A nightly run (02:00 UTC, and at start when today's is
 * missing) catches time-based measures; its run key makes it happen once a day across processes.
 * `concurrency` batches of a full recompute run at once, each on its own connection (a PostgreSQL server
 * runs each on its own core; the embedded database has one connection, so it takes 1).
 */
export function startHealthWorker(
  db: Db,
  logger: Logger,
  options: { idleMs?: number; concurrency?: number } = {},
) {
  const { idleMs = 500, concurrency = 1 } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const queueNightly = async () => {
    try {
      const run = await queueHealthRun(db, 'nightly', { key: `nightly:${utcToday()}` });
      if (run) logger.info({ run: run.id }, 'nightly health recompute queued');
    } catch (err) {
      logger.error({ err }, 'could not queue the nightly health recompute');
    }
  };
  const nightly = new Cron('0 2 * * *', { timezone: 'UTC', protect: true }, queueNightly);
  let busy = false;
  const tick = async () => {
    try {
      let drained = 0;
      for (let n = DIRTY_SLICE; !stopped && n === DIRTY_SLICE; ) {
        n = await drainHealthDirty(db, DIRTY_SLICE, logger);
        drained += n;
      }
      // Changed accounts are drained before, never during, a round of batches: a batch and a drain
      // updating the same accounts in different orders could deadlock.
      const advanced = !stopped && (await advanceHealthRound(db, concurrency));
      busy = drained > 0 || advanced;
    } catch (err) {
      logger.error({ err }, 'health recompute failed; retrying');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), pollDelay(busy, idleMs));
  };
  running = queueNightly().then(tick);
  return {
    async stop() {
      stopped = true;
      nightly.stop();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
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
