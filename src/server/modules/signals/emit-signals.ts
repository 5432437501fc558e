import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';

export interface Signal {
  /** e.g. 'health.alert', 'health.band_changed', 'product.event', 'account.field_changed' */
  type: string;
  accountId: string;
  facts: Record<string, unknown>;
}

/**
 * The intake of the rules engine: call it inside the transaction of the change, so the signal is stored
 * exactly when the change commits. The dispatcher (dispatch-signals.ts) hands stored signals to the job
 * queue within a second, and the rules module evaluates them.
 */
export async function emitSignal(trx: Db, signal: Signal): Promise<void> {
  await emitSignals(trx, [signal]);
}

export async function emitSignals(trx: Db, signals: Signal[]): Promise<void> {
  if (!signals.length) return;
  const rows = JSON.stringify(
    signals.map((s) => ({ type: s.type, account_id: s.accountId, facts: s.facts })),
  );
  await emitSignalsFrom(
    sql`select type, account_id, facts
      from jsonb_to_recordset(${rows}::jsonb) as s(type text, account_id uuid, facts jsonb)`,
  ).execute(trx);
}

/**
 * The set-based intake, for a caller's own statement: the `insert ... select` that stores the signals
 * `source` selects (columns type, account_id, facts). Use it as a CTE (`name as (${emitSignalsFrom(...)})`)
 * so a batch that makes signals (health's recompute, ingest's insert) stays one statement.
 */
export function emitSignalsFrom(source: RawBuilder<unknown>) {
  return sql`insert into signals (type, account_id, facts)
    select src.type, src.account_id, src.facts from (${source}) src`;
}

/** Whether any enabled rule has this trigger (callers skip building signals nobody listens to). */
export async function someRuleListens(db: Db, triggerType: string, field?: string): Promise<boolean> {
  const row = await sql<{ n: number }>`select count(*)::int as n from rules where enabled
    and trigger->>'type' = ${triggerType} and (${field ?? null}::text is null or trigger->>'field' = ${field ?? null}::text)`.execute(
    db,
  );
  return (row.rows[0]?.n ?? 0) > 0;
}

/**
 * A CTE for the ingest statements (after a CTE `stored` returning account_id, event, timestamp, properties):
 * signals only the named events some enabled rule listens to, in the same statement, so ingest pays one
 * indexed look-up of the rules and nothing per event nobody listens to.
 */
export const PRODUCT_EVENT_SIGNALS = sql`signalled as (${emitSignalsFrom(sql`
  select 'product.event' as type, s.account_id,
    jsonb_build_object('event', s.event, 'timestamp', s.timestamp, 'properties', s.properties) as facts
  from stored s
  where s.account_id is not null and s.event in (
    select r.trigger->>'event' from rules r where r.enabled and r.trigger->>'type' = 'product_event')`)})`;
