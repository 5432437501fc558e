import type { RetentionResponse } from '../../../shared/revenue.ts';

export type LatestFigures = {
  /** The latest period's start, or undefined when there is no period. */
  period: string | undefined;
  endingArr: number;
  grossRetention: number | null;
  netRetention: number | null;
  logoChurn: number | null;
};

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/** ARR and retention of the latest period, summed over groups when the report is grouped. */
export function latestFigures(retention: RetentionResponse): LatestFigures {
  const period = retention.data.at(-1)?.period_start;
  const rows = retention.data.filter((r) => r.period_start === period);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const start = sum((r) => r.starting_arr);
  return {
    period,
    endingArr: sum((r) => r.ending_arr),
    grossRetention: ratio(start - sum((r) => r.contraction + r.churn), start),
    netRetention: ratio(start + sum((r) => r.expansion - r.contraction - r.churn), start),
    logoChurn: ratio(
      sum((r) => r.churned_logos),
      sum((r) => r.starting_logos),
    ),
  };
}
