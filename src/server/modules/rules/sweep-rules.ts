import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { fireEach } from './evaluate-signals.ts';
import type { FireResult } from './fire-rule.ts';
import { activeRules, type LoadedRule } from './rule-row.ts';
import { cooldownDays, SWEPT_TRIGGERS, sweepCandidates } from './trigger-candidates.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Rules on a state rather than an event (usage drop, renewal in N days, no touchpoint in N days). */
export async function sweepRules(db: Db, logger: Logger, day = today()): Promise<FireResult> {
  const rules = await activeRules(db, SWEPT_TRIGGERS);
  return fireEach(db, logger, rules, {
    candidatesOf: (rule) => sweepCandidates(rule.trigger, day),
    cooldownDaysOf: (rule) => cooldownDays(rule.trigger),
  });
}

/** One tick of a scheduled rule: every account that meets its conditions. */
export async function runScheduledRule(db: Db, logger: Logger, ruleId: string): Promise<FireResult> {
  const rules = (await activeRules(db, ['schedule'])).filter((r: LoadedRule) => r.id === ruleId);
  return fireEach(db, logger, rules, { candidatesOf: (rule) => sweepCandidates(rule.trigger, today()) });
}
