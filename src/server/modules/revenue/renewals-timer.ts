import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { createDueRenewals } from './create-due-renewals.ts';

const EVERY_MS = 60 * 60_000;

/**
 * Opens renewals as contracts come within the lead time, though nothing about them changed: once at start,
 * then hourly. The use-case is idempotent, so an overlap with a contract change or another process is
 * harmless. (When the job queue lands this becomes one of its schedules.)
 */
export function startRenewalsTimer(db: Db, logger: Logger, everyMs = EVERY_MS) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const created = await createDueRenewals(db);
      if (created) logger.info({ created }, 'renewal opportunities opened');
    } catch (err) {
      logger.error({ err }, 'opening due renewals failed; retrying at the next tick');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), everyMs);
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
