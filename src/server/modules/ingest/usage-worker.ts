import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { applyEventRetention } from './apply-event-retention.ts';
import { attachPendingEvents, rollupDirtyUsage } from './rollup-usage.ts';

const RETENTION_EVERY_MS = 60 * 60_000;
const ROLLUP_SLICE = 500;

/**
 * Keeps usage rollups seconds behind the events: drains dirty account-days in slices, then sleeps briefly.
 * Coordination is through rows (usage_dirty with SKIP LOCKED), so several workers can run side by side.
 */
export function startUsageWorker(db: Db, logger: Logger, idleMs = 500) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let retentionAt = 0;
  const tick = async () => {
    try {
      if (Date.now() - retentionAt > RETENTION_EVERY_MS) {
        retentionAt = Date.now();
        const { droppedMonths, deleted } = await applyEventRetention(db);
        if (droppedMonths.length || deleted)
          logger.info({ droppedMonths, deleted }, 'raw event retention applied');
      }
      await attachPendingEvents(db);
      // A pass takes the whole backlog, a slice at a time, then the worker sleeps: under steady ingest the
      // marks of the batches in between coalesce, so a busy account-day is recomputed once a pass, not once
      // a batch. Freshness is about idleMs plus one pass.
      for (let n = ROLLUP_SLICE; !stopped && n === ROLLUP_SLICE; )
        n = await rollupDirtyUsage(db, ROLLUP_SLICE);
    } catch (err) {
      logger.error({ err }, 'usage rollup failed; retrying');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), idleMs);
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
