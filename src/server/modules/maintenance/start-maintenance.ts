import { Cron } from 'croner';
import type { Database } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { maintainTables } from './maintain-tables.ts';

/**
 * Table upkeep every ten minutes on the embedded database (a PostgreSQL server has autovacuum for this).
 * `protect` skips a tick while the previous one still runs.
 */
export function startMaintenance(database: Database, logger: Logger, pattern = '*/10 * * * *') {
  if (database.kind !== 'embedded') return undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const started = performance.now();
      const done = await maintainTables(database.db);
      if (done.length)
        logger.info(
          { tables: done, ms: Math.round(performance.now() - started) },
          'tables vacuumed and analyzed',
        );
    } catch (err) {
      logger.error({ err }, 'table upkeep failed; it runs again in ten minutes');
    }
  };
  const job = new Cron(pattern, { protect: true }, () => {
    running = tick();
    return running;
  });
  return {
    async stop() {
      job.stop();
      await running;
    },
  };
}
