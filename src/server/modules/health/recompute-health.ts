import { sql } from 'kysely';
import type { Scorecard } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { emitSignalsFrom } from '../signals/emit-signals.ts';
import { usageKeyFeatures } from './health-inputs.ts';
import { colorRank, colorSql, scoringCtes, sigLayout } from './health-sql.ts';
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
  // A batch's usage aggregates and CTEs are a few MB each; with the default 4 MB they spilled to temporary
  // files (external merge sorts, CTEs on disk), a third of a batch's time. Local to the caller's transaction.
  await sql`set local work_mem = '64MB'`.execute(db);
  const [cards, keyFeatures] = await Promise.all([listScorecards(db), usageKeyFeatures(db)]);
  const byCard = await assignScorecards(db, accountIds, cards);
  for (const [cardId, ids] of byCard) {
    const card = cards.find((c) => c.id === cardId);
    if (!card) {
      await db.deleteFrom('account_health').where('account_id', 'in', ids).execute();
      continue;
    }
    const r = await writeHealth(db, card, ids, { today, keyFeatures, range });
    total.computed += r.computed;
    total.alerts += r.alerts;
  }
  return total;
}

/** The accounts of each scorecard (null: no scorecard covers them). */
async function assignScorecards(db: Db, accountIds: string[], cards: Scorecard[]) {
  const byCard = new Map<string | null, string[]>();
  // A lone default scorecard covers everyone: no need to ask the database.
  const only = cards.length === 1 && cards[0]?.is_default ? cards[0] : undefined;
  if (only) return byCard.set(only.id, accountIds);
  const { rows } = await sql<{ account_id: string; scorecard_id: string | null }>`
    select a.id as account_id, ${resolvedScorecardSql()} as scorecard_id
    from accounts a where a.id = any(${accountIds}::uuid[])`.execute(db);
  for (const r of rows) {
    const ids = byCard.get(r.scorecard_id);
    if (ids) ids.push(r.account_id);
    else byCard.set(r.scorecard_id, [r.account_id]);
  }
  return byCard;
}

async function writeHealth(
  db: Db,
  card: Scorecard,
  ids: string[],
  ctx: Omit<PlanContext, 'ids'>,
): Promise<RecomputeResult> {
  const { version, layout } = sigLayout(card);
  await sql`insert into scorecard_versions (version, layout) values (${version}, ${JSON.stringify(layout)})
    on conflict (version) do nothing`.execute(db);
  const { rows } = await writeHealthSql(card, ids, ctx).execute(db);
  return rows[0] ?? { computed: 0, alerts: 0 };
}

/**
 * When the rounded score changes, what it changed from: the old score and signature. Otherwise the
 * columns keep the last change.
 */
const changeColumnsSql = sql.join(
  (
    [
      ['change_from', sql`round(h.score)`],
      ['change_at', sql`now()`],
      ['change_old_sig', sql`h.sig`],
      ['change_old_sig_text', sql`h.sig_text`],
    ] as const
  ).map(
    ([column, value]) => sql`${sql.ref(column)} = case when round(h.score) is distinct from round(f.score)
      then ${value} else ${sql.ref(`h.${column}`)} end`,
  ),
);

/** The statement that scores and stores a batch of one scorecard's accounts (exported for EXPLAIN). */
export function writeHealthSql(card: Scorecard, ids: string[], ctx: Omit<PlanContext, 'ids'>) {
  const targets = sql`select unnest(${ids}::uuid[]) as account_id`;
  const { drop_points: dropPoints, drop_days: dropDays } = card.alerts;
  return sql<{ computed: number; alerts: number }>`
    with ${scoringCtes(card, { ...ctx, ids }, targets)},
    -- Each account's new numbers beside its stored ones, so the steps below read one row per account and
    -- never join two CTEs: the planner's guesses of CTE sizes turned such joins into nested loops. Only
    -- numbers are written: the per-measure explanation is rebuilt from the signature on read.
    final as materialized (
      select c.*,
        -- Whether the day has its point already matters only for unchanged accounts (changed ones write
        -- theirs anyway). One index probe per account (LIMIT keeps it one): as EXISTS, the planner hashed
        -- all of today's points for every batch.
        c.changed or (select true from health_history x where x.account_id = c.account_id
          and x.day = ${ctx.today}::date and x.kind = 'daily' limit 1) is not null as has_today
      from (
        select n.account_id, n.score, n.sig, n.sig_text, ${colorSql(card.color_bands, sql`n.score`)} as color,
          o.account_id is not null as had, o.score as old_score, o.color as old_color,
          o.account_id is null or o.scorecard_id is distinct from ${card.id}::uuid
            or (o.sig, o.sig_text) is distinct from (n.sig, n.sig_text) as changed
        from num n left join account_health o on o.account_id = n.account_id
          and ${batchFilter(sql.ref('o.account_id'), { ...ctx, ids })}) c),
    -- New scores are inserted and stored ones updated in place: as one INSERT .. ON CONFLICT every stored
    -- row went through a speculative insert first.
    ins as (
      insert into account_health (account_id, scorecard_id, score, color, sig, sig_text, computed_at)
      select account_id, ${card.id}::uuid, score, color, sig, sig_text, now() from final where changed and not had
      -- Only when a concurrent recompute stored the account first.
      on conflict (account_id) do update set
        scorecard_id = excluded.scorecard_id, score = excluded.score, color = excluded.color,
        sig = excluded.sig, sig_text = excluded.sig_text, computed_at = excluded.computed_at),
    -- A change of the rounded score keeps what it changed from (columns, not JSON: building JSON here cost
    -- a sixth of a nightly run); the explanation is built on read.
    up as (
      update account_health h set scorecard_id = ${card.id}::uuid, score = f.score, color = f.color,
        sig = f.sig, sig_text = f.sig_text, computed_at = now(),
        ${changeColumnsSql}
      from final f
      -- The batch's range keeps the server from hashing all of account_health for each batch.
      where f.changed and f.had and h.account_id = f.account_id
        and ${batchFilter(sql.ref('h.account_id'), { ...ctx, ids })}),
    -- Today's point for every account, written when its inputs changed or the day has no point yet.
    daily as (
      insert into health_history (account_id, day, kind, score, color, sig, sig_text)
      select f.account_id, ${ctx.today}::date, 'daily', f.score, f.color, f.sig, f.sig_text
      from final f
      where f.changed or not f.has_today
      on conflict (account_id, day) where kind = 'daily'
      do update set score = excluded.score, color = excluded.color, sig = excluded.sig,
        sig_text = excluded.sig_text, at = now()
      where (health_history.sig, health_history.sig_text) is distinct from (excluded.sig, excluded.sig_text)),
    color_change as (
      insert into health_history (account_id, day, kind, score, color, sig, sig_text)
      select account_id, ${ctx.today}::date, 'color_change', score, color, sig, sig_text
      from final where changed and had and old_color is distinct from color),
    band_signals as (${emitSignalsFrom(sql`
      select 'health.band_changed' as type, account_id, jsonb_build_object('from_color', old_color,
        'to_color', color, 'score', round(score), 'from_score', round(old_score)) as facts
      from final where had and old_color is distinct from color and color is not null`)}),
    worse as (
      insert into health_alerts (account_id, kind, details)
      select account_id, 'band_worse', jsonb_build_object('from_color', old_color, 'to_color', color,
        'from_score', round(old_score), 'to_score', round(score), 'scorecard_id', ${card.id}::text)
      from final
      where had and ${colorRank(sql`color`)} < ${colorRank(sql`old_color`)}
      returning account_id, kind, details),
    -- Only a score that fell can newly drop: an unchanged one's peak window only ever loses days, and a
    -- score that rose was checked against a peak at least as high the last time it fell.
    drops as (
      insert into health_alerts (account_id, kind, details)
      select f.account_id, 'score_drop', jsonb_build_object('from_score', round(p.peak), 'to_score', round(f.score),
        'points', round(p.peak - f.score), 'days', ${sql.lit(dropDays)}::int, 'scorecard_id', ${card.id}::text)
      from final f
      cross join lateral (select max(h.score) as peak from health_history h
        where h.account_id = f.account_id and h.kind = 'daily' and h.day >= ${ctx.today}::date - ${sql.lit(dropDays)}) p
      where f.changed and f.score < f.old_score and f.score <= p.peak - ${sql.lit(dropPoints)}
        and not exists (select 1 from health_alerts x where x.account_id = f.account_id and x.kind = 'score_drop'
          and x.created_at > now() - ${sql.lit(dropDays)} * interval '1 day')
      returning account_id, kind, details),
    alert_signals as (${emitSignalsFrom(sql`
      select 'health.alert' as type, account_id, details || jsonb_build_object('kind', kind) as facts
      from (select * from worse union all select * from drops) raised`)})
    select (select count(*) from final)::int as computed,
      ((select count(*) from worse) + (select count(*) from drops))::int as alerts`;
}
