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

export interface RuleNotification {
  rule: { id: string; name: string };
  action: NotifyAction;
  fired: FiredAccount[];
}

/**
 * One pending delivery per fired account and notify action, for many rules in one insert, in the firing's
 * transaction: nothing is sent unless the firing commits. The dispatcher hands pending deliveries to the
 * queue, which sends and retries them.
 */
export async function queueNotificationsOfRules(trx: Db, notifications: RuleNotification[]): Promise<number> {
  const rows = notifications.flatMap(({ rule, action, fired }) =>
    fired.map((f) => ({
      rule_id: rule.id,
      rule_name: rule.name,
      kind: KIND_OF_ACTION[action.type],
      channel_id: 'channel_id' in action ? action.channel_id : null,
      to_address: action.type === 'send_email' && action.to !== 'owner' ? action.to : null,
      message: 'message' in action ? (action.message ?? null) : null,
      account_id: f.account_id,
      account_name: f.account_name,
      facts: f.facts,
      cta_id: f.cta_id ?? null,
    })),
  );
  if (!rows.length) return 0;
  const payload = sql`jsonb_build_object('rule_id', f.rule_id, 'rule_name', f.rule_name,
    'account_id', f.account_id, 'account_name', f.account_name, 'facts', f.facts, 'cta_id', f.cta_id,
    'cta_title', (select c.title from ctas c where c.id = f.cta_id), 'message', f.message)`;
  // The owner gets rule emails unless they turned them off; an address is mailed as written; chat and
  // webhook deliveries go to enabled channels only.
  const result = await sql`
    with f as (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(rule_id uuid, rule_name text,
      kind text, channel_id uuid, to_address text, message text, account_id uuid, account_name text, facts jsonb,
      cta_id uuid))
    insert into notification_deliveries (kind, recipient, channel_id, rule_id, account_id, cta_id, payload)
    select 'email', u.email, null::uuid, f.rule_id, f.account_id, f.cta_id, ${payload} || jsonb_build_object('locale', u.locale)
    from f join accounts a on a.id = f.account_id join users u on u.id = a.owner_id and u.active
    where f.kind = 'email' and f.to_address is null and not exists (select 1 from notification_preferences p
      where p.user_id = u.id and p.kind = 'rule_email' and not p.enabled)
    union all
    select 'email', f.to_address, null::uuid, f.rule_id, f.account_id, f.cta_id, ${payload} || '{"locale":"en"}'
    from f where f.kind = 'email' and f.to_address is not null
    union all
    select f.kind, null::text, c.id, f.rule_id, f.account_id, f.cta_id, ${payload}
    from f join notification_channels c on c.id = f.channel_id and c.enabled
    where f.kind <> 'email'`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

const KIND_OF_ACTION: Record<NotifyAction['type'], string> = {
  notify_slack: 'slack',
  notify_teams: 'teams',
  call_webhook: 'webhook',
  send_email: 'email',
};

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
