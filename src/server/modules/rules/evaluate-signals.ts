import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { changesAccounts, type FireResult, fireMatches, logRuleError } from './fire-rule.ts';
import { type CandidateSource, matchRules } from './match-rules.ts';
import { activeRules, type LoadedRule } from './rule-row.ts';
import { signalBatch, signalCandidates, triggersOfSignal } from './trigger-candidates.ts';

/** Evaluates a batch of signals against every enabled rule whose trigger listens to a type in the batch. */
export async function evaluateSignals(db: Db, logger: Logger, signalIds: number[]): Promise<FireResult> {
  const types = await db
    .selectFrom('signals')
    .select('type')
    .distinct()
    .where('id', 'in', signalIds.length ? signalIds : [-1])
    .execute();
  const rules = await activeRules(db, [...new Set(types.flatMap((t) => triggersOfSignal(t.type)))]);
  return fireEach(db, logger, rules, {
    ctes: signalBatch(signalIds),
    candidatesOf: (rule) => signalCandidates(rule.trigger),
  });
}

/**
 * Fires the rules for their candidates. Rules that only open CTAs and notify run together, set-based, in one
 * transaction: one statement matches them all, one opens all their CTAs, one queues all their deliveries.
 * Rules that change accounts (assign an owner, set a field) run first, one by one in creation order, each in
 * its own transaction, so the conditions and CTAs of the rules after them see those changes.
 * A rule that throws is logged and never stops the others: when the set-based firing fails, its rules run
 * again one by one, and only the one that throws is logged as failed.
 */
export async function fireEach(
  db: Db,
  logger: Logger,
  rules: LoadedRule[],
  source: CandidateSource,
): Promise<FireResult> {
  const total: FireResult = { fired: 0, opened: 0, updated: 0 };
  const add = (r: FireResult) => {
    total.fired += r.fired;
    total.opened += r.opened;
    total.updated += r.updated;
  };
  for (const rule of rules.filter(changesAccounts)) add(await fireOne(db, logger, rule, source));
  const together = rules.filter((r) => !changesAccounts(r));
  if (!together.length) return total;
  try {
    add(await fireTogether(db, together, source));
  } catch (err) {
    logger.warn({ err, rules: together.length }, 'set-based rule firing failed; firing rule by rule');
    for (const rule of together) add(await fireOne(db, logger, rule, source));
  }
  return total;
}

function fireTogether(db: Db, rules: LoadedRule[], source: CandidateSource): Promise<FireResult> {
  return db
    .transaction()
    .execute(async (trx) => fireMatches(trx, rules, await matchRules(trx, rules, source)));
}

async function fireOne(
  db: Db,
  logger: Logger,
  rule: LoadedRule,
  source: CandidateSource,
): Promise<FireResult> {
  try {
    return await fireTogether(db, [rule], source);
  } catch (err) {
    logger.error({ err, ruleId: rule.id }, 'rule failed; the other rules go on');
    await logRuleError(db, rule.id, err).catch((e) =>
      logger.error({ err: e }, 'could not log a rule failure'),
    );
    return { fired: 0, opened: 0, updated: 0 };
  }
}
