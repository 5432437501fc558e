import type { CapacityRow, RebalanceSuggestion, TeamSettings } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';

const MAX_SUGGESTIONS = 100;
type Model = keyof TeamSettings['capacity'];

/**
 * Two kinds of suggestion: dedicated accounts below the low-value ARR move to pooled coverage (effort
 * without value), and an overloaded CSM's smallest accounts move to the CSM with the most headroom, until
 * the giver is at or under a full book and the receiver would not go over one.
 */
export async function suggestRebalance(
  db: Db,
  settings: TeamSettings,
  rows: CapacityRow[],
): Promise<RebalanceSuggestion[]> {
  const lowValue = await db
    .selectFrom('accounts')
    .select(['id', 'name', 'owner_id'])
    .where('coverage_model', '=', 'dedicated')
    .where('lifecycle_stage', '<>', 'churned')
    .where('currency', '=', settings.currency)
    .where('arr', '<', settings.low_value_arr)
    .orderBy('arr')
    .limit(MAX_SUGGESTIONS / 2)
    .execute();
  const suggestions: RebalanceSuggestion[] = lowValue.map((a) => ({
    kind: 'change_coverage',
    account_id: a.id,
    account_name: a.name,
    from_owner_id: a.owner_id,
    to_owner_id: a.owner_id,
    to_coverage: 'pooled',
    reason: 'low_value_dedicated',
  }));
  const overloaded = rows.filter((r) => r.load > 1);
  if (overloaded.length === 0) return suggestions;
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'name', 'owner_id', 'coverage_model'])
    .where(
      'owner_id',
      'in',
      overloaded.map((r) => r.user_id),
    )
    .where('lifecycle_stage', '<>', 'churned')
    .orderBy('arr')
    .orderBy('id')
    .execute();
  const loads = new Map(rows.map((r) => [r.user_id, r.load]));
  const weight = (m: string) => 1 / settings.capacity[m as Model].max_accounts;
  for (const a of accounts) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    const from = a.owner_id as string;
    if ((loads.get(from) ?? 0) <= 1) continue;
    const w = weight(a.coverage_model);
    const [to, toLoad] = [...loads].filter(([id]) => id !== from).sort((x, y) => x[1] - y[1])[0] ?? [];
    if (!to || toLoad === undefined || toLoad + w > 1) continue;
    loads.set(from, (loads.get(from) ?? 0) - w);
    loads.set(to, toLoad + w);
    suggestions.push({
      kind: 'reassign',
      account_id: a.id,
      account_name: a.name,
      from_owner_id: from,
      to_owner_id: to,
      to_coverage: null,
      reason: 'over_capacity',
    });
  }
  return suggestions;
}
