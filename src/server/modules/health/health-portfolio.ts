import { sql } from 'kysely';
import type { DistributionRow, HealthHeatmap, HealthMover, PortfolioGroup } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { labelOf, storedMeasuresSql } from './health-read.ts';
import { utcToday } from './recompute-health.ts';
import { listScorecards } from './scorecards.ts';

const groupExpr: Record<PortfolioGroup, ReturnType<typeof sql>> = {
  segment: sql`a.segment`,
  owner: sql`a.owner_id::text`,
  coverage_model: sql`a.coverage_model`,
  tier: sql`a.tier`,
};

/** Health mix per segment, CSM, coverage model or tier. ARR at risk is the ARR of red accounts (minor units, mixed currencies summed per account currency is left to revenue views). */
export async function healthDistribution(db: Db, by: PortfolioGroup): Promise<DistributionRow[]> {
  const label = by === 'owner' ? sql`max(u.name)` : sql`null::text`;
  const { rows } = await sql<DistributionRow>`
    select ${groupExpr[by]} as key, ${label} as label, count(*)::int as accounts,
      count(*) filter (where h.color = 'red')::int as red,
      count(*) filter (where h.color = 'yellow')::int as yellow,
      count(*) filter (where h.color = 'green')::int as green,
      count(*) filter (where h.color is null)::int as none,
      round(avg(h.score)::numeric, 1)::float8 as average,
      coalesce(sum(a.arr) filter (where h.color = 'red'), 0)::float8 as arr_at_risk
    from accounts a left join account_health h on h.account_id = a.id
    left join users u on u.id = a.owner_id
    group by 1 order by count(*) desc`.execute(db);
  return rows;
}

/** Accounts whose score moved most against their daily point `days` ago (largest move first). */
export async function healthMovers(db: Db, days: number, limit: number): Promise<HealthMover[]> {
  const { rows } = await sql<HealthMover>`
    select h.account_id, a.name, round(h.score::numeric, 1)::float8 as score, h.color,
      round(p.score::numeric, 1)::float8 as before, (round(h.score) - round(p.score))::float8 as change
    from account_health h join accounts a on a.id = h.account_id
    join lateral (select score from health_history x where x.account_id = h.account_id and x.kind = 'daily'
      and x.day <= ${utcToday()}::date - ${days}::int order by x.day desc limit 1) p on true
    where h.score is not null and p.score is not null and round(h.score) <> round(p.score)
    order by abs(round(h.score) - round(p.score)) desc, a.name limit ${limit}`.execute(db);
  return rows;
}

/** Accounts (worst first) by measure scores of one scorecard, for a heat map. */
export async function healthHeatmap(
  db: Db,
  scorecardId: string | undefined,
  limit: number,
): Promise<HealthHeatmap> {
  const cards = await listScorecards(db);
  const card = cards.find((c) => c.id === scorecardId) ?? cards.find((c) => c.is_default) ?? cards[0];
  if (!card) return { scorecard: null, measures: [], accounts: [] };
  const keys = card.measures.map((m) => m.key);
  const { rows } = await sql<{
    account_id: string;
    name: string;
    score: number | null;
    color: string | null;
    measures: { key: string; score: number | null }[];
  }>`
    select h.account_id, a.name, round(h.score::numeric, 1)::float8 as score, h.color,
      ${storedMeasuresSql('h')} as measures
    from account_health h join accounts a on a.id = h.account_id
    where h.scorecard_id = ${card.id}::uuid
    order by h.score asc nulls last, a.name limit ${limit}`.execute(db);
  return {
    scorecard: { id: card.id, name: card.name },
    measures: keys.map((k) => ({ key: k, label: labelOf(card, k) })),
    accounts: rows.map((r) => ({
      account_id: r.account_id,
      name: r.name,
      score: r.score,
      color: r.color,
      scores: keys.map((k) => {
        const s = r.measures.find((m) => m.key === k)?.score;
        return s === undefined || s === null ? null : Math.round(s);
      }),
    })),
  };
}
