import { z } from 'zod';
import { COVERAGE_MODELS } from './accounts.ts';
import { currencyCode, isoDate, minorUnits, patchOf, requiredText, text, uuid } from './common.ts';

export const MOVEMENT_KINDS = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const INTERVALS = ['month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];
export const GROUP_BYS = ['none', 'segment', 'tier', 'coverage_model', 'csm'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const arrMovement = z.object({
  id: z.number().int(),
  account_id: uuid,
  date: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  amount: z.number().int(),
  currency: z.string(),
  arr_before: z.number().int(),
  arr_after: z.number().int(),
  amount_company: z.number().int(),
  rate_missing: z.boolean(),
});
export type ArrMovement = z.infer<typeof arrMovement>;

/** Filters shared by every metric: the accounts' current segment, tier, coverage model and CSM (owner). */
const filters = {
  segment: text(100).optional(),
  tier: text(50).optional(),
  coverage_model: z.enum(COVERAGE_MODELS).optional(),
  owner_id: uuid.optional(),
};

// Up to ten years of months: longer ranges are a typo, and each bucket is a row of the answer.
const MAX_DAYS = 3660;
const checkRange = (q: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 > MAX_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period may span at most ten years' });
};

export const metricsQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    interval: z.enum(INTERVALS).default('month'),
    groupBy: z.enum(GROUP_BYS).default('none'),
    ...filters,
  })
  .strict()
  .superRefine(checkRange);
export type MetricsQuery = z.infer<typeof metricsQuery>;
export type MetricsFilters = Pick<MetricsQuery, 'segment' | 'tier' | 'coverage_model' | 'owner_id'>;

/** One bucket of one group; money in minor units of the company currency; rates are fractions (0.95). */
export const retentionRow = z.object({
  group: z.string().nullable(),
  period_start: z.string(),
  period_end: z.string(),
  starting_arr: z.number().int(),
  ending_arr: z.number().int(),
  expansion: z.number().int(),
  contraction: z.number().int(),
  churn: z.number().int(),
  starting_logos: z.number().int(),
  churned_logos: z.number().int(),
  grr: z.number().nullable(),
  nrr: z.number().nullable(),
  logo_churn_rate: z.number().nullable(),
  revenue_churn_rate: z.number().nullable(),
  expansion_rate: z.number().nullable(),
  renewals_due: z.number().int(),
  renewals_renewed: z.number().int(),
  renewable_arr: z.number().int(),
  renewed_arr: z.number().int(),
  renewal_rate_count: z.number().nullable(),
  renewal_rate_arr: z.number().nullable(),
});
export type RetentionRow = z.infer<typeof retentionRow>;

export const waterfallRow = z.object({
  group: z.string().nullable(),
  period_start: z.string(),
  period_end: z.string(),
  start: z.number().int(),
  new: z.number().int(),
  reactivation: z.number().int(),
  expansion: z.number().int(),
  contraction: z.number().int(),
  churn: z.number().int(),
  end: z.number().int(),
});
export type WaterfallRow = z.infer<typeof waterfallRow>;

const metricsMeta = {
  currency: z.string(),
  interval: z.enum(INTERVALS),
  group_by: z.enum(GROUP_BYS),
  /** Currencies with movements but no exchange rate: their amounts are counted at 1:1 until a rate exists. */
  missing_rates: z.array(z.string()),
  formulas: z.record(z.string(), z.string()),
};
export const retentionResponse = z.object({ ...metricsMeta, data: z.array(retentionRow) });
export type RetentionResponse = z.infer<typeof retentionResponse>;
export const waterfallResponse = z.object({ ...metricsMeta, data: z.array(waterfallRow) });
export type WaterfallResponse = z.infer<typeof waterfallResponse>;

export const cohortsQuery = z
  .object({ from: isoDate, to: isoDate, ...filters })
  .strict()
  .superRefine(checkRange);
export type CohortsQuery = z.infer<typeof cohortsQuery>;
export const cohortRow = z.object({
  cohort: z.string(),
  accounts: z.number().int(),
  starting_arr: z.number().int(),
  /** Offset 0 is the start quarter itself; retention = ARR of the cohort at the quarter's end / starting ARR. */
  quarters: z.array(
    z.object({
      offset: z.number().int(),
      arr: z.number().int(),
      logos: z.number().int(),
      retention: z.number(),
    }),
  ),
});
export const cohortsResponse = z.object({
  currency: z.string(),
  formulas: z.record(z.string(), z.string()),
  data: z.array(cohortRow),
});
export type CohortsResponse = z.infer<typeof cohortsResponse>;

/** Health color of an account when its renewal closed; `none` when it had no score in the days before. */
export const RENEWAL_HEALTH_COLORS = ['green', 'yellow', 'red', 'none'] as const;
export type RenewalHealthColor = (typeof RENEWAL_HEALTH_COLORS)[number];
export const RENEWAL_OUTCOMES = ['renewed', 'expanded', 'downgraded', 'churned'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];

export const renewalHealthQuery = cohortsQuery;
export type RenewalHealthQuery = CohortsQuery;
/** One cell of the color × outcome matrix; ARR is the renewable ARR in minor units of the company currency. */
export const renewalHealthCell = z.object({
  color: z.enum(RENEWAL_HEALTH_COLORS),
  outcome: z.enum(RENEWAL_OUTCOMES),
  renewals: z.number().int(),
  arr: z.number().int(),
});
export type RenewalHealthCell = z.infer<typeof renewalHealthCell>;
/** Per color: every closed renewal, how many churned, and the churn rate (null without renewals). */
export const renewalHealthColorTotal = z.object({
  color: z.enum(RENEWAL_HEALTH_COLORS),
  renewals: z.number().int(),
  arr: z.number().int(),
  average_score: z.number().nullable(),
  churned: z.number().int(),
  churn_rate: z.number().nullable(),
  churned_arr_rate: z.number().nullable(),
});
export const renewalHealthResponse = z.object({
  currency: z.string(),
  /** How many days before the close date a health point may be and still count as the health at renewal. */
  lookback_days: z.number().int(),
  formulas: z.record(z.string(), z.string()),
  /** Every color × outcome pair, zeros included, colors then outcomes in their listed order. */
  cells: z.array(renewalHealthCell),
  colors: z.array(renewalHealthColorTotal),
});
export type RenewalHealthResponse = z.infer<typeof renewalHealthResponse>;

export const OPPORTUNITY_KINDS = ['renewal', 'expansion'] as const;
export const STAGES = ['open', 'negotiation', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];
export const FORECAST_CATEGORIES = ['commit', 'best_case', 'at_risk', 'lost'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

export const opportunity = z.object({
  id: uuid,
  account_id: uuid,
  account_name: z.string(),
  contract_id: uuid.nullable(),
  kind: z.enum(OPPORTUNITY_KINDS),
  stage: z.enum(STAGES),
  forecast_category: z.enum(FORECAST_CATEGORIES),
  amount: z.number().int(),
  renewable_amount: z.number().int(),
  currency: z.string(),
  close_date: z.string(),
  reason_code: z.string().nullable(),
  notes: z.string().nullable(),
  owner_id: uuid.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Opportunity = z.infer<typeof opportunity>;

export const opportunityListQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.enum(OPPORTUNITY_KINDS).optional(),
    stage: z.enum(STAGES).optional(),
    ...filters,
  })
  .strict();
export type OpportunityListQuery = z.infer<typeof opportunityListQuery>;

const opportunityFields = {
  stage: z.enum(STAGES),
  forecast_category: z.enum(FORECAST_CATEGORIES),
  amount: minorUnits,
  close_date: isoDate,
  reason_code: text(50).nullable(),
  notes: text(2000).nullable(),
  owner_id: uuid.nullable(),
};
export const createOpportunityInput = z
  .object({ account_id: uuid, kind: z.literal('expansion').default('expansion'), ...opportunityFields })
  .partial({ stage: true, forecast_category: true, reason_code: true, notes: true, owner_id: true })
  .strict();
export type CreateOpportunityInput = z.infer<typeof createOpportunityInput>;
export const updateOpportunityInput = patchOf(z.object(opportunityFields).partial().strict());
export type UpdateOpportunityInput = z.infer<typeof updateOpportunityInput>;

export const forecastQuery = z
  .object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'must look like 2026-Q4'), ...filters })
  .strict();
export const forecast = z.object({
  quarter: z.string(),
  currency: z.string(),
  renewable_arr: z.number().int(),
  by_category: z.record(z.enum(FORECAST_CATEGORIES), z.number().int()),
  won: z.number().int(),
  lost: z.number().int(),
  expansion_pipeline: z.number().int(),
  opportunities: z.number().int(),
});
export type Forecast = z.infer<typeof forecast>;

export const revenueSettings = z
  .object({
    company_currency: currencyCode,
    renewal_lead_days: z.number().int().min(1).max(365),
    reason_codes: z.array(requiredText(50)).max(50),
  })
  .strict();
export type RevenueSettings = z.infer<typeof revenueSettings>;

export const exchangeRate = z.object({
  id: uuid,
  currency: z.string(),
  effective_date: z.string(),
  rate: z.number(),
});
export type ExchangeRate = z.infer<typeof exchangeRate>;
export const upsertExchangeRateInput = z
  .object({ currency: currencyCode, effective_date: isoDate, rate: z.number().positive().max(1e9) })
  .strict();
export type UpsertExchangeRateInput = z.infer<typeof upsertExchangeRateInput>;

export const EXPORT_REPORTS = ['retention', 'waterfall', 'cohorts', 'renewals', 'renewal_health'] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];
export const exportQuery = z
  .object({
    report: z.enum(EXPORT_REPORTS),
    format: z.enum(['csv', 'xlsx']),
    from: isoDate,
    to: isoDate,
    interval: z.enum(INTERVALS).default('month'),
    groupBy: z.enum(GROUP_BYS).default('none'),
    ...filters,
  })
  .strict()
  .superRefine(checkRange);
export type ExportQuery = z.infer<typeof exportQuery>;
