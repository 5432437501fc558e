import { sql } from 'kysely';
import type { RuleAction } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';

export interface FiredAccount {
  account_id: string;
  account_name: string;
  facts: unknown;
  cta_id?: string | null;
}

type NotifyAction = Extract<
  RuleAction,
  { type: 'notify_slack' | 'notify_teams' | 'call_webhook' | 'send_email' }
>;

/**
 * One pending delivery per fired account, in the rule's transaction: nothing is sent unless the firing
 * commits. The dispatcher hands pending deliveries to the queue, which sends and retries them.
 */
export async function queueRuleNotifications(
  trx: Db,
  rule: { id: string; name: string },
  action: NotifyAction,
  fired: FiredAccount[],
): Promise<number> {
  const rows = JSON.stringify(fired.map((f) => ({ ...f, cta_id: f.cta_id ?? null })));
  const payload = sql`jsonb_build_object('rule_id', ${rule.id}::uuid, 'rule_name', ${rule.name}::text,
    'account_id', f.account_id, 'account_name', f.account_name, 'facts', f.facts, 'cta_id', f.cta_id,
    'cta_title', (select c.title from ctas c where c.id = f.cta_id),
    'message', ${'message' in action ? (action.message ?? null) : null}::text)`;
  const from = sql`from jsonb_to_recordset(${rows}::jsonb) as f(account_id uuid, account_name text, facts jsonb, cta_id uuid)`;
  if (action.type === 'send_email') {
    // The owner gets rule emails unless they turned them off; an address is mailed as written.
    const result =
      action.to === 'owner'
        ? await sql`insert into notification_deliveries (kind, recipient, rule_id, account_id, cta_id, payload)
            select 'email', u.email, ${rule.id}::uuid, f.account_id, f.cta_id, ${payload} || jsonb_build_object('locale', u.locale)
            ${from} join accounts a on a.id = f.account_id join users u on u.id = a.owner_id and u.active
            where not exists (select 1 from notification_preferences p
              where p.user_id = u.id and p.kind = 'rule_email' and not p.enabled)`.execute(trx)
        : await sql`insert into notification_deliveries (kind, recipient, rule_id, account_id, cta_id, payload)
            select 'email', ${action.to}::text, ${rule.id}::uuid, f.account_id, f.cta_id, ${payload} || '{"locale":"en"}'
            ${from}`.execute(trx);
    return Number(result.numAffectedRows ?? 0);
  }
  const kind =
    action.type === 'notify_slack' ? 'slack' : action.type === 'notify_teams' ? 'teams' : 'webhook';
  const result =
    await sql`insert into notification_deliveries (kind, channel_id, rule_id, account_id, cta_id, payload)
    select ${kind}, c.id, ${rule.id}::uuid, f.account_id, f.cta_id, ${payload}
    ${from} join notification_channels c on c.id = ${action.channel_id}::uuid and c.enabled`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** New CTAs mail their owner when the owner asked for it (cta_opened_email, off by default). */
export async function queueCtaOpenedEmails(trx: Db, ctaIds: string[]): Promise<void> {
  if (!ctaIds.length) return;
  await sql`insert into notification_deliveries (kind, recipient, account_id, cta_id, payload)
    select 'email', u.email, c.account_id, c.id, jsonb_build_object('template', 'cta_opened', 'locale', u.locale,
      'account_id', a.id, 'account_name', a.name, 'cta_title', c.title, 'rule_name', c.reason->>'rule_name',
      'facts', c.reason->'facts', 'cta_id', c.id)
    from ctas c join accounts a on a.id = c.account_id join users u on u.id = c.owner_id and u.active
    join notification_preferences p on p.user_id = u.id and p.kind = 'cta_opened_email' and p.enabled
    where c.id = any(${ctaIds}::uuid[])`.execute(trx);
}
