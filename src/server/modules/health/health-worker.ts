import { Cron } from 'croner';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { pollDelay } from '../jobs/poll-delay.ts';
import { advanceHealthRun, drainHealthDirty } from './process-health-work.ts';
import { queueHealthRun } from './queue-health-run.ts';
import { utcToday } from './recompute-health.ts';

const DIRTY_SLICE = 1000;

/**
 * Keeps health seconds behind its inputs: drains changed accounts first (they are what users wait for),
 * then advances any full recompute by a batch. A nightly run (02:00 UTC, and at start when today's is
 * missing) catches time-based measures; its run key makes it happen once a day across processes.
 */
export function startHealthWorker(db: Db, logger: Logger, idleMs = 500) {
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
      const advanced = !stopped && (await advanceHealthRun(db));
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
