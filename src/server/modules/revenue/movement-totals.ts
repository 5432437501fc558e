import { sql } from 'kysely';
import type { MetricsQuery } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { accountFilters, groupExpression, periodKey } from './metric-periods.ts';

/** Sums per group and period (`period` null = before `from`), in minor units of the company currency. */
export interface MovementTotals {
  grp: string | null;
  period: string | null;
  delta: number;
  new: number;
  reactivation: number;
  expansion: number;
  contraction: number;
  churn: number;
  /** Retention parts over the accounts with ARR at the period start (s > 0), per account net of the period. */
  net_expansion: number;
  net_contraction: number;
  churned_arr: number;
  churned_logos: number;
  gained_logos: number;
}

/**
 * One pass over the movements up to `to`: per account and period its net change and, by a running sum,
 * its ARR at the period start. Only accounts that moved in a period need a row for it; an account that
 * did not move keeps s = e, which the caller counts through the period's starting ARR.
 */
export async function loadMovementTotals(db: Db, q: MetricsQuery): Promise<MovementTotals[]> {
  const key = periodKey(sql.ref('m.date'), q.from, q.interval);
  const result = await sql<MovementTotals>`
    with per_account as (
      select m.account_id, ${groupExpression(q.groupBy)} as grp, ${key} as period,
        sum(m.amount_company) as d,
        coalesce(sum(m.amount_company) filter (where m.kind = 'new'), 0) as new,
        coalesce(sum(m.amount_company) filter (where m.kind = 'reactivation'), 0) as reactivation,
        coalesce(sum(m.amount_company) filter (where m.kind = 'expansion'), 0) as expansion,
        coalesce(-sum(m.amount_company) filter (where m.kind = 'contraction'), 0) as contraction,
        coalesce(-sum(m.amount_company) filter (where m.kind = 'churn'), 0) as churn
      from arr_movements m join accounts a on a.id = m.account_id
      where m.date <= ${q.to}::date and ${accountFilters(q)}
      group by m.account_id, grp, period
    ),
    levels as (
      select *, coalesce(sum(d) over (partition by account_id order by period nulls first
        rows between unbounded preceding and 1 preceding), 0) as s
      from per_account
    )
    select grp, period,
      sum(d)::bigint as delta, sum(new)::bigint as new, sum(reactivation)::bigint as reactivation,
      sum(expansion)::bigint as expansion, sum(contraction)::bigint as contraction, sum(churn)::bigint as churn,
      coalesce(sum(d) filter (where s > 0 and d > 0), 0)::bigint as net_expansion,
      coalesce(-sum(d) filter (where s > 0 and d < 0 and s + d > 0), 0)::bigint as net_contraction,
      coalesce(sum(s) filter (where s > 0 and s + d = 0), 0)::bigint as churned_arr,
      count(*) filter (where s > 0 and s + d = 0)::int as churned_logos,
      count(*) filter (where s = 0 and s + d > 0)::int as gained_logos
    from levels
    group by grp, period`.execute(db);
  return result.rows;
}

/** Currencies whose movements were converted without a rate (counted 1:1). */
export async function missingRates(db: Db, q: MetricsQuery): Promise<string[]> {
  const result = await sql<{ currency: string }>`
    select distinct m.currency from arr_movements m join accounts a on a.id = m.account_id
    where m.rate_missing and m.date <= ${q.to}::date and ${accountFilters(q)} order by 1`.execute(db);
  return result.rows.map((r) => r.currency);
}
