import { sql } from 'kysely';
import { KPI_METRICS, type KpiMetric, type KpiReport } from '../../../shared/people.ts';
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
  csat_responses: number;
  csat_satisfied: number;
  health_start: number | null;
  health_end: number | null;
}

/**
 * Per current member, the book they own today (accounts.owner_id), measured over the quarter from
 * contracts, per currency (no conversion): an account's ARR on a day is the sum of its active or expired
 * contracts covering that day; start is the quarter's first day, end the day after its last (or today). GRR = Σ min(end, start) ÷ Σ start; NRR = Σ end ÷ Σ start over accounts
 * with ARR at the start; churned = Σ start where end is 0. A renewal is on time when a following contract
 * starts by the day after the old one ends and was entered no later than that end date. CSAT is the share of
 * CSAT answers of 4 or 5 on the book's accounts in the quarter; health trend is the average health score on
 * the last day (or today) less the one on the first day, from health_history, over accounts scored on both.
 * CSAT and health do not depend on currency: a book in two currencies shows them on both rows.
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
    ), csat as (
      select m.member_id, count(*)::int as responses, count(*) filter (where r.score >= 4)::int as satisfied
      from members m
      join accounts a on a.owner_id = m.user_id
      join survey_responses r on r.account_id = a.id and r.kind = 'csat'
      where r.responded_at >= ${from}::date and r.responded_at < ${to}::date + 1
      group by m.member_id
    ), health as (
      select m.member_id, avg(hs.score) as health_start, avg(he.score) as health_end
      from members m
      join accounts a on a.owner_id = m.user_id
      cross join lateral (select h.score from health_history h
        where h.account_id = a.id and h.day <= ${from} and h.score is not null
        order by h.day desc, h.at desc limit 1) hs
      cross join lateral (select h.score from health_history h
        where h.account_id = a.id and h.day <= ${to} and h.score is not null
        order by h.day desc, h.at desc limit 1) he
      group by m.member_id
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
      coalesce(r.due, 0) as renewals_due, coalesce(r.on_time, 0) as renewals_on_time,
      coalesce(s.responses, 0) as csat_responses, coalesce(s.satisfied, 0) as csat_satisfied,
      h.health_start, h.health_end
    from members m
    join book b on b.member_id = m.member_id
    left join renewals r on r.member_id = b.member_id and r.currency = b.currency
    left join csat s on s.member_id = m.member_id
    left join health h on h.member_id = m.member_id
    order by m.name, currency`.execute(db);
  const goals = await db
    .selectFrom('kpi_goals')
    .select(['member_id', 'metric', 'target'])
    .where('quarter', '=', quarter)
    .execute();
  goals.sort(
    (a, b) => KPI_METRICS.indexOf(a.metric as KpiMetric) - KPI_METRICS.indexOf(b.metric as KpiMetric),
  );
  return {
    quarter,
    from,
    to,
    rows: rows.map((r) => {
      const ratio = (n: number) =>
        r.starting_arr > 0 ? Math.round((n / r.starting_arr) * 10000) / 10000 : null;
      const grr = ratio(r.retained_arr);
      const nrr = ratio(r.ending_arr);
      const csat = r.csat_responses ? Math.round((r.csat_satisfied / r.csat_responses) * 1000) / 1000 : null;
      const health = healthOf(r);
      const actual: Record<KpiMetric, number | null> = {
        grr: grr === null ? null : Math.round(grr * 10000) / 100,
        nrr: nrr === null ? null : Math.round(nrr * 10000) / 100,
        churned_arr: r.churned_arr,
        renewals_on_time: r.renewals_due
          ? Math.round((r.renewals_on_time / r.renewals_due) * 1000) / 10
          : null,
        csat: csat === null ? null : Math.round(csat * 1000) / 10,
        health_trend: health.health_trend,
      };
      const { retained_arr: _, csat_satisfied: __, health_start: ___, health_end: ____, ...row } = r;
      return {
        ...row,
        grr,
        nrr,
        csat,
        ...health,
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

const round1 = (n: number) => Math.round(n * 10) / 10;

function healthOf(r: BookRow) {
  if (r.health_start === null || r.health_end === null)
    return { health_start: null, health_end: null, health_trend: null };
  const start = round1(Number(r.health_start));
  const end = round1(Number(r.health_end));
  return { health_start: start, health_end: end, health_trend: round1(end - start) };
}
