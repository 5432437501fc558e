import { sql } from 'kysely';
import type { CapacityReport, CapacityRow, TeamSettings } from '../../../shared/team.ts';
import type { Db } from '../../db/client.ts';
import { suggestRebalance } from './suggest-rebalance.ts';
import { getTeamSettings } from './team-settings.ts';

/**
 * Accounts and ARR each CSM covers against the targets per coverage model, in two set-based statements.
 * Each later column (open and overdue CTAs and tasks, touchpoints in 30 days, health mix, CSAT) is one
 * more CTE grouped by owner_id and left-joined in `bookOf`, so the report grows without a query per CSM.
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

async function bookOf(db: Db, settings: TeamSettings): Promise<CapacityRow[]> {
  const { rows } = await sql<{
    user_id: string;
    name: string;
    member_id: string | null;
    dedicated: number;
    pooled: number;
    tech_touch: number;
    low_value_dedicated: number;
    arr: { currency: string; amount: number }[] | null;
  }>`
    with book as (
      select owner_id,
        count(*) filter (where coverage_model = 'dedicated')::int as dedicated,
        count(*) filter (where coverage_model = 'pooled')::int as pooled,
        count(*) filter (where coverage_model = 'tech_touch')::int as tech_touch,
        count(*) filter (where coverage_model = 'dedicated' and currency = ${settings.currency}
          and arr < ${settings.low_value_arr})::int as low_value_dedicated
      from accounts where owner_id is not null and lifecycle_stage <> 'churned' group by owner_id
    ), arr as (
      select owner_id, json_agg(json_build_object('currency', currency, 'amount', amount) order by amount desc) as arr
      from (select owner_id, currency, sum(arr)::bigint as amount from accounts
            where owner_id is not null and lifecycle_stage <> 'churned' group by owner_id, currency) s
      group by owner_id
    )
    select u.id as user_id, u.name, m.id as member_id,
      coalesce(b.dedicated, 0) as dedicated, coalesce(b.pooled, 0) as pooled, coalesce(b.tech_touch, 0) as tech_touch,
      coalesce(b.low_value_dedicated, 0) as low_value_dedicated, a.arr
    from users u
    left join book b on b.owner_id = u.id
    left join arr a on a.owner_id = u.id
    left join team_members m on m.user_id = u.id and m.end_date is null
    where u.active and (u.role = 'csm' or b.owner_id is not null)
    order by u.name`.execute(db);
  return rows.map((r) => {
    const accounts = { dedicated: r.dedicated, pooled: r.pooled, tech_touch: r.tech_touch };
    return {
      user_id: r.user_id,
      name: r.name,
      member_id: r.member_id,
      accounts,
      arr: (r.arr ?? []).map((x) => ({ currency: x.currency, amount: Number(x.amount) })),
      load: loadOf(accounts, settings.capacity),
      low_value_dedicated: r.low_value_dedicated,
    };
  });
}
