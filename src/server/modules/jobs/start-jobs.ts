import { Cron } from 'croner';
import type { PgBoss } from 'pg-boss';
import type { Database } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { deliverNotification } from '../notifications/deliver-notification.ts';
import { evaluateSignals } from '../rules/evaluate-signals.ts';
import { activeRules } from '../rules/rule-row.ts';
import { runScheduledRule, sweepRules } from '../rules/sweep-rules.ts';
import { claimTick } from './claim-tick.ts';
import { dispatchPending } from './dispatch-pending.ts';
import { createJobQueue, QUEUES } from './job-queue.ts';

export interface JobSettings {
  /** How often workers poll the queue, in seconds (pg-boss's minimum is 0.5). */
  pollSeconds: number;
  /** How often the dispatcher looks for new signals and deliveries, in ms. */
  dispatchMs: number;
  /** croner pattern (with seconds) of the sweep of state triggers: usage drop, renewals, touchpoints. */
  sweepCron: string;
  retryDelaySeconds: number;
  retryLimit: number;
  /** TEND_ALLOW_PRIVATE_OUTBOUND: notifications may go to loopback and private addresses. */
  allowPrivateOutbound: boolean;
}

export const DEFAULT_JOB_SETTINGS: JobSettings = {
  pollSeconds: 0.5,
  dispatchMs: 250,
  sweepCron: '0 */5 * * * *',
  retryDelaySeconds: 30,
  retryLimit: 3,
  allowPrivateOutbound: false,
};

export interface JobRuntime {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** The worker role: the queue's handlers, the dispatcher loop and the croner schedules. */
export async function startJobs(
  database: Database,
  logger: Logger,
  overrides: Partial<JobSettings> = {},
): Promise<JobRuntime> {
  const settings = { ...DEFAULT_JOB_SETTINGS, ...overrides };
  const { db } = database;
  const boss = await createJobQueue(database, settings);
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  const poll = { pollingIntervalSeconds: settings.pollSeconds };
  await boss.work<{ signalIds: number[] }>(QUEUES.evaluateSignals, poll, async ([job]) => {
    if (job) await evaluateSignals(db, logger, job.data.signalIds);
  });
  await boss.work(QUEUES.sweepRules, poll, async () => {
    await sweepRules(db, logger);
  });
  await boss.work<{ ruleId: string }>(QUEUES.runScheduledRule, poll, async ([job]) => {
    if (job) await runScheduledRule(db, logger, job.data.ruleId);
  });
  await boss.work<{ deliveryId: string }>(QUEUES.deliverNotification, poll, async ([job]) => {
    if (job)
      await deliverNotification(db, job.data.deliveryId, {
        retryCount: job.retryCount,
        retryLimit: settings.retryLimit,
        allowPrivate: settings.allowPrivateOutbound,
      });
  });

  const stopDispatch = loop(
    settings.dispatchMs,
    async () => {
      // Drain: a burst of signals goes out in as many batches as it takes before the loop sleeps.
      while ((await dispatchPending(db, boss)) > 0);
    },
    logger,
  );
  const schedules = new RuleSchedules(database, boss, logger);
  const sweep = new Cron(settings.sweepCron, { protect: true }, async (self: Cron) => {
    try {
      if (await claimTick(db, 'rules.sweep', self.currentRun() ?? new Date()))
        await boss.send(QUEUES.sweepRules, {});
      await schedules.refresh();
    } catch (err) {
      logger.error({ err }, 'sweep tick failed');
    }
  });
  await schedules.refresh();
  return {
    boss,
    async stop() {
      sweep.stop();
      schedules.stopAll();
      await stopDispatch();
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

function loop(everyMs: number, body: () => Promise<void>, logger: Logger) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      await body();
    } catch (err) {
      logger.error({ err }, 'dispatcher failed; retrying');
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), everyMs);
  };
  running = tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}

/** One croner job per scheduled rule, kept in step with the rules table on every sweep tick. */
class RuleSchedules {
  #crons = new Map<string, { cron: Cron; pattern: string }>();
  constructor(
    private database: Database,
    private boss: PgBoss,
    private logger: Logger,
  ) {}

  async refresh() {
    const rules = await activeRules(this.database.db, ['schedule']);
    const seen = new Set<string>();
    for (const rule of rules) {
      if (rule.trigger.type !== 'schedule') continue;
      const pattern = `${rule.trigger.cron}|${rule.trigger.timezone ?? ''}`;
      seen.add(rule.id);
      if (this.#crons.get(rule.id)?.pattern === pattern) continue;
      this.#crons.get(rule.id)?.cron.stop();
      this.#crons.set(rule.id, {
        pattern,
        cron: this.#start(rule.id, rule.trigger.cron, rule.trigger.timezone),
      });
    }
    for (const [id, entry] of this.#crons)
      if (!seen.has(id)) {
        entry.cron.stop();
        this.#crons.delete(id);
      }
  }

  #start(ruleId: string, pattern: string, timezone?: string) {
    return new Cron(pattern, { timezone, protect: true }, async (self: Cron) => {
      try {
        const tick = self.currentRun() ?? new Date();
        if (await claimTick(this.database.db, `rule:${ruleId}`, tick))
          await this.boss.send(QUEUES.runScheduledRule, { ruleId, tick: tick.toISOString() });
      } catch (err) {
        this.logger.error({ err, ruleId }, 'scheduled rule tick failed');
      }
    });
  }

  stopAll() {
    for (const { cron } of this.#crons.values()) cron.stop();
    this.#crons.clear();
  }
}
