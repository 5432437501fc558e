/**
 * The one module that writes each table (src/server/modules/<module>/). Every other module changes a table
 * only by calling its owner's use-cases, so what those guarantee (audit, health marked dirty, field-change
 * signals, ARR movements re-derived) cannot be skipped. src/server/architecture.test.ts fails when a file
 * outside the owner writes the table; docs/architecture.md explains the rule.
 *
 * Exempt: migrations (they define the tables) and the demo seed (src/server/db/, it builds a company from
 * nothing before any module runs), and tests (they arrange their data).
 */
export const TABLE_OWNERS = {
  // accounts: the book of business.
  accounts: 'accounts',
  contacts: 'accounts',
  account_team: 'accounts',
  saved_views: 'accounts',
  // auth: who may do what, and what they did.
  users: 'auth',
  sessions: 'auth',
  login_attempts: 'auth',
  api_keys: 'auth',
  audit_log: 'auth',
  contracts: 'contracts',
  // revenue: derived from contracts; arr_period_totals is kept by triggers on arr_movements.
  arr_movements: 'revenue',
  arr_period_totals: 'revenue',
  opportunities: 'revenue',
  exchange_rates: 'revenue',
  // ingest: Segment calls and what the usage rollup makes of them.
  raw_events: 'ingest',
  ingest_messages: 'ingest',
  ingest_pending: 'ingest',
  ingest_rejections: 'ingest',
  ingest_users: 'ingest',
  ingest_aliases: 'ingest',
  usage_queue: 'ingest',
  usage_daily: 'ingest',
  usage_event_users: 'ingest',
  usage_user_days: 'ingest',
  usage_renames: 'ingest',
  usage_rollup_lock: 'ingest',
  // health: scorecards, scores and their history.
  scorecards: 'health',
  scorecard_versions: 'health',
  account_health: 'health',
  health_history: 'health',
  health_alerts: 'health',
  health_dirty: 'health',
  health_runs: 'health',
  health_run_parts: 'health',
  // rules: the rules and their runs. Their inbox, signals, is a module of its own that every module calls
  // (accounts, health, ingest...), while rules calls accounts: one module for both would be a loop.
  rules: 'rules',
  rule_runs: 'rules',
  signals: 'signals',
  ctas: 'ctas',
  playbooks: 'ctas',
  tasks: 'ctas',
  touchpoints: 'ctas',
  csm_sentiments: 'feedback',
  support_tickets: 'feedback',
  survey_responses: 'feedback',
  team_members: 'people',
  career_levels: 'people',
  career_notes: 'people',
  kpi_goals: 'people',
  promotions: 'people',
  pulse_responses: 'people',
  requisitions: 'hiring',
  candidates: 'hiring',
  evaluations: 'hiring',
  reference_checks: 'hiring',
  interview_questions: 'hiring',
  notification_channels: 'notifications',
  notification_deliveries: 'notifications',
  notification_preferences: 'notifications',
  // jobs: claimed schedule ticks, and pg-boss's own schema (pgboss.*).
  job_ticks: 'jobs',
  'pgboss.job': 'jobs',
} as const satisfies Record<string, string>;

/**
 * app_settings is a key-value table with one row per module: each module writes only its own key (the
 * KEY constant in its *-settings.ts), so the table has four writers, one per row.
 */
export const APP_SETTINGS_OWNERS = {
  usage: 'ingest',
  'notifications.smtp': 'notifications',
  team: 'people',
  revenue: 'revenue',
} as const;

export type OwnedTable = keyof typeof TABLE_OWNERS;

/** The modules allowed to write a table (undefined: the table is unknown, so nobody). */
export function ownersOf(table: string): readonly string[] | undefined {
  if (table === 'app_settings') return Object.values(APP_SETTINGS_OWNERS);
  const owner = (TABLE_OWNERS as Record<string, string>)[table];
  return owner ? [owner] : undefined;
}
