import { type RawBuilder, sql } from 'kysely';
import type { RuleAction } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { type OpenedCta, openCtasForRule } from '../ctas/open-ctas-for-rule.ts';
import { queueCtaOpenedEmails, queueRuleNotifications } from '../notifications/queue-rule-notifications.ts';
import { accountField } from './account-fields.ts';
import { assignOwners } from './assign-owners.ts';
import { compileConditions } from './compile-conditions.ts';
import type { LoadedRule } from './rule-row.ts';

export interface Match {
  account_id: string;
  account_name: string;
  facts: unknown;
}

export interface FireResult {
  fired: number;
  opened: number;
  updated: number;
}

/** The candidates that pass the rule's conditions (and have not fired within the cooldown). */
export async function matchRule(
  db: Db,
  rule: LoadedRule,
  candidates: RawBuilder<unknown>,
  cooldownDays = 0,
): Promise<Match[]> {
  const cooldown =
    cooldownDays > 0
      ? sql`and not exists (select 1 from rule_runs r where r.rule_id = ${rule.id}::uuid and r.account_id = c.account_id
          and r.status = 'fired' and r.at > now() - make_interval(days => ${cooldownDays}::int))`
      : sql``;
  const { rows } = await sql<Match>`
    select c.account_id, a.name as account_name, c.facts
    from (${candidates}) c join accounts a on a.id = c.account_id
    where ${compileConditions(rule.conditions)} ${cooldown}
    order by c.account_id`.execute(db);
  return rows;
}

/** Runs a rule's actions for its matches in one transaction: all of a firing commits, or none of it. */
export async function fireRule(
  db: Db,
  rule: LoadedRule,
  candidates: RawBuilder<unknown>,
  cooldownDays = 0,
): Promise<FireResult> {
  return db.transaction().execute(async (trx) => {
    const matches = await matchRule(trx, rule, candidates, cooldownDays);
    if (!matches.length) return { fired: 0, opened: 0, updated: 0 };
    const ids = matches.map((m) => m.account_id);
    // Owners first, so the CTAs and emails of this firing go to the new owner.
    const ordered = [...rule.actions].sort((a, b) => actionOrder(a) - actionOrder(b));
    let ctas: OpenedCta[] = [];
    for (const action of ordered) {
      if (action.type === 'assign_owner') {
        await assignOwners(trx, rule, action, ids);
      } else if (action.type === 'set_field') await setField(trx, action, ids);
      else if (action.type === 'open_cta') {
        ctas = await openCtasForRule(
          trx,
          {
            ruleId: rule.id,
            ruleName: rule.name,
            trigger: rule.trigger.type,
            type: action.cta_type,
            priority: action.priority,
            title: action.title,
            dueInDays: action.due_in_days,
            playbook: action.playbook,
          },
          matches,
        );
        await queueCtaOpenedEmails(
          trx,
          ctas.filter((c) => c.inserted).map((c) => c.id),
        );
      } else {
        const ctaOf = new Map(ctas.map((c) => [c.account_id, c.id]));
        await queueRuleNotifications(
          trx,
          rule,
          action,
          matches.map((m) => ({ ...m, cta_id: ctaOf.get(m.account_id) ?? null })),
        );
      }
    }
    await logFiring(trx, rule, matches, ctas);
    const opened = ctas.filter((c) => c.inserted).length;
    return { fired: matches.length, opened, updated: ctas.length - opened };
  });
}

function actionOrder(a: RuleAction) {
  return a.type === 'assign_owner' ? 0 : a.type === 'set_field' ? 1 : a.type === 'open_cta' ? 2 : 3;
}

async function setField(trx: Db, action: Extract<RuleAction, { type: 'set_field' }>, ids: string[]) {
  const column = accountField(action.field)?.column;
  if (!column) throw new Error(`${action.field} cannot be set by a rule`);
  await sql`update accounts set ${sql.ref(column)} = ${action.value} where id = any(${ids}::uuid[])`.execute(
    trx,
  );
}

async function logFiring(trx: Db, rule: LoadedRule, matches: Match[], ctas: OpenedCta[]) {
  const rows = JSON.stringify(matches.map((m) => ({ account_id: m.account_id, facts: m.facts })));
  await sql`insert into rule_runs (rule_id, account_id, status, facts)
    select ${rule.id}::uuid, m.account_id, 'fired', m.facts
    from jsonb_to_recordset(${rows}::jsonb) as m(account_id uuid, facts jsonb)`.execute(trx);
  await trx.updateTable('rules').set({ last_fired_at: new Date() }).where('id', '=', rule.id).execute();
  const opened = ctas.filter((c) => c.inserted).length;
  await recordAudit(trx, systemActor('rules'), {
    action: 'rule.fired',
    entityType: 'rule',
    entityId: rule.id,
    after: { accounts: matches.length, ctas_opened: opened, ctas_updated: ctas.length - opened },
  });
}

/** A rule that throws is logged against the rule and never stops the others. */
export async function logRuleError(db: Db, ruleId: string, err: unknown): Promise<void> {
  const message = err instanceof Error ? err.message : String(err);
  await db
    .insertInto('rule_runs')
    .values({ rule_id: ruleId, status: 'error', error: message.slice(0, 2000) })
    .execute();
}
