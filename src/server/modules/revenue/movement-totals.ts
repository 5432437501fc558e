import { sql } from 'kysely';
import type { MetricsQuery } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import {
  accountFilters,
  groupExpression,
  isPeriodStart,
  movementsOf,
  periodKey,
  periodsOf,
} from './metric-periods.ts';

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
 * Two passes over the movements, no running sums: before `from`, the ARR and logo count it starts with
 * (each new or reactivation brings a logo, each churn takes one); within [from, to], per account and
 * period, its net change and its starting ARR, read from its first movement in the period.
 */
export async function loadMovementTotals(db: Db, q: MetricsQuery): Promise<MovementTotals[]> {
  if (coveredByPeriodTotals(q)) return loadPeriodTotals(db, q);
  return withAnalytics(db, async (trx) => {
    const key = periodKey(sql.ref('m.date'), q.from, q.interval);
    const filters = accountFilters(q);
    const grp = groupExpression(q.groupBy);
    const result = await sql<MovementTotals>`
      with per_account as (
        select m.account_id, ${grp} as grp, ${key} as period,
          sum(m.amount_company) as d,
          (min(array[(m.date - date '2000-01-01')::bigint, m.id, m.arr_before_company]))[3] as s,
          coalesce(sum(m.amount_company) filter (where m.kind = 'new'), 0) as new,
          coalesce(sum(m.amount_company) filter (where m.kind = 'reactivation'), 0) as reactivation,
          coalesce(sum(m.amount_company) filter (where m.kind = 'expansion'), 0) as expansion,
          coalesce(-sum(m.amount_company) filter (where m.kind = 'contraction'), 0) as contraction,
          coalesce(-sum(m.amount_company) filter (where m.kind = 'churn'), 0) as churn
        from ${movementsOf(q)}
        where m.date between ${q.from}::date and ${q.to}::date and ${filters}
        group by m.account_id, grp, period
      )
      select grp, period,
        sum(d)::bigint as delta, sum(new)::bigint as new, sum(reactivation)::bigint as reactivation,
        sum(expansion)::bigint as expansion, sum(contraction)::bigint as contraction, sum(churn)::bigint as churn,
        coalesce(sum(d) filter (where s > 0 and d > 0), 0)::bigint as net_expansion,
        coalesce(-sum(d) filter (where s > 0 and d < 0 and s + d > 0), 0)::bigint as net_contraction,
        coalesce(sum(s) filter (where s > 0 and s + d = 0), 0)::bigint as churned_arr,
        count(*) filter (where s > 0 and s + d = 0)::int as churned_logos,
        count(*) filter (where s = 0 and s + d > 0)::int as gained_logos
      from per_account
      group by grp, period
      union all
      select ${grp} as grp, null, coalesce(sum(m.amount_company), 0)::bigint, 0, 0, 0, 0, 0, 0, 0, 0,
        count(*) filter (where m.kind = 'churn')::int,
        count(*) filter (where m.kind in ('new', 'reactivation'))::int
      from ${movementsOf(q)}
      where m.date < ${q.from}::date and ${filters}
      group by 1`.execute(trx);
    return result.rows;
  });
}

/** The waterfall needs no per-account view: one grouping of the movements by period (null before `from`). */
export async function loadWaterfallTotals(db: Db, q: MetricsQuery): Promise<MovementTotals[]> {
  if (coveredByPeriodTotals(q)) return loadPeriodTotals(db, q);
  return withAnalytics(db, async (trx) => {
    const result = await sql<MovementTotals>`
      select ${groupExpression(q.groupBy)} as grp, ${periodKey(sql.ref('m.date'), q.from, q.interval)} as period,
        sum(m.amount_company)::bigint as delta,
        coalesce(sum(m.amount_company) filter (where m.kind = 'new'), 0)::bigint as new,
        coalesce(sum(m.amount_company) filter (where m.kind = 'reactivation'), 0)::bigint as reactivation,
        coalesce(sum(m.amount_company) filter (where m.kind = 'expansion'), 0)::bigint as expansion,
        coalesce(-sum(m.amount_company) filter (where m.kind = 'contraction'), 0)::bigint as contraction,
        coalesce(-sum(m.amount_company) filter (where m.kind = 'churn'), 0)::bigint as churn,
        0 as net_expansion, 0 as net_contraction, 0 as churned_arr, 0 as churned_logos, 0 as gained_logos
      from ${movementsOf(q)}
      where m.date <= ${q.to}::date and ${accountFilters(q)}
      group by 1, 2`.execute(trx);
    return result.rows;
  });
}

/**
 * The whole book from the start of a calendar period is kept per period in arr_period_totals (by triggers on
 * the movements, migration 2026-11-23T1600): a filter or a group needs the accounts' current attributes, and
 * a range starting inside a period needs the movements themselves. A range ending inside a period (the
 * overview's "last 12 months" ends today) reads only that last period from the movements.
 */
export function coveredByPeriodTotals(q: MetricsQuery): boolean {
  const filtered = [q.segment, q.tier, q.coverage_model, q.owner_id].some((f) => f !== undefined);
  return !filtered && q.groupBy === 'none' && isPeriodStart(q.from, q.interval);
}

/** The same rows as the movement queries, read from the kept totals (period null = before `from`). */
async function loadPeriodTotals(db: Db, q: MetricsQuery): Promise<MovementTotals[]> {
  const afterTo = new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const last = periodsOf(q.from, q.to, q.interval).at(-1)?.start ?? q.from;
  // Whole periods up to `to`, or up to the start of the period `to` falls inside.
  const kept = isPeriodStart(afterTo, q.interval) ? afterTo : last;
  const result = await sql<MovementTotals>`
    select null::text as grp, period::text as period, delta, new, reactivation, expansion, contraction, churn,
      net_expansion, net_contraction, churned_arr, churned_logos, gained_logos
    from arr_period_totals
    where interval = ${q.interval} and period >= ${q.from}::date and period < ${kept}::date
    union all
    select null, null, coalesce(sum(delta), 0)::bigint, 0, 0, 0, 0, 0, 0, 0, 0,
      coalesce(sum(churned_logos), 0)::int, coalesce(sum(gained_logos), 0)::int
    from arr_period_totals where interval = ${q.interval} and period < ${q.from}::date`.execute(db);
  if (kept === afterTo) return result.rows;
  return [...result.rows, ...(await loadPartialPeriod(db, last, q.to))];
}

/** One period cut short at `to`, whole book, from its movements (a month's worth, not the history). */
async function loadPartialPeriod(db: Db, start: string, to: string): Promise<MovementTotals[]> {
  const result = await sql<MovementTotals>`
    with per_account as (
      select m.account_id, sum(m.amount_company) as d,
        (min(array[(m.date - date '2000-01-01')::bigint, m.id, m.arr_before_company]))[3] as s,
        coalesce(sum(m.amount_company) filter (where m.kind = 'new'), 0) as new,
        coalesce(sum(m.amount_company) filter (where m.kind = 'reactivation'), 0) as reactivation,
        coalesce(sum(m.amount_company) filter (where m.kind = 'expansion'), 0) as expansion,
        coalesce(-sum(m.amount_company) filter (where m.kind = 'contraction'), 0) as contraction,
        coalesce(-sum(m.amount_company) filter (where m.kind = 'churn'), 0) as churn
      from arr_movements m where m.date between ${start}::date and ${to}::date
      group by m.account_id
    )
    select null::text as grp, ${start}::text as period,
      sum(d)::bigint as delta, sum(new)::bigint as new, sum(reactivation)::bigint as reactivation,
      sum(expansion)::bigint as expansion, sum(contraction)::bigint as contraction, sum(churn)::bigint as churn,
      coalesce(sum(d) filter (where s > 0 and d > 0), 0)::bigint as net_expansion,
      coalesce(-sum(d) filter (where s > 0 and d < 0 and s + d > 0), 0)::bigint as net_contraction,
      coalesce(sum(s) filter (where s > 0 and s + d = 0), 0)::bigint as churned_arr,
      count(*) filter (where s > 0 and s + d = 0)::int as churned_logos,
      count(*) filter (where s = 0 and s + d > 0)::int as gained_logos
    from per_account having count(*) > 0`.execute(db);
  return result.rows;
}

/**
 * Metric reads over a million movements: room to aggregate in memory rather than spill to disk, and no JIT
 * (compiling costs more than it saves on a query of about a second). SET LOCAL ends with the transaction.
 */
export async function withAnalytics<T>(db: Db, read: (trx: Db) => Promise<T>): Promise<T> {
  const run = async (trx: Db) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    await sql`set local jit = off`.execute(trx);
    return read(trx);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** Currencies whose movements were converted without a rate (counted 1:1). */
export async function missingRates(db: Db, q: MetricsQuery): Promise<string[]> {
  const result = await sql<{ currency: string }>`
    select distinct m.currency from ${movementsOf(q)}
    where m.rate_missing and m.date <= ${q.to}::date and ${accountFilters(q)} order by 1`.execute(db);
  return result.rows.map((r) => r.currency);
}
