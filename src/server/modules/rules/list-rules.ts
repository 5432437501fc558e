import type { Rule, RuleRun } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { RULE_COLUMNS, type RuleRow, toRule } from './rule-row.ts';

/** Every rule by name, with how often it has fired (from its recorded runs). */
export async function listRules(db: Db): Promise<Rule[]> {
  const [rows, counts] = await Promise.all([
    db.selectFrom('rules').select(RULE_COLUMNS).orderBy('name').execute(),
    db
      .selectFrom('rule_runs')
      .select(['rule_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('status', '=', 'fired')
      .groupBy('rule_id')
      .execute(),
  ]);
  const fired = new Map(counts.map((c) => [c.rule_id, Number(c.n)]));
  return rows.map((r) => ({ ...toRule(r as RuleRow), fire_count: fired.get(r.id) ?? 0 }));
}

/** The latest firings and failures of a rule, newest first. */
export async function listRuleRuns(db: Db, ruleId: string, limit = 100): Promise<RuleRun[]> {
  const rows = await db
    .selectFrom('rule_runs as r')
    .leftJoin('accounts as a', 'a.id', 'r.account_id')
    .select([
      'r.id',
      'r.rule_id',
      'r.account_id',
      'a.name as account_name',
      'r.status',
      'r.facts',
      'r.error',
      'r.at',
    ])
    .where('r.rule_id', '=', ruleId)
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, status: r.status as RuleRun['status'], at: r.at.toISOString() }));
}
