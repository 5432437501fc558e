import type { MetricsQuery, RetentionResponse, RetentionRow } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { RETENTION_FORMULAS } from './formulas.ts';
import { periodsOf, ratio } from './metric-periods.ts';
import { loadMovementTotals, type MovementTotals, missingRates } from './movement-totals.ts';
import { loadRenewalOutcomes, type RenewalOutcomes } from './renewal-outcomes.ts';
import { getRevenueSettings } from './revenue-settings.ts';

/** GRR, NRR, churn, expansion and renewal rates per period (and group), from the ARR movements. */
export async function computeRetention(db: Db, q: MetricsQuery): Promise<RetentionResponse> {
  const [settings, totals, renewals, missing] = [
    await getRevenueSettings(db),
    await loadMovementTotals(db, q),
    await loadRenewalOutcomes(db, q),
    await missingRates(db, q),
  ];
  const groups = groupsOf(q.groupBy === 'none', totals, renewals);
  const data = groups.flatMap((group) =>
    retentionOfGroup(
      q,
      totals.filter((t) => t.grp === group),
      renewals.filter((r) => r.grp === group),
      group,
    ),
  );
  return {
    currency: settings.company_currency,
    interval: q.interval,
    group_by: q.groupBy,
    missing_rates: missing,
    formulas: RETENTION_FORMULAS,
    data,
  };
}

export function groupsOf(single: boolean, ...sets: { grp: string | null }[][]): (string | null)[] {
  if (single) return [null];
  const names = new Set(sets.flat().map((r) => r.grp));
  // Named groups in order, the accounts without a value last.
  return [...names].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
}

function retentionOfGroup(
  q: MetricsQuery,
  totals: MovementTotals[],
  renewals: RenewalOutcomes[],
  group: string | null,
): RetentionRow[] {
  const before = totals.find((t) => t.period === null);
  let arr = before?.delta ?? 0;
  let logos = (before?.gained_logos ?? 0) - (before?.churned_logos ?? 0);
  return periodsOf(q.from, q.to, q.interval).map((p) => {
    const t = totals.find((x) => x.period === p.start);
    const r = renewals.find((x) => x.period === p.start);
    const expansion = t?.net_expansion ?? 0;
    const contraction = t?.net_contraction ?? 0;
    const churn = t?.churned_arr ?? 0;
    const churnedLogos = t?.churned_logos ?? 0;
    const row: RetentionRow = {
      group,
      period_start: p.start,
      period_end: p.end,
      starting_arr: arr,
      ending_arr: arr + (t?.delta ?? 0),
      expansion,
      contraction,
      churn,
      starting_logos: logos,
      churned_logos: churnedLogos,
      grr: ratio(arr - contraction - churn, arr),
      nrr: ratio(arr + expansion - contraction - churn, arr),
      logo_churn_rate: ratio(churnedLogos, logos),
      revenue_churn_rate: ratio(contraction + churn, arr),
      expansion_rate: ratio(expansion, arr),
      renewals_due: r?.due ?? 0,
      renewals_renewed: r?.renewed ?? 0,
      renewable_arr: r?.due_arr ?? 0,
      renewed_arr: r?.renewed_arr ?? 0,
      renewal_rate_count: ratio(r?.renewed ?? 0, r?.due ?? 0),
      renewal_rate_arr: ratio(r?.renewed_arr ?? 0, r?.due_arr ?? 0),
    };
    arr = row.ending_arr;
    logos += (t?.gained_logos ?? 0) - churnedLogos;
    return row;
  });
}
