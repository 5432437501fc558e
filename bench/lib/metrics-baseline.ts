import { sql } from 'kysely';
import type { Db } from '../../src/server/db/client.ts';

export interface BaselineRow {
  period: string;
  starting_arr: number;
  ending_arr: number;
  expansion: number;
  contraction: number;
  churn: number;
  starting_logos: number;
  churned_logos: number;
  new_arr: number;
  movement_expansion: number;
  movement_contraction: number;
  movement_churn: number;
}

/**
 * The monthly retention figures and waterfall written by hand as one statement: each account's ARR at
 * every month start and end comes from a running sum over its movements; the month's totals from those.
 * No groups or filters: the bench compares the whole book.
 */
export async function baselineRetention(db: Db, from: string, to: string): Promise<BaselineRow[]> {
  const result = await sql<BaselineRow>`
    with months as (
      select m::date as period from generate_series(${from}::date, ${to}::date, interval '1 month') m
    ),
    moved as (
      select account_id, case when date < ${from}::date then null else date_trunc('month', date)::date end as period,
        sum(amount_company) as d,
        coalesce(sum(amount_company) filter (where kind in ('new', 'reactivation')), 0) as new_arr,
        coalesce(sum(amount_company) filter (where kind = 'expansion'), 0) as expansion,
        coalesce(-sum(amount_company) filter (where kind = 'contraction'), 0) as contraction,
        coalesce(-sum(amount_company) filter (where kind = 'churn'), 0) as churn
      from arr_movements where date <= ${to}::date
      group by 1, 2
    ),
    per_account as (
      select *, coalesce(sum(d) over (partition by account_id order by period nulls first
        rows between unbounded preceding and 1 preceding), 0) as s
      from moved
    ),
    totals as (
      select period, sum(d) as d, sum(new_arr) as new_arr, sum(expansion) as expansion,
        sum(contraction) as contraction, sum(churn) as churn,
        coalesce(sum(d) filter (where s > 0 and d > 0), 0) as net_expansion,
        coalesce(-sum(d) filter (where s > 0 and d < 0 and s + d > 0), 0) as net_contraction,
        coalesce(sum(s) filter (where s > 0 and s + d = 0), 0) as churned_arr,
        count(*) filter (where s > 0 and s + d = 0) as churned_logos,
        count(*) filter (where s = 0 and s + d > 0) as gained_logos
      from per_account group by period
    ),
    opening as (select coalesce(sum(d), 0) as arr, coalesce(sum(gained_logos - churned_logos), 0) as logos
      from totals where period is null),
    series as (
      select m.period, coalesce(t.d, 0) as d, coalesce(t.new_arr, 0) as new_arr, coalesce(t.expansion, 0) as expansion,
        coalesce(t.contraction, 0) as contraction, coalesce(t.churn, 0) as churn,
        coalesce(t.net_expansion, 0) as net_expansion, coalesce(t.net_contraction, 0) as net_contraction,
        coalesce(t.churned_arr, 0) as churned_arr, coalesce(t.churned_logos, 0) as churned_logos,
        coalesce(t.gained_logos, 0) as gained_logos
      from months m left join totals t on t.period = m.period
    )
    select s.period::text as period,
      (o.arr + coalesce(sum(s.d) over w, 0) - s.d)::bigint as starting_arr,
      (o.arr + coalesce(sum(s.d) over w, 0))::bigint as ending_arr,
      s.net_expansion::bigint as expansion, s.net_contraction::bigint as contraction, s.churned_arr::bigint as churn,
      (o.logos + coalesce(sum(s.gained_logos - s.churned_logos) over w, 0) - (s.gained_logos - s.churned_logos))::int
        as starting_logos,
      s.churned_logos::int as churned_logos, s.new_arr::bigint as new_arr, s.expansion::bigint as movement_expansion,
      s.contraction::bigint as movement_contraction, s.churn::bigint as movement_churn
    from series s cross join opening o
    window w as (order by s.period)
    order by s.period`.execute(db);
  return result.rows;
}

/**
 * The same figures written by hand over the kept whole-book totals (arr_period_totals, migration
 * 2026-11-23T1600): the data model the API reads since that migration, so the comparison stays like for like.
 */
export async function baselineFromTotals(db: Db, from: string, to: string): Promise<BaselineRow[]> {
  const result = await sql<BaselineRow>`
    with opening as (
      select coalesce(sum(delta), 0) as arr, coalesce(sum(gained_logos - churned_logos), 0) as logos
      from arr_period_totals where interval = 'month' and period < ${from}::date
    ),
    series as (
      select m::date as period, coalesce(t.delta, 0) as d, coalesce(t.new + t.reactivation, 0) as new_arr,
        coalesce(t.expansion, 0) as expansion, coalesce(t.contraction, 0) as contraction, coalesce(t.churn, 0) as churn,
        coalesce(t.net_expansion, 0) as net_expansion, coalesce(t.net_contraction, 0) as net_contraction,
        coalesce(t.churned_arr, 0) as churned_arr, coalesce(t.churned_logos, 0) as churned_logos,
        coalesce(t.gained_logos, 0) as gained_logos
      from generate_series(${from}::date, ${to}::date, interval '1 month') m
      left join arr_period_totals t on t.interval = 'month' and t.period = m::date
    )
    select s.period::text as period,
      (o.arr + sum(s.d) over w - s.d)::bigint as starting_arr, (o.arr + sum(s.d) over w)::bigint as ending_arr,
      s.net_expansion::bigint as expansion, s.net_contraction::bigint as contraction, s.churned_arr::bigint as churn,
      (o.logos + sum(s.gained_logos - s.churned_logos) over w - (s.gained_logos - s.churned_logos))::int
        as starting_logos,
      s.churned_logos::int as churned_logos, s.new_arr::bigint as new_arr, s.expansion::bigint as movement_expansion,
      s.contraction::bigint as movement_contraction, s.churn::bigint as movement_churn
    from series s cross join opening o
    window w as (order by s.period)
    order by s.period`.execute(db);
  return result.rows;
}
