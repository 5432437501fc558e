// Shown beside every figure, so a board number can be checked by hand. S = ARR at the period start of the
// accounts that had ARR then; per account, s = its ARR at the start and e = at the end of the period.
export const RETENTION_FORMULAS = {
  grr: 'GRR = (S − contraction − churn) / S = Σ min(e, s) / S',
  nrr: 'NRR = (S + expansion − contraction − churn) / S = Σ e / S',
  logo_churn_rate: 'Logo churn = accounts with s > 0 and e = 0 / accounts with s > 0',
  revenue_churn_rate: 'Revenue churn = (contraction + churn) / S = 1 − GRR',
  expansion_rate: 'Expansion rate = Σ max(e − s, 0) / S = NRR − GRR',
  renewal_rate_count: 'Renewal rate (count) = contracts renewed / contracts ending in the period',
  renewal_rate_arr: 'Renewal rate (ARR) = ARR of contracts renewed / ARR of contracts ending in the period',
  definitions:
    'Per account over the period: expansion = max(e − s, 0), contraction = max(s − e, 0) when e > 0, churn = s when e = 0. ' +
    'A contract is renewed when a contract of the same account starts after it and no later than the day after it ends, and runs past it. ' +
    'Amounts in the company currency, each contract converted at the rate of its start date.',
};

export const WATERFALL_FORMULAS = {
  end: 'End = start + new + expansion − contraction − churn',
  new: 'New = ARR of accounts going from zero to more, first time or reactivated (reactivation shown apart)',
  movements: 'Sum of the ARR movements dated in the period, derived from contract start and end dates',
};

export const COHORT_FORMULAS = {
  retention:
    'Cohort retention = ARR of the cohort at the end of the quarter / the ARR it started with (its new movements)',
  cohort: 'Cohort = the calendar quarter of the account’s first contract (its new movement)',
};

/** A health point older than this before the close date says nothing about the account at renewal. */
export const RENEWAL_HEALTH_LOOKBACK_DAYS = 30;

export const RENEWAL_HEALTH_FORMULAS = {
  renewals:
    'Renewals = renewal opportunities closed (won or lost) with a close date in the period; ARR = their renewable ARR',
  health: `Health at renewal = the account’s latest health score and color on or up to ${RENEWAL_HEALTH_LOOKBACK_DAYS} days before the close date (none when it had no score then)`,
  outcome:
    'Outcome: churned = lost (or won at 0); expanded = won above the renewable ARR; downgraded = won below it; renewed = won at it',
  churn_rate:
    'Churn rate of a color = churned renewals / closed renewals of that color (and the same over ARR)',
  currency: 'Amounts in the company currency at the rate of each close date',
};
