import { sql } from 'kysely';
import {
  RENEWAL_HEALTH_COLORS,
  RENEWAL_OUTCOMES,
  type RenewalHealthColor,
  type RenewalHealthQuery,
  type RenewalHealthResponse,
  type RenewalOutcome,
} from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { RENEWAL_HEALTH_FORMULAS, RENEWAL_HEALTH_LOOKBACK_DAYS } from './formulas.ts';
import { accountFilters, ratio } from './metric-periods.ts';
import { currencyExponent, getRevenueSettings } from './revenue-settings.ts';

interface CellRow {
  color: RenewalHealthColor;
  outcome: RenewalOutcome;
  renewals: number;
  arr: number;
  score_sum: number;
  scored: number;
}

/**
 * Health at the time of renewal against the outcome: every renewal opportunity closed (won or lost) in
 * [from, to], the account's latest health point on or before its close date (at most the lookback earlier),
 * and what the renewal became. One statement; the matrix and the per-color churn rates are summed here.
 */
export async function computeRenewalHealth(db: Db, q: RenewalHealthQuery): Promise<RenewalHealthResponse> {
  const { company_currency: company } = await getRevenueSettings(db);
  const exponent = currencyExponent(company);
  const result = await sql<CellRow>`
    with closed as (
      select round(o.renewable_amount * coalesce(tend_fx(o.currency, ${company}, o.close_date, ${company}, ${exponent}), 1))
          as arr,
        case when o.stage = 'lost' or o.amount = 0 then 'churned'
          when o.amount > o.renewable_amount then 'expanded'
          when o.amount < o.renewable_amount then 'downgraded'
          else 'renewed' end as outcome,
        h.color, h.score
      from opportunities o join accounts a on a.id = o.account_id
      left join lateral (
        select x.color, x.score from health_history x
        where x.account_id = o.account_id
          and x.day between o.close_date - ${RENEWAL_HEALTH_LOOKBACK_DAYS}::int and o.close_date
        order by x.day desc, x.at desc, x.id desc limit 1
      ) h on true
      where o.kind = 'renewal' and o.stage in ('won', 'lost')
        and o.close_date between ${q.from}::date and ${q.to}::date and ${accountFilters(q)}
    )
    select coalesce(color, 'none') as color, outcome, count(*)::int as renewals, sum(arr)::bigint as arr,
      coalesce(sum(score), 0)::float8 as score_sum, count(score)::int as scored
    from closed group by 1, 2`.execute(db);
  return { currency: company, lookback_days: RENEWAL_HEALTH_LOOKBACK_DAYS, ...matrixOf(result.rows) };
}

function matrixOf(rows: CellRow[]): Pick<RenewalHealthResponse, 'formulas' | 'cells' | 'colors'> {
  const find = (color: RenewalHealthColor, outcome: RenewalOutcome) =>
    rows.find((r) => r.color === color && r.outcome === outcome);
  const cells = RENEWAL_HEALTH_COLORS.flatMap((color) =>
    RENEWAL_OUTCOMES.map((outcome) => {
      const r = find(color, outcome);
      return { color, outcome, renewals: r?.renewals ?? 0, arr: Number(r?.arr ?? 0) };
    }),
  );
  const colors = RENEWAL_HEALTH_COLORS.map((color) => {
    const of = rows.filter((r) => r.color === color);
    const sum = (pick: (r: CellRow) => number) => of.reduce((s, r) => s + pick(r), 0);
    const renewals = sum((r) => r.renewals);
    const arr = sum((r) => Number(r.arr));
    const churned = find(color, 'churned');
    return {
      color,
      renewals,
      arr,
      average_score: ratio(
        sum((r) => r.score_sum),
        sum((r) => r.scored),
      ),
      churned: churned?.renewals ?? 0,
      churn_rate: ratio(churned?.renewals ?? 0, renewals),
      churned_arr_rate: ratio(Number(churned?.arr ?? 0), arr),
    };
  });
  return { formulas: RENEWAL_HEALTH_FORMULAS, cells, colors };
}
