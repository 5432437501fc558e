import { type RawBuilder, sql } from 'kysely';
import type { Trigger, TriggerType } from '../../../shared/rules.ts';

/** The signal type each event-driven trigger listens to; the other triggers are found by the sweep. */
export const SIGNAL_OF_TRIGGER: Partial<Record<TriggerType, string>> = {
  product_event: 'product.event',
  health_alert: 'health.alert',
  health_band_changed: 'health.band_changed',
  field_changed: 'account.field_changed',
  account_created: 'account.created',
  contact_created: 'contact.created',
};
export const SWEPT_TRIGGERS: TriggerType[] = ['usage_drop', 'renewal_in_days', 'no_touchpoint_days'];

export const triggersOfSignal = (signalType: string) =>
  (Object.entries(SIGNAL_OF_TRIGGER) as [TriggerType, string][])
    .filter(([, s]) => s === signalType)
    .map(([t]) => t);

/** The batch of signals under evaluation, as the CTE `batch` that signalCandidates reads (read once a batch). */
export function signalBatch(signalIds: number[]): RawBuilder<unknown> {
  return sql`batch as materialized (select id, type, account_id, facts from signals
    where id = any(${signalIds}::bigint[]))`;
}

/** Candidates as `(account_id uuid, facts jsonb)`: the latest matching signal per account of the `batch` CTE. */
export function signalCandidates(trigger: Trigger): RawBuilder<unknown> {
  const type = SIGNAL_OF_TRIGGER[trigger.type];
  let filter = sql`true`;
  if (trigger.type === 'product_event') filter = sql`s.facts->>'event' = ${trigger.event}`;
  if (trigger.type === 'health_alert' && trigger.kind) filter = sql`s.facts->>'kind' = ${trigger.kind}`;
  if (trigger.type === 'health_band_changed' && trigger.to_color)
    filter = sql`s.facts->>'to_color' = ${trigger.to_color}`;
  if (trigger.type === 'field_changed') filter = sql`s.facts->>'field' = ${trigger.field}`;
  return sql`select distinct on (s.account_id) s.account_id, s.facts || jsonb_build_object('signal', s.type) as facts
    from batch s where s.type = ${type} and ${filter}
    order by s.account_id, s.id desc`;
}

/**
 * Candidates of a swept trigger, as of `today`: the accounts in that state now. A cooldown keeps an account
 * that stays in the state from firing again on every sweep.
 */
export function sweepCandidates(trigger: Trigger, today: string): RawBuilder<unknown> | undefined {
  if (trigger.type === 'usage_drop') {
    const w = trigger.window_days;
    const event = trigger.event ? sql`and event = ${trigger.event}` : sql``;
    return sql`select account_id, jsonb_build_object('signal', 'usage.drop', 'event', ${trigger.event ?? null}::text,
        'window_days', ${w}::int, 'previous', prev, 'current', cur,
        'drop_percent', round(100 - 100.0 * cur / prev)) as facts
      from (select account_id,
          coalesce(sum(count) filter (where day > ${today}::date - ${w}::int), 0) as cur,
          coalesce(sum(count) filter (where day <= ${today}::date - ${w}::int), 0) as prev
        from usage_daily where day > ${today}::date - 2 * ${w}::int and day <= ${today}::date ${event}
        group by account_id) u
      where prev > 0 and cur * 100 <= prev * (100 - ${trigger.percent}::int)`;
  }
  if (trigger.type === 'renewal_in_days')
    return sql`select a.id as account_id, jsonb_build_object('signal', 'renewal.upcoming',
        'renewal_date', a.renewal_date, 'days_to_renewal', a.renewal_date - ${today}::date) as facts
      from accounts a where a.renewal_date between ${today}::date and ${today}::date + ${trigger.days}::int`;
  if (trigger.type === 'no_touchpoint_days')
    return sql`select a.id as account_id, jsonb_build_object('signal', 'touchpoint.missing', 'days', ${trigger.days}::int,
        'last_touchpoint_at', (select max(t.occurred_at) from touchpoints t where t.account_id = a.id)) as facts
      from accounts a
      where a.created_at < ${today}::date - ${trigger.days}::int
        and not exists (select 1 from touchpoints t where t.account_id = a.id
          and t.occurred_at >= ${today}::date - ${trigger.days}::int)`;
  if (trigger.type === 'schedule')
    return sql`select a.id as account_id, jsonb_build_object('signal', 'schedule', 'cron', ${trigger.cron}::text) as facts
      from accounts a`;
  return undefined;
}

/** Days within which a swept trigger does not fire again for the same account. */
export function cooldownDays(trigger: Trigger): number {
  if (trigger.type === 'usage_drop') return trigger.window_days;
  if (trigger.type === 'renewal_in_days') return trigger.days + 1;
  if (trigger.type === 'no_touchpoint_days') return trigger.days;
  return 0;
}
