import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { applyEventRetention } from './apply-event-retention.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { rollupUsage } from './rollup-usage.ts';

const RETENTION_EVERY_MS = 60 * 60_000;
/** Queued events a rollup transaction takes. */
const ROLLUP_SLICE = 5000;

/**
 * One pass of the usage rollup stage (src/server/pipeline/pipeline.ts runs it): applies event retention
 * when an hour has passed, attaches pending events, then drains the rollup queue in slices. Coordination is
 * through rows (the queue, pending marks and a lock row taken with SKIP LOCKED), so several workers can run
 * side by side. Returns how much it did (0: idle).
 */
export function usageRollupPass(db: Db, logger: Logger) {
  let retentionAt = 0;
  return async (ctx: { stopping(): boolean }): Promise<number> => {
    if (Date.now() - retentionAt > RETENTION_EVERY_MS) {
      retentionAt = Date.now();
      const { droppedMonths, deleted } = await applyEventRetention(db);
      if (droppedMonths.length || deleted)
        logger.info({ droppedMonths, deleted }, 'raw event retention applied');
    }
    let done = await attachPendingEvents(db);
    // A pass takes the whole queue, a slice at a time, then the stage sleeps. A pass costs what arrived
    // since the last one, so freshness is the sleep plus the time to add that up.
    for (let n = ROLLUP_SLICE; !ctx.stopping() && n >= ROLLUP_SLICE; ) {
      n = await rollupUsage(db, ROLLUP_SLICE);
      done += n;
    }
    return done;
  };
}
