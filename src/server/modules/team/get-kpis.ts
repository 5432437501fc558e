import { sql } from 'kysely';
import type { KpiMetric, KpiReport } from '../../../shared/team.ts';
import type { Db } from '../../db/client.ts';
import { todayUtc } from './get-team-metrics.ts';

export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export function quarterBounds(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  return { from, to };
}

interface BookRow {
  member_id: string;
  user_id: string | null;
  name: string;
  currency: string;
  starting_arr: number;
  ending_arr: number;
  retained_arr: number;
  churned_arr: number;
  renewals_due: number;
  renewals_on_time: number;
}

/**
 * Per current member, the book they own today (accounts.owner_id), measured over the quarter from
 * contracts, per currency (no conversion): an account's ARR on a day is the sum of its active or expired
 * contracts covering that day; start is the quarter's first day, end the day after its last (or today). GRR = Σ min(end, start) ÷ Σ start; NRR = Σ end ÷ Σ start over accounts
 * with ARR at the start; churned = Σ start where end is 0. A renewal is on time when a following contract
 * starts by the day after the old one ends and was entered no later than that end date.
 */
export async function getKpis(db: Db, quarterInput?: string): Promise<KpiReport> {
  const quarter = quarterInput ?? quarterOf(todayUtc());
  const { from, to: quarterEnd } = quarterBounds(quarter);
  const to = quarterEnd < todayUtc() ? quarterEnd : todayUtc();
  // A contract's end_date is its last day, so the ARR leaving the quarter is measured the day after it.
  const nextDay = new Date(Date.parse(quarterEnd) + 86_400_000).toISOString().slice(0, 10);
  const measuredOn = nextDay < todayUtc() ? nextDay : todayUtc();
  const { rows } = await sql<BookRow>`
    with members as (
      select id as member_id, user_id, name from team_members where end_date is null and user_id is not null
    ), per_account as (
      select m.member_id, c.account_id, c.currency,
        coalesce(sum(c.arr) filter (where c.start_date <= ${from} and c.end_date >= ${from}), 0) as start_arr,
        coalesce(sum(c.arr) filter (where c.start_date <= ${measuredOn} and c.end_date >= ${measuredOn}), 0) as end_arr
      from members m
      join accounts a on a.owner_id = m.user_id
      join contracts c on c.account_id = a.id and c.status in ('active', 'expired')
      group by m.member_id, c.account_id, c.currency
    ), renewals as (
      select m.member_id, c.currency, count(*)::int as due,
        count(*) filter (where exists (
          select 1 from contracts r where r.account_id = c.account_id and r.id <> c.id
            and r.status in ('active', 'expired') and r.start_date > c.start_date
            and r.start_date <= c.end_date + 1 and r.created_at::date <= c.end_date))::int as on_time
      from members m
      join accounts a on a.owner_id = m.user_id
      join contracts c on c.account_id = a.id and c.status in ('active', 'expired')
      where c.end_date between ${from} and ${to}
      group by m.member_id, c.currency
    ), book as (
      select member_id, currency,
        sum(start_arr)::bigint as starting_arr,
        sum(end_arr) filter (where start_arr > 0)::bigint as ending_arr,
        sum(least(start_arr, end_arr))::bigint as retained_arr,
        sum(start_arr) filter (where end_arr = 0)::bigint as churned_arr
      from per_account group by member_id, currency
    )
    select m.member_id, m.user_id, m.name, b.currency,
      coalesce(b.starting_arr, 0) as starting_arr, coalesce(b.ending_arr, 0) as ending_arr,
      coalesce(b.retained_arr, 0) as retained_arr, coalesce(b.churned_arr, 0) as churned_arr,
      coalesce(r.due, 0) as renewals_due, coalesce(r.on_time, 0) as renewals_on_time
    from members m
    join book b on b.member_id = m.member_id
    left join renewals r on r.member_id = b.member_id and r.currency = b.currency
    order by m.name, currency`.execute(db);
  const goals = await db
    .selectFrom('kpi_goals')
    .select(['member_id', 'metric', 'target'])
    .where('quarter', '=', quarter)
    .execute();
  return {
    quarter,
    from,
    to,
    rows: rows.map((r) => {
      const ratio = (n: number) =>
        r.starting_arr > 0 ? Math.round((n / r.starting_arr) * 10000) / 10000 : null;
      const grr = ratio(r.retained_arr);
      const nrr = ratio(r.ending_arr);
      const actual: Record<KpiMetric, number | null> = {
        grr: grr === null ? null : Math.round(grr * 10000) / 100,
        nrr: nrr === null ? null : Math.round(nrr * 10000) / 100,
        churned_arr: r.churned_arr,
        renewals_on_time: r.renewals_due
          ? Math.round((r.renewals_on_time / r.renewals_due) * 1000) / 10
          : null,
      };
      const { retained_arr: _, ...row } = r;
      return {
        ...row,
        grr,
        nrr,
        goals: goals
          .filter((g) => g.member_id === r.member_id)
          .map((g) => ({
            metric: g.metric as KpiMetric,
            target: Number(g.target),
            actual: actual[g.metric as KpiMetric],
          })),
      };
    }),
  };
}
