import type { PgBoss } from 'pg-boss';
import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { healthPass, queueNightlyHealthRun } from '../modules/health/health-worker.ts';
import { usageRollupPass } from '../modules/ingest/advance-usage-rollup.ts';
import { claimTick } from '../modules/jobs/claim-tick.ts';
import { createJobQueue, QUEUES } from '../modules/jobs/job-queue.ts';
import { maintainTables } from '../modules/maintenance/maintain-tables.ts';
import { deliverNotification } from '../modules/notifications/deliver-notification.ts';
import { dispatchDeliveries } from '../modules/notifications/dispatch-deliveries.ts';
import { createDueRenewals } from '../modules/revenue/create-due-renewals.ts';
import { evaluateSignals } from '../modules/rules/evaluate-signals.ts';
import { runScheduledRule, sweepRules } from '../modules/rules/sweep-rules.ts';
import { dispatchSignals } from '../modules/signals/dispatch-signals.ts';
import { RuleSchedules } from './rule-schedules.ts';
import {
  type RunningStage,
  type StageProgress,
  startCronStage,
  startPollStage,
  startQueueStage,
} from './worker-kit.ts';

/*
 * What happens to an event, in order. The request path (ingest, not a stage) stores it:
 *
 *   POST /v1/batch ─> raw_events + usage_queue (+ signals for rules listening to product events)
 *
 * and every stage below runs in the worker role (`tend serve --role worker|all`), through the worker kit:
 *
 *   1. usage     usage_queue ─> usage_daily ...; marks health_dirty           poll, 100 ms busy / 500 ms idle
 *   2. health    health_dirty, health_runs ─> account_health, history, alerts;  poll, 100 ms busy / 500 ms idle
 *                emits signals (band changed, alert)                             + nightly run, cron 02:00 UTC
 *   3. rules     signals ─> pg-boss rules.evaluate ─> CTAs, account changes,     poll every 250 ms + queue
 *                notification_deliveries
 *   4. notify    notification_deliveries ─> pg-boss notifications.deliver ─> email, Slack, Teams, webhooks
 *   5. sweep     state triggers (usage drop, renewal due, no touchpoint) and     cron (TEND_RULES_SWEEP_CRON)
 *                scheduled rules ─> pg-boss rules.sweep / rules.schedule          + one cron per rule
 *   6. renewals  contracts coming due ─> renewal opportunities                   poll, hourly
 *   7. upkeep    VACUUM / ANALYZE on the embedded database                       cron, every 10 minutes
 *
 * Coordination is through rows (SKIP LOCKED, claimed ticks, run keys), so several workers run side by side.
 */

/** The stage groups, in the order above; tests start a few of them. */
export const STAGE_GROUPS = ['usage', 'health', 'rules', 'notify', 'sweep', 'renewals', 'upkeep'] as const;
export type StageGroup = (typeof STAGE_GROUPS)[number];

export interface PipelineSettings {
  /** Idle wait of the usage and health polls (busy: 100 ms, see worker-kit.ts). */
  idleMs: number;
  /** Batches of a full health recompute at once (health-worker.ts healthConcurrency). */
  healthConcurrency: number;
  /** How often the dispatchers look for new signals and deliveries, in ms. */
  dispatchMs: number;
  /** How often pg-boss workers poll the queue, in seconds (pg-boss's minimum is 0.5). */
  pollSeconds: number;
  /** croner pattern (with seconds) of the sweep of state triggers: usage drop, renewals, touchpoints. */
  sweepCron: string;
  retryDelaySeconds: number;
  retryLimit: number;
  /** TEND_ALLOW_PRIVATE_OUTBOUND: notifications may go to loopback and private addresses. */
  allowPrivateOutbound: boolean;
  renewalsEveryMs: number;
  upkeepCron: string;
}

export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = {
  idleMs: 500,
  healthConcurrency: 1,
  dispatchMs: 250,
  pollSeconds: 0.5,
  sweepCron: '0 */5 * * * *',
  retryDelaySeconds: 30,
  retryLimit: 3,
  allowPrivateOutbound: false,
  renewalsEveryMs: 60 * 60_000,
  upkeepCron: '*/10 * * * *',
};

export interface RunningPipeline {
  /** The job queue, when a queue stage runs. */
  boss: PgBoss | undefined;
  progress(): StageProgress[];
  stop(): Promise<void>;
}

/** Starts the background stages (all, or the groups in `only`), each through the worker kit. */
export async function startPipeline(
  database: Database,
  logger: Logger,
  overrides: Partial<PipelineSettings> = {},
  only: readonly StageGroup[] = STAGE_GROUPS,
): Promise<RunningPipeline> {
  const s = { ...DEFAULT_PIPELINE_SETTINGS, ...overrides };
  const { db } = database;
  const runs = (group: StageGroup) => only.includes(group);
  const adaptive = { idleMs: s.idleMs, adaptive: true };
  const everyMs = (idleMs: number) => ({ idleMs, adaptive: false });
  const stages: RunningStage[] = [];
  const needsQueue = runs('rules') || runs('notify') || runs('sweep');
  const boss = needsQueue ? await createJobQueue(database, s) : undefined;
  boss?.on('error', (err) => logger.error({ err }, 'job queue error'));
  const queue = (name: string) => ({ name, pollSeconds: s.pollSeconds });

  if (runs('usage'))
    stages.push(startPollStage('usage rollup', logger, adaptive, usageRollupPass(db, logger)));

  if (runs('health')) {
    const nightly = { pattern: '0 2 * * *', timezone: 'UTC', atStart: true };
    stages.push(
      await startCronStage('health nightly', logger, nightly, () => queueNightlyHealthRun(db, logger)),
    );
    stages.push(startPollStage('health', logger, adaptive, healthPass(db, logger, s.healthConcurrency)));
  }

  if (boss && runs('rules')) {
    stages.push(
      await startQueueStage<{ signalIds: number[] }>(
        'rules',
        logger,
        boss,
        queue(QUEUES.evaluateSignals),
        (job) => evaluateSignals(db, logger, job.signalIds),
      ),
    );
    stages.push(startPollStage('signals', logger, everyMs(s.dispatchMs), () => dispatchSignals(db, boss)));
  }

  if (boss && runs('notify')) {
    stages.push(
      await startQueueStage<{ deliveryId: string }>(
        'notifications',
        logger,
        boss,
        queue(QUEUES.deliverNotification),
        (job, { retryCount }) =>
          deliverNotification(db, job.deliveryId, {
            retryCount,
            retryLimit: s.retryLimit,
            allowPrivate: s.allowPrivateOutbound,
          }),
      ),
    );
    stages.push(
      startPollStage('deliveries', logger, everyMs(s.dispatchMs), () => dispatchDeliveries(db, boss)),
    );
  }

  if (boss && runs('sweep')) {
    stages.push(
      await startQueueStage('rules sweep', logger, boss, queue(QUEUES.sweepRules), () =>
        sweepRules(db, logger),
      ),
      await startQueueStage<{ ruleId: string }>(
        'scheduled rules',
        logger,
        boss,
        queue(QUEUES.runScheduledRule),
        (job) => runScheduledRule(db, logger, job.ruleId),
      ),
    );
    const schedules = new RuleSchedules(db, boss, logger);
    await schedules.refresh();
    // The sweep tick also keeps the rules' own cron stages in step with the rules table (stopped first).
    stages.push(
      schedules,
      await startCronStage('sweep tick', logger, { pattern: s.sweepCron }, async (tick) => {
        if (await claimTick(db, 'rules.sweep', tick)) await boss.send(QUEUES.sweepRules, {});
        return schedules.refresh();
      }),
    );
  }

  if (runs('renewals'))
    stages.push(
      startPollStage('renewals', logger, everyMs(s.renewalsEveryMs), async () => {
        const created = await createDueRenewals(db);
        if (created) logger.info({ created }, 'renewal opportunities opened');
        return created;
      }),
    );

  // A PostgreSQL server has autovacuum; the embedded database has none (see maintain-tables.ts).
  if (runs('upkeep') && database.kind === 'embedded')
    stages.push(
      await startCronStage('table upkeep', logger, { pattern: s.upkeepCron }, async () => {
        const started = performance.now();
        const done = await maintainTables(db);
        const ms = Math.round(performance.now() - started);
        if (done.length) logger.info({ tables: done, ms }, 'tables vacuumed and analyzed');
        return done.length;
      }),
    );

  return {
    boss,
    progress: () => stages.map((stage) => stage.progress()),
    async stop() {
      // Producers first (they feed the queue), then the queue's handlers, then the queue itself.
      for (const stage of [...stages].reverse()) await stage.stop();
      await boss?.stop({ graceful: true, timeout: 5000 });
    },
  };
}
