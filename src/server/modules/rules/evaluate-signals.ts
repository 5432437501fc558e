import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { type FireResult, fireRule, logRuleError } from './fire-rule.ts';
import { activeRules, type LoadedRule } from './rule-row.ts';
import { signalCandidates, triggersOfSignal } from './trigger-candidates.ts';

/**
 * Evaluates a batch of signals: each enabled rule whose trigger listens to a type in the batch runs once,
 * set-based over the whole batch, in its own transaction. A rule that throws is logged and skipped.
 */
export async function evaluateSignals(db: Db, logger: Logger, signalIds: number[]): Promise<FireResult> {
  const types = await db
    .selectFrom('signals')
    .select('type')
    .distinct()
    .where('id', 'in', signalIds.length ? signalIds : [-1])
    .execute();
  const rules = await activeRules(db, [...new Set(types.flatMap((t) => triggersOfSignal(t.type)))]);
  return fireEach(db, logger, rules, (rule) => signalCandidates(rule.trigger, signalIds));
}

export async function fireEach(
  db: Db,
  logger: Logger,
  rules: LoadedRule[],
  candidatesOf: (rule: LoadedRule) => ReturnType<typeof signalCandidates> | undefined,
  cooldownOf: (rule: LoadedRule) => number = () => 0,
): Promise<FireResult> {
  const total: FireResult = { fired: 0, opened: 0, updated: 0 };
  for (const rule of rules) {
    const candidates = candidatesOf(rule);
    if (!candidates) continue;
    try {
      const r = await fireRule(db, rule, candidates, cooldownOf(rule));
      total.fired += r.fired;
      total.opened += r.opened;
      total.updated += r.updated;
    } catch (err) {
      logger.error({ err, ruleId: rule.id }, 'rule failed; the other rules go on');
      await logRuleError(db, rule.id, err).catch((e) =>
        logger.error({ err: e }, 'could not log a rule failure'),
      );
    }
  }
  return total;
}
