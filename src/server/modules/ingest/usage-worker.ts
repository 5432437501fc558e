import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { applyEventRetention } from './apply-event-retention.ts';
import { attachPendingEvents, rollupDirtyUsage } from './rollup-usage.ts';

const RETENTION_EVERY_MS = 60 * 60_000;

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
      while (!stopped && (await rollupDirtyUsage(db)) > 0) {}
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
