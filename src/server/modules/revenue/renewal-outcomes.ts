import { sql } from 'kysely';
import type { MetricsQuery } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { accountFilters, groupExpression, periodKey } from './metric-periods.ts';
import { currencyExponent, getRevenueSettings } from './revenue-settings.ts';

export interface RenewalOutcomes {
  grp: string | null;
  period: string;
  due: number;
  renewed: number;
  due_arr: number;
  renewed_arr: number;
}

/**
 * Contracts that ended in the period (and whose next day has come), and whether each was renewed: a
 * contract of the same account starts after it, no later than the day after it ends, and runs past it.
 */
export async function loadRenewalOutcomes(db: Db, q: MetricsQuery): Promise<RenewalOutcomes[]> {
  const { company_currency: company } = await getRevenueSettings(db);
  const exponent = currencyExponent(company);
  const result = await sql<RenewalOutcomes>`
    with ending as (
      select ${groupExpression(q.groupBy)} as grp, ${periodKey(sql.ref('k.end_date'), q.from, q.interval)} as period,
        round(k.arr * coalesce(tend_fx(k.currency, ${company}, k.start_date, ${company}, ${exponent}), 1))::bigint
          as arr,
        exists (
          select 1 from contracts n
          where n.account_id = k.account_id and n.id <> k.id and n.status in ('active', 'expired')
            and n.start_date > k.start_date and n.start_date <= k.end_date + 1 and n.end_date > k.end_date
        ) as renewed
      from contracts k join accounts a on a.id = k.account_id left join users u on u.id = a.owner_id
      where k.status in ('active', 'expired') and k.end_date between ${q.from}::date and ${q.to}::date
        and k.end_date < current_date and ${accountFilters(q)}
    )
    select grp, period, count(*)::int as due, count(*) filter (where renewed)::int as renewed,
      sum(arr)::bigint as due_arr, coalesce(sum(arr) filter (where renewed), 0)::bigint as renewed_arr
    from ending group by grp, period`.execute(db);
  return result.rows;
}
