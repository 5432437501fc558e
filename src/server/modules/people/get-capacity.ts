import { sql } from 'kysely';
import type { CapacityReport, CapacityRow, TeamSettings } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { suggestRebalance } from './suggest-rebalance.ts';
import { getTeamSettings } from './team-settings.ts';

/**
 * Accounts and ARR each CSM covers against the targets per coverage model, with their workload and the state of
 * their book. Each figure (health mix, open and overdue CTAs and tasks, touchpoints in 30 days, CSAT, effort on
 * low-value accounts) is one CTE grouped by owner and left-joined, so the report is one statement, never a
 * query per CSM.
 */
export async function getCapacity(db: Db): Promise<CapacityReport> {
  const settings = await getTeamSettings(db);
  const rows = await bookOf(db, settings);
  const suggestions = await suggestRebalance(db, settings, rows);
  return { targets: settings.capacity, rows, suggestions };
}

export function loadOf(accounts: CapacityRow['accounts'], targets: TeamSettings['capacity']): number {
  const load =
    accounts.dedicated / targets.dedicated.max_accounts +
    accounts.pooled / targets.pooled.max_accounts +
    accounts.tech_touch / targets.tech_touch.max_accounts;
  return Math.round(load * 1000) / 1000;
}

interface BookRow {
  user_id: string;
  name: string;
  member_id: string | null;
  dedicated: number;
  pooled: number;
  tech_touch: number;
  arr: { currency: string; amount: number }[] | null;
  green: number;
  yellow: number;
  red: number;
  unscored: number;
  open_ctas: number;
  overdue_ctas: number;
  open_tasks: number;
  overdue_tasks: number;
  touchpoints_30d: number;
  csat_satisfied: number;
  csat_responses: number;
  low_value_dedicated: number;
  low_value_touchpoints_30d: number;
  low_value_open_ctas: number;
}

async function bookOf(db: Db, settings: TeamSettings): Promise<CapacityRow[]> {
  const { rows } = await sql<BookRow>`
    with owned as (
      select a.id, a.owner_id, a.coverage_model, a.currency, a.arr, h.color,
        (a.coverage_model = 'dedicated' and a.currency = ${settings.currency}
          and a.arr < ${settings.low_value_arr}) as low_value
      from accounts a left join account_health h on h.account_id = a.id
      where a.owner_id is not null and a.lifecycle_stage <> 'churned'
    ), book as (
      select owner_id,
        count(*) filter (where coverage_model = 'dedicated')::int as dedicated,
        count(*) filter (where coverage_model = 'pooled')::int as pooled,
        count(*) filter (where coverage_model = 'tech_touch')::int as tech_touch,
        count(*) filter (where low_value)::int as low_value_dedicated,
        count(*) filter (where color = 'green')::int as green,
        count(*) filter (where color = 'yellow')::int as yellow,
        count(*) filter (where color = 'red')::int as red,
        count(*) filter (where color is null)::int as unscored
      from owned group by owner_id
    ), arr as (
      select owner_id, json_agg(json_build_object('currency', currency, 'amount', amount) order by amount desc) as arr
      from (select owner_id, currency, sum(arr)::bigint as amount from owned group by owner_id, currency) s
      group by owner_id
    ), cta as (
      select owner_id, count(*)::int as open_ctas,
        count(*) filter (where due_date < current_date)::int as overdue_ctas
      from ctas where status <> 'closed' and owner_id is not null group by owner_id
    ), task as (
      select owner_id, count(*)::int as open_tasks,
        count(*) filter (where due_date < current_date)::int as overdue_tasks
      from tasks where done_at is null and owner_id is not null group by owner_id
    ), touch as (
      select author_id as owner_id, count(*)::int as touchpoints_30d
      from touchpoints where author_id is not null and occurred_at >= now() - interval '30 days'
      group by author_id
    ), csat as (
      select o.owner_id, count(*)::int as csat_responses,
        count(*) filter (where r.score >= 4)::int as csat_satisfied
      from survey_responses r join owned o on o.id = r.account_id
      where r.kind = 'csat' and r.responded_at >= now() - interval '90 days'
      group by o.owner_id
    ), low_value_touch as (
      select o.owner_id, count(*)::int as low_value_touchpoints_30d
      from touchpoints t join owned o on o.id = t.account_id
      where o.low_value and t.occurred_at >= now() - interval '30 days'
      group by o.owner_id
    ), low_value_cta as (
      select o.owner_id, count(*)::int as low_value_open_ctas
      from ctas c join owned o on o.id = c.account_id
      where o.low_value and c.status <> 'closed'
      group by o.owner_id
    )
    select u.id as user_id, u.name, m.id as member_id,
      coalesce(b.dedicated, 0) as dedicated, coalesce(b.pooled, 0) as pooled,
      coalesce(b.tech_touch, 0) as tech_touch, a.arr,
      coalesce(b.green, 0) as green, coalesce(b.yellow, 0) as yellow, coalesce(b.red, 0) as red,
      coalesce(b.unscored, 0) as unscored,
      coalesce(c.open_ctas, 0) as open_ctas, coalesce(c.overdue_ctas, 0) as overdue_ctas,
      coalesce(k.open_tasks, 0) as open_tasks, coalesce(k.overdue_tasks, 0) as overdue_tasks,
      coalesce(tp.touchpoints_30d, 0) as touchpoints_30d,
      coalesce(s.csat_satisfied, 0) as csat_satisfied, coalesce(s.csat_responses, 0) as csat_responses,
      coalesce(b.low_value_dedicated, 0) as low_value_dedicated,
      coalesce(lt.low_value_touchpoints_30d, 0) as low_value_touchpoints_30d,
      coalesce(lc.low_value_open_ctas, 0) as low_value_open_ctas
    from users u
    left join book b on b.owner_id = u.id
    left join arr a on a.owner_id = u.id
    left join cta c on c.owner_id = u.id
    left join task k on k.owner_id = u.id
    left join touch tp on tp.owner_id = u.id
    left join csat s on s.owner_id = u.id
    left join low_value_touch lt on lt.owner_id = u.id
    left join low_value_cta lc on lc.owner_id = u.id
    left join team_members m on m.user_id = u.id and m.end_date is null
    where u.active and (u.role = 'csm' or b.owner_id is not null)
    order by u.name`.execute(db);
  return rows.map((r) => toCapacityRow(r, settings));
}

function toCapacityRow(r: BookRow, settings: TeamSettings): CapacityRow {
  const accounts = { dedicated: r.dedicated, pooled: r.pooled, tech_touch: r.tech_touch };
  return {
    user_id: r.user_id,
    name: r.name,
    member_id: r.member_id,
    accounts,
    arr: (r.arr ?? []).map((x) => ({ currency: x.currency, amount: Number(x.amount) })),
    load: loadOf(accounts, settings.capacity),
    health: { green: r.green, yellow: r.yellow, red: r.red, none: r.unscored },
    ctas: { open: r.open_ctas, overdue: r.overdue_ctas },
    tasks: { open: r.open_tasks, overdue: r.overdue_tasks },
    touchpoints_30d: r.touchpoints_30d,
    csat: r.csat_responses ? Math.round((r.csat_satisfied / r.csat_responses) * 1000) / 1000 : null,
    csat_responses: r.csat_responses,
    low_value_dedicated: r.low_value_dedicated,
    low_value_touchpoints_30d: r.low_value_touchpoints_30d,
    low_value_open_ctas: r.low_value_open_ctas,
  };
}
