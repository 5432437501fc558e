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
  account_id: string;
  owner_id: string | null;
  inserted: boolean;
}

/**
 * Opens one CTA per account for a rule, in one statement. An account that already has an open CTA from this
 * rule gets that CTA updated (reason, count) instead of a second one: the partial unique index decides,
 * so two workers firing the same rule at once still leave one open CTA.
 */
export async function openCtasForRule(
  trx: Db,
  spec: RuleCtaSpec,
  matches: { account_id: string; facts: unknown }[],
): Promise<OpenedCta[]> {
  const { rows } = await sql<OpenedCta>`
    insert into ctas (account_id, rule_id, type, priority, title, owner_id, due_date, playbook, reason)
    select m.account_id, ${spec.ruleId}::uuid, ${spec.type}, ${spec.priority}, ${spec.title}, a.owner_id,
      current_date + ${spec.dueInDays}::int, ${spec.playbook ?? null}::text,
      jsonb_build_object('rule_id', ${spec.ruleId}::uuid, 'rule_name', ${spec.ruleName}::text,
        'trigger', ${spec.trigger}::text, 'facts', m.facts, 'fired_at', now())
    from jsonb_to_recordset(${JSON.stringify(matches)}::jsonb) as m(account_id uuid, facts jsonb)
    join accounts a on a.id = m.account_id
    on conflict (rule_id, account_id) where status <> 'closed' and rule_id is not null
    do update set reason = excluded.reason, priority = excluded.priority, fire_count = ctas.fire_count + 1
    returning id, account_id, owner_id, (xmax = 0) as inserted`.execute(trx);
  const created = rows.filter((r) => r.inserted);
  if (spec.playbook && created.length) {
    const playbook = await findPlaybook(trx, spec.playbook);
    if (playbook) await createPlaybookTasks(trx, playbook, created);
  }
  return rows;
}
