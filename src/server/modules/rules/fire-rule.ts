import { sql } from 'kysely';
import type { RuleAction } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { type AccountBatchFields, updateAccounts } from '../accounts/update-accounts.ts';
import { systemActor } from '../auth/actor.ts';
import { recordAudits } from '../auth/record-audit.ts';
import { type OpenedCta, openCtasForRules, type RuleCtaSpec } from '../ctas/open-ctas-for-rule.ts';
import {
  queueCtaOpenedEmails,
  queueNotificationsOfRules,
  type RuleNotification,
} from '../notifications/queue-rule-notifications.ts';
import { accountField } from './account-fields.ts';
import { assignOwners } from './assign-owners.ts';
import type { Match } from './match-rules.ts';
import type { LoadedRule } from './rule-row.ts';

export interface FireResult {
  fired: number;
  opened: number;
  updated: number;
}

type OpenCtaAction = Extract<RuleAction, { type: 'open_cta' }>;
type NotifyAction = RuleNotification['action'];

/** Whether the rule writes to accounts (owner, a field), which other rules' conditions may read. */
export const changesAccounts = (rule: LoadedRule) =>
  rule.actions.some((a) => a.type === 'assign_owner' || a.type === 'set_field');

/**
 * Runs the actions of the rules for their matches, in the caller's transaction: all of a firing commits, or
 * none of it. Each kind of action is one statement for all the rules together (CTAs, deliveries, the log),
 * so a batch costs a handful of round trips whether 1 or 50 rules fired.
 */
export async function fireMatches(trx: Db, rules: LoadedRule[], matches: Match[]): Promise<FireResult> {
  const matchesOf = new Map<string, Match[]>();
  for (const m of matches) {
    const list = matchesOf.get(m.rule_id) ?? [];
    list.push(m);
    matchesOf.set(m.rule_id, list);
  }
  const fired = rules.filter((r) => matchesOf.has(r.id));
  if (!fired.length) return { fired: 0, opened: 0, updated: 0 };
  // Owners first, so the CTAs and emails of this firing go to the new owner.
  for (const rule of fired.filter(changesAccounts)) {
    const ids = (matchesOf.get(rule.id) ?? []).map((m) => m.account_id);
    for (const action of rule.actions)
      if (action.type === 'assign_owner') await assignOwners(trx, rule, action, ids);
    for (const action of rule.actions)
      if (action.type === 'set_field') await setField(trx, rule, action, ids);
  }
  const ctasOf = await openCtas(trx, fired, matches);
  const notifications = fired.flatMap((rule) => {
    const ctaOf = new Map((ctasOf.get(rule.id) ?? []).map((c) => [c.account_id, c.id]));
    const withCtas = (matchesOf.get(rule.id) ?? []).map((m) => ({
      ...m,
      cta_id: ctaOf.get(m.account_id) ?? null,
    }));
    return rule.actions
      .filter((a): a is NotifyAction => NOTIFY_ACTIONS.has(a.type))
      .map((action) => ({ rule, action, fired: withCtas }));
  });
  await queueNotificationsOfRules(trx, notifications);
  const ctas = [...ctasOf.values()].flat();
  await logFirings(trx, fired, matchesOf, ctasOf);
  const opened = ctas.filter((c) => c.inserted).length;
  return { fired: matches.length, opened, updated: ctas.length - opened };
}

const NOTIFY_ACTIONS = new Set<RuleAction['type']>([
  'notify_slack',
  'notify_teams',
  'call_webhook',
  'send_email',
]);

/**
 * The CTAs of every rule with an open-CTA action, one statement a round: round k runs each rule's k-th
 * open-CTA action (almost always one round). A rule's CTAs are those of its last open-CTA action.
 */
async function openCtas(trx: Db, fired: LoadedRule[], matches: Match[]): Promise<Map<string, OpenedCta[]>> {
  const ctasOf = new Map<string, OpenedCta[]>();
  for (let round = 0; ; round++) {
    const specs = fired.flatMap((rule) => {
      const action = rule.actions.filter((a): a is OpenCtaAction => a.type === 'open_cta')[round];
      return action ? [ctaSpec(rule, action)] : [];
    });
    if (!specs.length) return ctasOf;
    const inRound = new Set(specs.map((s) => s.ruleId));
    const opened = await openCtasForRules(
      trx,
      specs,
      matches.filter((m) => inRound.has(m.rule_id)),
    );
    for (const ruleId of inRound) ctasOf.set(ruleId, []);
    for (const cta of opened) ctasOf.get(cta.rule_id)?.push(cta);
    await queueCtaOpenedEmails(
      trx,
      opened.filter((c) => c.inserted).map((c) => c.id),
    );
  }
}

function ctaSpec(rule: LoadedRule, action: OpenCtaAction): RuleCtaSpec {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    trigger: rule.trigger.type,
    type: action.cta_type,
    priority: action.priority,
    title: action.title,
    dueInDays: action.due_in_days,
    playbook: action.playbook,
  };
}

/** Through the accounts module, so health is marked dirty, ARR re-derived, the change audited and signalled. */
async function setField(
  trx: Db,
  rule: LoadedRule,
  action: Extract<RuleAction, { type: 'set_field' }>,
  ids: string[],
) {
  const column = accountField(action.field)?.column;
  if (!column) throw new Error(`${action.field} cannot be set by a rule`);
  const set = { [column]: action.value } as AccountBatchFields;
  await updateAccounts(
    trx,
    systemActor('rules'),
    ids.map((id) => ({ id, set })),
    { action: 'account.updated', reason: `rule: ${rule.name}` },
  );
}

/** rule_runs for every fired account, last_fired_at and one audit entry a rule: three statements in all. */
async function logFirings(
  trx: Db,
  fired: LoadedRule[],
  matchesOf: Map<string, Match[]>,
  ctasOf: Map<string, OpenedCta[]>,
) {
  const runs = fired.flatMap((rule) =>
    (matchesOf.get(rule.id) ?? []).map((m) => ({
      rule_id: rule.id,
      account_id: m.account_id,
      facts: m.facts,
    })),
  );
  await sql`insert into rule_runs (rule_id, account_id, status, facts)
    select m.rule_id, m.account_id, 'fired', m.facts
    from jsonb_to_recordset(${JSON.stringify(runs)}::jsonb) as m(rule_id uuid, account_id uuid, facts jsonb)`.execute(
    trx,
  );
  await trx
    .updateTable('rules')
    .set({ last_fired_at: new Date() })
    .where(
      'id',
      'in',
      fired.map((r) => r.id),
    )
    .execute();
  await recordAudits(
    trx,
    systemActor('rules'),
    fired.map((rule) => {
      const ctas = ctasOf.get(rule.id) ?? [];
      const opened = ctas.filter((c) => c.inserted).length;
      return {
        action: 'rule.fired',
        entityType: 'rule',
        entityId: rule.id,
        after: {
          accounts: matchesOf.get(rule.id)?.length ?? 0,
          ctas_opened: opened,
          ctas_updated: ctas.length - opened,
        },
      };
    }),
  );
}

/** A rule that throws is logged against the rule and never stops the others. */
export async function logRuleError(db: Db, ruleId: string, err: unknown): Promise<void> {
  const message = err instanceof Error ? err.message : String(err);
  await db
    .insertInto('rule_runs')
    .values({ rule_id: ruleId, status: 'error', error: message.slice(0, 2000) })
    .execute();
}
