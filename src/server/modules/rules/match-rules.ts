import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { compileConditions } from './compile-conditions.ts';
import type { LoadedRule } from './rule-row.ts';

/** One account a rule fires for, with the facts that fire it. */
export interface Match {
  rule_id: string;
  account_id: string;
  account_name: string;
  facts: unknown;
}

/** Where the rules' candidates come from: a batch of signals, or the state the sweep finds. */
export interface CandidateSource {
  /** Common table expressions the candidates read (e.g. the batch of signals), without `with`. */
  ctes?: RawBuilder<unknown>;
  /** Candidates as `(account_id uuid, facts jsonb)`, or undefined when the rule has none here. */
  candidatesOf: (rule: LoadedRule) => RawBuilder<unknown> | undefined;
  /** Days within which a rule does not fire again for the same account (swept triggers). */
  cooldownDaysOf?: (rule: LoadedRule) => number;
}

/**
 * The candidates that pass each rule's conditions (and have not fired within the cooldown), for all the
 * rules in one statement: one branch a rule, unioned, so a batch costs one round trip however many rules.
 */
export async function matchRules(db: Db, rules: LoadedRule[], source: CandidateSource): Promise<Match[]> {
  const branches = rules.flatMap((rule) => {
    const candidates = source.candidatesOf(rule);
    return candidates ? [ruleBranch(rule, candidates, source.cooldownDaysOf?.(rule) ?? 0)] : [];
  });
  if (!branches.length) return [];
  const ctes = source.ctes ? sql`with ${source.ctes}` : sql``;
  const { rows } = await sql<Match>`${ctes} ${sql.join(branches, sql` union all `)}
    order by rule_id, account_id`.execute(db);
  return rows;
}

/** The accounts one rule matches, e.g. for a dry run; see matchRules. */
export async function matchRule(
  db: Db,
  rule: LoadedRule,
  candidates: RawBuilder<unknown>,
  cooldownDays = 0,
): Promise<Omit<Match, 'rule_id'>[]> {
  const rows = await matchRules(db, [rule], {
    candidatesOf: () => candidates,
    cooldownDaysOf: () => cooldownDays,
  });
  return rows.map(({ rule_id: _, ...match }) => match);
}

function ruleBranch(rule: LoadedRule, candidates: RawBuilder<unknown>, cooldownDays: number) {
  const cooldown =
    cooldownDays > 0
      ? sql`and not exists (select 1 from rule_runs r where r.rule_id = ${rule.id}::uuid and r.account_id = c.account_id
          and r.status = 'fired' and r.at > now() - make_interval(days => ${cooldownDays}::int))`
      : sql``;
  return sql`(select ${rule.id}::uuid as rule_id, c.account_id, a.name as account_name, c.facts
    from (${candidates}) c join accounts a on a.id = c.account_id
    where ${compileConditions(rule.conditions)} ${cooldown})`;
}
