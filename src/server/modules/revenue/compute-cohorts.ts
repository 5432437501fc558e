import { sql } from 'kysely';
import type { CohortsQuery, CohortsResponse } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { COHORT_FORMULAS } from './formulas.ts';
import { accountFilters, periodsOf } from './metric-periods.ts';
import { getRevenueSettings } from './revenue-settings.ts';

interface CohortQuarter {
  cohort: string;
  quarter: string;
  delta: number;
  logos: number;
  started: number;
  started_arr: number;
}

/** Accounts by the quarter of their first contract in [from, to], and their ARR each quarter after, to `to`. */
export async function computeCohorts(db: Db, q: CohortsQuery): Promise<CohortsResponse> {
  const settings = await getRevenueSettings(db);
  const result = await sql<CohortQuarter>`
    with cohort as (
      select m.account_id, date_trunc('quarter', m.date::timestamp)::date as cohort, m.amount_company as start_arr
      from arr_movements m join accounts a on a.id = m.account_id
      where m.kind = 'new' and m.date between ${q.from}::date and ${q.to}::date and ${accountFilters(q)}
    ),
    per_quarter as (
      select c.cohort, m.account_id, date_trunc('quarter', m.date::timestamp)::date as quarter,
        sum(m.amount_company) as d
      from arr_movements m join cohort c on c.account_id = m.account_id
      where m.date <= ${q.to}::date
      group by c.cohort, m.account_id, quarter
    ),
    levels as (
      select *, sum(d) over (partition by account_id order by quarter) as e from per_quarter
    )
    select l.cohort::text, l.quarter::text, sum(l.d)::bigint as delta,
      (count(*) filter (where l.e > 0 and l.e - l.d = 0) - count(*) filter (where l.e = 0 and l.e - l.d > 0))::int
        as logos,
      (select count(*) from cohort c where c.cohort = l.cohort)::int as started,
      (select coalesce(sum(start_arr), 0) from cohort c where c.cohort = l.cohort)::bigint as started_arr
    from levels l group by l.cohort, l.quarter order by 1, 2`.execute(db);
  const cohorts = [...new Set(result.rows.map((r) => r.cohort))];
  const data = cohorts.map((cohort) => {
    const rows = result.rows.filter((r) => r.cohort === cohort);
    const first = rows[0] as CohortQuarter;
    let arr = 0;
    let logos = 0;
    const quarters = periodsOf(cohort, q.to, 'quarter').map((p, offset) => {
      const row = rows.find((r) => r.quarter === p.start);
      arr += row?.delta ?? 0;
      logos += row?.logos ?? 0;
      return { offset, arr, logos, retention: first.started_arr === 0 ? 0 : arr / first.started_arr };
    });
    return {
      cohort: quarterName(cohort),
      accounts: first.started,
      starting_arr: first.started_arr,
      quarters,
    };
  });
  return { currency: settings.company_currency, formulas: COHORT_FORMULAS, data };
}

const quarterName = (start: string) =>
  `${start.slice(0, 4)}-Q${Math.floor(Number(start.slice(5, 7)) / 3) + 1}`;
