import { sql } from 'kysely';
import type { Scorecard } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { getUsageSettings } from '../ingest/usage-settings.ts';
import { colorRank, colorSql, measuresJsonSql, scoringCtes } from './health-sql.ts';
import { batchFilter, type PlanContext } from './measure-sql.ts';
import { listScorecards, resolvedScorecardSql } from './scorecards.ts';

export interface RecomputeResult {
  computed: number;
  alerts: number;
}

/** Today in UTC, the day health history and windows are counted in. */
export const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * Recomputes health for a set of accounts: one resolving query, then one statement per scorecard that
 * scores, stores, explains the change, appends history and raises alerts for all of its accounts at once.
 */
export async function recomputeHealth(
  db: Db,
  accountIds: string[],
  today = utcToday(),
  range?: [string, string],
): Promise<RecomputeResult> {
  const total: RecomputeResult = { computed: 0, alerts: 0 };
  if (accountIds.length === 0) return total;
  const [cards, settings] = await Promise.all([listScorecards(db), getUsageSettings(db)]);
  const { rows } = await sql<{ account_id: string; scorecard_id: string | null }>`
    select a.id as account_id, ${resolvedScorecardSql()} as scorecard_id
    from accounts a where a.id = any(${accountIds}::uuid[])`.execute(db);
  const byCard = new Map<string | null, string[]>();
  for (const r of rows) byCard.set(r.scorecard_id, [...(byCard.get(r.scorecard_id) ?? []), r.account_id]);
  for (const [cardId, ids] of byCard) {
    const card = cards.find((c) => c.id === cardId);
    if (!card) {
      await db.deleteFrom('account_health').where('account_id', 'in', ids).execute();
      continue;
    }
    const r = await writeHealth(db, card, ids, { today, keyFeatures: settings.key_features, range });
    total.computed += r.computed;
    total.alerts += r.alerts;
  }
  return total;
}

async function writeHealth(
  db: Db,
  card: Scorecard,
  ids: string[],
  ctx: Omit<PlanContext, 'ids'>,
): Promise<RecomputeResult> {
  const { rows } = await writeHealthSql(card, ids, ctx).execute(db);
  return rows[0] ?? { computed: 0, alerts: 0 };
}

/** The statement that scores and stores a batch of one scorecard's accounts (exported for EXPLAIN). */
export function writeHealthSql(card: Scorecard, ids: string[], ctx: Omit<PlanContext, 'ids'>) {
  const targets = sql`select unnest(${ids}::uuid[]) as account_id`;
  const { drop_points: dropPoints, drop_days: dropDays } = card.alerts;
  return sql<{ computed: number; alerts: number }>`
    with ${scoringCtes(card, { ...ctx, ids }, targets)},
    -- Each account's new numbers beside its stored ones, so the steps below read one row per account and
    -- never join two CTEs: the planner's guesses of CTE sizes turned such joins into nested loops.
    cmp as materialized (
      select n.*, ${colorSql(card.color_bands, sql`n.score`)} as color, o.account_id is not null as had,
        o.score as old_score, o.color as old_color, o.measures as old_measures,
        o.account_id is null or o.scorecard_id is distinct from ${card.id}::uuid
          or (o.sig, o.sig_text) is distinct from (n.sig, n.sig_text) as changed
      from num n left join account_health o on o.account_id = n.account_id and ${batchFilter(sql.ref('o.account_id'), { ...ctx, ids })}),
    -- Only accounts whose inputs changed get their explanation rebuilt and written.
    final as materialized (
      select account_id, score, color, sig, sig_text, had, old_score, old_color, old_measures, changed,
        case when changed then ${measuresJsonSql(card)} end as measures
      from cmp),
    up as (
      insert into account_health (account_id, scorecard_id, score, color, measures, sig, sig_text, computed_at)
      select account_id, ${card.id}::uuid, score, color, measures, sig, sig_text, now() from final where changed
      on conflict (account_id) do update set
        scorecard_id = excluded.scorecard_id, score = excluded.score, color = excluded.color,
        measures = excluded.measures, sig = excluded.sig, sig_text = excluded.sig_text,
        computed_at = excluded.computed_at,
        last_change = case when round(account_health.score) is distinct from round(excluded.score)
          then jsonb_build_object('from', round(account_health.score), 'to', round(excluded.score), 'at', now(),
            'measures', tend_health_change(account_health.measures, excluded.measures))
          else account_health.last_change end),
    -- Today's point for every account: changed ones get their new explanation, the others keep theirs
    -- and are written only when the day has no point yet.
    daily as (
      insert into health_history (account_id, day, kind, score, color, measures)
      select f.account_id, ${ctx.today}::date, 'daily', f.score, f.color, coalesce(f.measures, f.old_measures)
      from final f
      where f.changed or not exists (select 1 from health_history x
        where x.account_id = f.account_id and x.day = ${ctx.today}::date and x.kind = 'daily')
      on conflict (account_id, day) where kind = 'daily'
      do update set score = excluded.score, color = excluded.color, measures = excluded.measures, at = now()
      where health_history.measures is distinct from excluded.measures),
    color_change as (
      insert into health_history (account_id, day, kind, score, color, measures)
      select account_id, ${ctx.today}::date, 'color_change', score, color, measures
      from final where changed and had and old_color is distinct from color),
    band_signals as (
      insert into signals (type, account_id, facts)
      select 'health.band_changed', account_id, jsonb_build_object('from_color', old_color, 'to_color', color,
        'score', round(score), 'from_score', round(old_score))
      from final where had and old_color is distinct from color and color is not null),
    worse as (
      insert into health_alerts (account_id, kind, details)
      select account_id, 'band_worse', jsonb_build_object('from_color', old_color, 'to_color', color,
        'from_score', round(old_score), 'to_score', round(score), 'scorecard_id', ${card.id}::text)
      from final
      where had and ${colorRank(sql`color`)} < ${colorRank(sql`old_color`)}
      returning account_id, kind, details),
    -- An unchanged score cannot newly drop: its peak window only ever loses days.
    drops as (
      insert into health_alerts (account_id, kind, details)
      select f.account_id, 'score_drop', jsonb_build_object('from_score', round(p.peak), 'to_score', round(f.score),
        'points', round(p.peak - f.score), 'days', ${sql.lit(dropDays)}::int, 'scorecard_id', ${card.id}::text)
      from final f
      cross join lateral (select max(h.score) as peak from health_history h
        where h.account_id = f.account_id and h.kind = 'daily' and h.day >= ${ctx.today}::date - ${sql.lit(dropDays)}) p
      where f.changed and f.score <= p.peak - ${sql.lit(dropPoints)}
        and not exists (select 1 from health_alerts x where x.account_id = f.account_id and x.kind = 'score_drop'
          and x.created_at > now() - ${sql.lit(dropDays)} * interval '1 day')
      returning account_id, kind, details),
    alert_signals as (
      insert into signals (type, account_id, facts)
      select 'health.alert', account_id, details || jsonb_build_object('kind', kind)
      from (select * from worse union all select * from drops) raised)
    select (select count(*) from final)::int as computed,
      ((select count(*) from worse) + (select count(*) from drops))::int as alerts`;
}
