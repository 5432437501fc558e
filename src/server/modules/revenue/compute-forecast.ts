import { sql } from 'kysely';
import type { Forecast, ForecastCategory, MetricsFilters } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { accountFilters } from './metric-periods.ts';
import { currencyExponent, getRevenueSettings } from './revenue-settings.ts';

interface ForecastTotals {
  renewable_arr: number;
  commit: number;
  best_case: number;
  at_risk: number;
  lost_forecast: number;
  won: number;
  lost: number;
  expansion_pipeline: number;
  opportunities: number;
}

/**
 * The quarter's renewals in the company currency (each at the rate of its close date): what comes up for
 * renewal, the open amount by forecast category, won (closed amount of renewals and expansions) and lost
 * (the renewable ARR of lost renewals).
 */
export async function computeForecast(db: Db, quarter: string, filters: MetricsFilters): Promise<Forecast> {
  const { company_currency: company } = await getRevenueSettings(db);
  const exponent = currencyExponent(company);
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const from = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  const rate = sql`coalesce(tend_fx(o.currency, ${company}, o.close_date, ${company}, ${exponent}), 1)`;
  const open = sql`o.stage in ('open', 'negotiation') and o.kind = 'renewal'`;
  const result = await sql<ForecastTotals>`
    select
      coalesce(sum(round(o.renewable_amount * ${rate})) filter (where o.kind = 'renewal'), 0)::bigint as renewable_arr,
      coalesce(sum(round(o.amount * ${rate})) filter (where ${open} and o.forecast_category = 'commit'), 0)::bigint as commit,
      coalesce(sum(round(o.amount * ${rate})) filter (where ${open} and o.forecast_category = 'best_case'), 0)::bigint
        as best_case,
      coalesce(sum(round(o.amount * ${rate})) filter (where ${open} and o.forecast_category = 'at_risk'), 0)::bigint
        as at_risk,
      coalesce(sum(round(o.amount * ${rate})) filter (where ${open} and o.forecast_category = 'lost'), 0)::bigint
        as lost_forecast,
      coalesce(sum(round(o.amount * ${rate})) filter (where o.stage = 'won'), 0)::bigint as won,
      coalesce(sum(round(o.renewable_amount * ${rate})) filter (where o.stage = 'lost' and o.kind = 'renewal'), 0)::bigint
        as lost,
      coalesce(sum(round(o.amount * ${rate})) filter (where o.kind = 'expansion' and o.stage in ('open', 'negotiation')), 0)::bigint
        as expansion_pipeline,
      count(*)::int as opportunities
    from opportunities o join accounts a on a.id = o.account_id
    where o.close_date between ${from}::date and ${to}::date and ${accountFilters(filters)}`.execute(db);
  const t = result.rows[0] as ForecastTotals;
  const by_category: Record<ForecastCategory, number> = {
    commit: t.commit,
    best_case: t.best_case,
    at_risk: t.at_risk,
    lost: t.lost_forecast,
  };
  return {
    quarter,
    currency: company,
    renewable_arr: t.renewable_arr,
    by_category,
    won: t.won,
    lost: t.lost,
    expansion_pipeline: t.expansion_pipeline,
    opportunities: t.opportunities,
  };
}
