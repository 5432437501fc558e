import { type RawBuilder, sql } from 'kysely';
import type { CreateRuleInput, DryRunResult } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { matchRule } from './match-rules.ts';
import { getRuleRow, type LoadedRule, toLoadedRule } from './rule-row.ts';
import { SIGNAL_OF_TRIGGER, sweepCandidates } from './trigger-candidates.ts';
import { validateRule } from './validate-rule.ts';

const DAYS = 30;
const SHOW = 200;

/**
 * Which accounts the rule would have fired for over the last 30 days, changing nothing: event triggers replay
 * the stored signals (named events from raw_events), state triggers are checked once a day of the window
 * against today's conditions.
 */
export async function dryRunRule(db: Db, id: string): Promise<DryRunResult> {
  return dryRun(db, toLoadedRule(await getRuleRow(db, id)));
}

/** A dry run of a rule as the editor shows it, saved or not: validated as a save would be (422). */
export async function dryRunDraft(db: Db, draft: CreateRuleInput): Promise<DryRunResult> {
  await validateRule(db, draft);
  // A dry run has no cooldown, so the id (which keys cooldowns) is never read.
  return dryRun(db, { ...draft, id: NIL_UUID, state: {} });
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

async function dryRun(db: Db, rule: LoadedRule): Promise<DryRunResult> {
  const seen = new Map<string, DryRunResult['accounts'][number]>();
  const add = (rows: { account_id: string; account_name: string; facts: unknown }[], at: string | null) => {
    for (const r of rows) if (!seen.has(r.account_id)) seen.set(r.account_id, { ...r, at });
  };
  const signal = SIGNAL_OF_TRIGGER[rule.trigger.type];
  if (rule.trigger.type === 'product_event') {
    add(await matchRule(db, rule, pastEvents(rule.trigger.event)), null);
  } else if (signal) {
    add(await matchRule(db, rule, pastSignals(signal, rule.trigger)), null);
  } else {
    for (let back = DAYS; back >= 0; back--) {
      const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
      const candidates = sweepCandidates(rule.trigger, day);
      if (candidates) add(await matchRule(db, rule, candidates), day);
      if (rule.trigger.type === 'schedule') break;
    }
  }
  const accounts = [...seen.values()];
  return { days: DAYS, accounts: accounts.slice(0, SHOW), total: accounts.length };
}

function pastEvents(event: string): RawBuilder<unknown> {
  return sql`select distinct on (account_id) account_id,
      jsonb_build_object('signal', 'product.event', 'event', event, 'timestamp', timestamp) as facts
    from raw_events where event = ${event} and account_id is not null
      and timestamp > now() - make_interval(days => ${DAYS})
    order by account_id, timestamp desc`;
}

function pastSignals(type: string, trigger: { type: string }): RawBuilder<unknown> {
  const filter =
    'field' in trigger ? sql`and facts->>'field' = ${String((trigger as { field: string }).field)}` : sql``;
  return sql`select distinct on (account_id) account_id, facts || jsonb_build_object('signal', type) as facts
    from signals where type = ${type} and created_at > now() - make_interval(days => ${DAYS}) ${filter}
    order by account_id, id desc`;
}
