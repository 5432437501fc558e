import type { MetricsQuery, WaterfallResponse, WaterfallRow } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { groupsOf } from './compute-retention.ts';
import { WATERFALL_FORMULAS } from './formulas.ts';
import { periodsOf } from './metric-periods.ts';
import { loadWaterfallTotals, type MovementTotals, missingRates } from './movement-totals.ts';
import { getRevenueSettings } from './revenue-settings.ts';

/** The ARR waterfall per period (and group): start, new, expansion, contraction, churn, end. */
export async function computeWaterfall(db: Db, q: MetricsQuery): Promise<WaterfallResponse> {
  const settings = await getRevenueSettings(db);
  const totals = await loadWaterfallTotals(db, q);
  const missing = await missingRates(db, q);
  const data = groupsOf(q.groupBy === 'none', totals).flatMap((group) =>
    waterfallOfGroup(
      q,
      totals.filter((t) => t.grp === group),
      group,
    ),
  );
  return {
    currency: settings.company_currency,
    interval: q.interval,
    group_by: q.groupBy,
    missing_rates: missing,
    formulas: WATERFALL_FORMULAS,
    data,
  };
}

function waterfallOfGroup(q: MetricsQuery, totals: MovementTotals[], group: string | null): WaterfallRow[] {
  let arr = totals.find((t) => t.period === null)?.delta ?? 0;
  return periodsOf(q.from, q.to, q.interval).map((p) => {
    const t = totals.find((x) => x.period === p.start);
    const row: WaterfallRow = {
      group,
      period_start: p.start,
      period_end: p.end,
      start: arr,
      new: (t?.new ?? 0) + (t?.reactivation ?? 0),
      reactivation: t?.reactivation ?? 0,
      expansion: t?.expansion ?? 0,
      contraction: t?.contraction ?? 0,
      churn: t?.churn ?? 0,
      end: arr + (t?.delta ?? 0),
    };
    arr = row.end;
    return row;
  });
}
