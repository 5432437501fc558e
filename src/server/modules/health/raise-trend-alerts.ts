import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { listScorecards } from './scorecards.ts';

/**
 * Early warning on slow declines: a measure whose score fell week on week for the scorecard's
 * trend_weeks, read from the daily history points 7 days apart. Runs with the nightly recompute;
 * at most one such alert per account and measure a week.
 */
export async function raiseMeasureTrendAlerts(db: Db, today: string): Promise<number> {
  let raised = 0;
  for (const card of await listScorecards(db)) {
    const weeks = card.alerts.trend_weeks;
    const { rows } = await sql<{ n: number }>`
      with points as (
        select h.account_id, k.n, m.key, m.score
        from account_health ah
        cross join generate_series(0, ${sql.lit(weeks)}) as k(n)
        join health_history h on h.account_id = ah.account_id and h.kind = 'daily'
          and h.day = ${today}::date - 7 * k.n
        -- Measure scores read straight from the signature by the version's layout.
        cross join lateral (
          select l->>'key' as key, h.sig[(l->>'score')::int] as score
          from scorecard_versions v cross join jsonb_array_elements(v.layout) as l
          where v.version = h.sig[1]::bigint) as m
        where ah.scorecard_id = ${card.id}::uuid),
      series as (
        select account_id, key, array_agg(score order by n desc) as scores, count(score) as c
        from points group by account_id, key),
      falling as (
        select account_id, key, scores from series s
        where c = ${sql.lit(weeks + 1)}
          and not exists (select 1 from generate_series(1, ${sql.lit(weeks)}) i where s.scores[i + 1] >= s.scores[i])),
      ins as (
        insert into health_alerts (account_id, kind, details)
        select f.account_id, 'measure_trend', jsonb_build_object('measure', f.key, 'weeks', ${sql.lit(weeks)}::int,
          'scores', to_jsonb(f.scores), 'scorecard_id', ${card.id}::text)
        from falling f
        where not exists (select 1 from health_alerts x where x.account_id = f.account_id and x.kind = 'measure_trend'
          and x.details->>'measure' = f.key and x.created_at > now() - interval '7 days')
        returning 1)
      select count(*)::int as n from ins`.execute(db);
    raised += rows[0]?.n ?? 0;
  }
  return raised;
}
