import type pg from 'pg';
import { type Db as BossDb, PgBoss } from 'pg-boss';
import type { Database } from '../../db/client.ts';

/** The queues Tend runs; each has its own retry policy. */
export const QUEUES = {
  evaluateSignals: 'rules.evaluate',
  sweepRules: 'rules.sweep',
  runScheduledRule: 'rules.schedule',
  deliverNotification: 'notifications.deliver',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface QueueSettings {
  /** Seconds before the first retry of a failed delivery; doubled each time (backoff). */
  retryDelaySeconds: number;
  retryLimit: number;
}

/**
 * pg-boss on our own pool, never a pool of its own: on the embedded backend the database has exactly one
 * pg connection (pglite-socket interleaves the extended-protocol messages of two connections). The pool's
 * raw result is passed through because pg-boss reads the rows of every statement of its multi-statement
 * queries (Kysely keeps only one result, so pg-boss's fromKysely adapter fails its maintenance claims).
 */
export function poolAdapter(pool: pg.Pool): BossDb {
  return {
    executeSql: async (text, values) =>
      (await pool.query(text, values as unknown[])) as unknown as { rows: unknown[] },
  };
}

export async function createJobQueue(database: Database, settings: QueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    db: poolAdapter(database.pool),
    // No LISTEN/NOTIFY (all connections share one session on the embedded backend) and no pg-boss cron:
    // schedules run through croner with a claimed tick per rule (claim-tick.ts).
    useListenNotify: false,
    schedule: false,
    supervise: true,
  });
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  const create = async (name: string, options: Parameters<PgBoss['createQueue']>[1]) => {
    if (!existing.has(name)) await boss.createQueue(name, options);
  };
  await create(QUEUES.evaluateSignals, { retryLimit: 3, retryDelay: 2, retryBackoff: true });
  await create(QUEUES.sweepRules, { retryLimit: 1, retryDelay: 5 });
  await create(QUEUES.runScheduledRule, { retryLimit: 2, retryDelay: 5, retryBackoff: true });
  await create(QUEUES.deliverNotification, {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
  });
  // Settings may change between starts (a test shortens the delay): keep the queue in step.
  await boss.updateQueue(QUEUES.deliverNotification, {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
  });
  return boss;
}
