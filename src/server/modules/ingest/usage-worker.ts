import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { pollDelay } from '../jobs/poll-delay.ts';
import { applyEventRetention } from './apply-event-retention.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { rollupUsage } from './rollup-usage.ts';

const RETENTION_EVERY_MS = 60 * 60_000;
/** Queued events a rollup transaction takes. */
const ROLLUP_SLICE = 5000;

/**
 * Keeps usage rollups seconds behind the events: attaches pending events, drains the rollup queue in slices,
 * then sleeps briefly. Coordination is through rows (the queue, pending marks and a lock row taken with SKIP
 * LOCKED), so several workers can run side by side.
 */
export function startUsageWorker(db: Db, logger: Logger, idleMs = 500) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let retentionAt = 0;
  let busy = false;
  const tick = async () => {
    try {
      if (Date.now() - retentionAt > RETENTION_EVERY_MS) {
        retentionAt = Date.now();
        const { droppedMonths, deleted } = await applyEventRetention(db);
        if (droppedMonths.length || deleted)
          logger.info({ droppedMonths, deleted }, 'raw event retention applied');
      }
      let done = await attachPendingEvents(db);
      // A pass takes the whole queue, a slice at a time, then the worker sleeps. A pass costs what arrived
      // since the last one, so freshness is the sleep plus the time to add that up.
      for (let n = ROLLUP_SLICE; !stopped && n >= ROLLUP_SLICE; ) {
        n = await rollupUsage(db, ROLLUP_SLICE);
        done += n;
      }
      busy = done > 0;
    } catch (err) {
      logger.error({ err }, 'usage rollup failed; retrying');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), pollDelay(busy, idleMs));
  };
  running = tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
