import { sql } from 'kysely';
import type { CtaPriority, CtaType } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import { createPlaybookTasks } from './create-playbook-tasks.ts';
import { findPlaybook } from './playbook-library.ts';

export interface RuleCtaSpec {
  ruleId: string;
  ruleName: string;
  trigger: string;
  type: CtaType;
  priority: CtaPriority;
  title: string;
  dueInDays: number;
  playbook?: string;
}

export interface OpenedCta {
  id: string;
  rule_id: string;
  account_id: string;
  owner_id: string | null;
  inserted: boolean;
}

/** One account a rule fired for, with the facts that fired it. */
export interface RuleFiring {
  rule_id: string;
  account_id: string;
  facts: unknown;
}

/**
 * Opens one CTA per (rule, account) for many rules, in one statement. An account that already has an open CTA
 * from the rule gets that CTA updated (reason, count) instead of a second one: the partial unique index
 * decides, so two workers firing the same rule at once still leave one open CTA. One spec per rule.
 */
export async function openCtasForRules(
  trx: Db,
  specs: RuleCtaSpec[],
  firings: RuleFiring[],
): Promise<OpenedCta[]> {
  if (!specs.length || !firings.length) return [];
  const specRows = JSON.stringify(
    specs.map((s) => ({
      rule_id: s.ruleId,
      rule_name: s.ruleName,
      trigger: s.trigger,
      type: s.type,
      priority: s.priority,
      title: s.title,
      due_in_days: s.dueInDays,
      playbook: s.playbook ?? null,
    })),
  );
  const { rows } = await sql<OpenedCta>`
    insert into ctas (account_id, rule_id, type, priority, title, owner_id, due_date, playbook, reason)
    select m.account_id, s.rule_id, s.type, s.priority, s.title, a.owner_id, current_date + s.due_in_days, s.playbook,
      jsonb_build_object('rule_id', s.rule_id, 'rule_name', s.rule_name, 'trigger', s.trigger, 'facts', m.facts,
        'fired_at', now())
    from jsonb_to_recordset(${JSON.stringify(firings)}::jsonb) as m(rule_id uuid, account_id uuid, facts jsonb)
    join jsonb_to_recordset(${specRows}::jsonb) as s(rule_id uuid, rule_name text, trigger text, type text,
      priority text, title text, due_in_days int, playbook text) on s.rule_id = m.rule_id
    join accounts a on a.id = m.account_id
    on conflict (rule_id, account_id) where status <> 'closed' and rule_id is not null
    do update set reason = excluded.reason, priority = excluded.priority, fire_count = ctas.fire_count + 1
    returning id, rule_id, account_id, owner_id, (xmax = 0) as inserted`.execute(trx);
  await createTasksOfNewCtas(trx, specs, rows);
  return rows;
}

/** The playbook's tasks for the CTAs just opened, one insert per playbook in use. */
async function createTasksOfNewCtas(trx: Db, specs: RuleCtaSpec[], rows: OpenedCta[]) {
  const playbookOf = new Map(specs.map((s) => [s.ruleId, s.playbook]));
  const byPlaybook = new Map<string, OpenedCta[]>();
  for (const row of rows) {
    const key = playbookOf.get(row.rule_id);
    if (!row.inserted || !key) continue;
    const list = byPlaybook.get(key) ?? [];
    list.push(row);
    byPlaybook.set(key, list);
  }
  for (const [key, created] of byPlaybook) {
    const playbook = await findPlaybook(trx, key);
    if (playbook) await createPlaybookTasks(trx, playbook, created);
  }
}
