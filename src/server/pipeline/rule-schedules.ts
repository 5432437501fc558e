import type { PgBoss } from 'pg-boss';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { claimTick } from '../modules/jobs/claim-tick.ts';
import { QUEUES } from '../modules/jobs/job-queue.ts';
import { activeRules } from '../modules/rules/rule-row.ts';
import { type RunningStage, type StageProgress, startCronStage } from './worker-kit.ts';

/**
 * One cron stage per scheduled rule, kept in step with the rules table on every sweep tick. Each tick is
 * claimed (job_ticks), so with several workers a rule's tick is queued once.
 */
export class RuleSchedules implements RunningStage {
  readonly name = 'scheduled rule ticks';
  #crons = new Map<string, { stage: RunningStage; pattern: string }>();
  constructor(
    private db: Db,
    private boss: PgBoss,
    private logger: Logger,
  ) {}

  async refresh(): Promise<number> {
    const rules = await activeRules(this.db, ['schedule']);
    const seen = new Set<string>();
    for (const rule of rules) {
      if (rule.trigger.type !== 'schedule') continue;
      const pattern = `${rule.trigger.cron}|${rule.trigger.timezone ?? ''}`;
      seen.add(rule.id);
      if (this.#crons.get(rule.id)?.pattern === pattern) continue;
      await this.#crons.get(rule.id)?.stage.stop();
      this.#crons.set(rule.id, {
        pattern,
        stage: await this.#start(rule.id, rule.trigger.cron, rule.trigger.timezone),
      });
    }
    for (const [id, entry] of this.#crons)
      if (!seen.has(id)) {
        await entry.stage.stop();
        this.#crons.delete(id);
      }
    return 0;
  }

  #start(ruleId: string, pattern: string, timezone?: string) {
    return startCronStage(`scheduled rule ${ruleId}`, this.logger, { pattern, timezone }, async (tick) => {
      if (!(await claimTick(this.db, `rule:${ruleId}`, tick))) return 0;
      await this.boss.send(QUEUES.runScheduledRule, { ruleId, tick: tick.toISOString() });
      return 1;
    });
  }

  /** The ticks of all the rules' cron stages together. */
  progress(): StageProgress {
    const total: StageProgress = {
      stage: this.name,
      passes: 0,
      done: 0,
      failures: 0,
      lastPassAt: null,
      lastError: null,
    };
    for (const { stage } of this.#crons.values()) {
      const p = stage.progress();
      total.passes += p.passes;
      total.done += p.done;
      total.failures += p.failures;
      if (p.lastPassAt && (!total.lastPassAt || p.lastPassAt > total.lastPassAt))
        total.lastPassAt = p.lastPassAt;
      total.lastError = p.lastError ?? total.lastError;
    }
    return total;
  }

  async stop() {
    for (const { stage } of this.#crons.values()) await stage.stop();
    this.#crons.clear();
  }
}
