// Kysely's view of the tables created in migrations/. Keep in step with every new migration.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;
type JsonObject = ColumnType<Record<string, unknown>, string | undefined, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: string;
  locale: Generated<string>;
  password_hash: string;
  active: Generated<boolean>;
  last_login_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface ApiKeysTable {
  id: Generated<string>;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: string[];
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface LoginAttemptsTable {
  key: string;
  attempts: Date[];
  refused: Generated<boolean>;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json | null;
  after: Json | null;
}

export interface AccountsTable {
  id: Generated<string>;
  external_id: string | null;
  name: string;
  domain: string | null;
  parent_id: string | null;
  segment: string | null;
  tier: string | null;
  coverage_model: Generated<string>;
  lifecycle_stage: Generated<string>;
  owner_id: string | null;
  arr: Generated<number>;
  currency: Generated<string>;
  renewal_date: string | null;
  custom: JsonObject;
  contact_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ContactsTable {
  id: Generated<string>;
  account_id: string;
  name: string;
  email: string | null;
  title: string | null;
  phone: string | null;
  role: Generated<string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AccountTeamTable {
  id: Generated<string>;
  account_id: string;
  user_id: string;
  role: string;
  is_primary: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ContractsTable {
  id: Generated<string>;
  account_id: string;
  product: string;
  start_date: string;
  end_date: string;
  arr: number;
  currency: Generated<string>;
  status: Generated<string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SavedViewsTable {
  id: Generated<string>;
  user_id: string;
  entity: Generated<string>;
  name: string;
  query: JsonObject;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AppSettingsTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface IngestRejectionsTable {
  id: Generated<number>;
  received_at: CreatedAt;
  api_key_id: string | null;
  message_index: number;
  code: string;
  message: string;
  payload: string | null;
}

export interface RawEventsTable {
  id: Generated<number>;
  message_id: string;
  type: string;
  event: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  group_id: string | null;
  account_id: string | null;
  properties: JsonObject;
  context: JsonObject;
  timestamp: Date;
  received_at: CreatedAt;
  api_key_id: string | null;
}

export interface UsageDailyTable {
  account_id: string;
  day: string;
  event: string;
  count: number;
  unique_users: number;
}

export interface UsageUserDaysTable {
  account_id: string;
  day: string;
  user_id: string;
  events: number;
}

export interface UsageEventUsersTable {
  account_id: string;
  day: string;
  event: string;
  user_id: string;
}

/** Usage events not yet added to the rollups (see rollup-usage.ts). */
export interface UsageQueueTable {
  id: Generated<number>;
  account_id: string;
  day: string;
  event: string;
  user_id: string | null;
}

export interface UsageRenamesTable {
  id: Generated<number>;
  previous_id: string;
  user_id: string;
}

export interface IngestPendingTable {
  kind: 'group' | 'user';
  key: string;
}

export interface IngestUsersTable {
  user_id: string;
  group_id: string | null;
  email: string | null;
  traits: JsonObject;
  last_seen_at: Timestamp;
}

/** alias(previousId → userId): later calls with previousId mean userId. */
export interface IngestAliasesTable {
  previous_id: string;
  user_id: string;
  created_at: CreatedAt;
}

/** One row, locked (SKIP LOCKED) by a usage rollup pass, so passes of several workers take turns. */
export interface UsageRollupLockTable {
  id: Generated<boolean>;
}

export interface IngestMessagesTable {
  message_id: string;
  received_at: CreatedAt;
}

export interface SurveyResponsesTable {
  id: Generated<string>;
  account_id: string;
  contact_id: string | null;
  kind: string;
  score: number;
  comment: string | null;
  responded_at: Timestamp;
  created_at: CreatedAt;
}

export interface SupportTicketsTable {
  id: Generated<string>;
  account_id: string;
  external_id: string | null;
  subject: string;
  status: Generated<string>;
  priority: Generated<string>;
  escalated: Generated<boolean>;
  opened_at: Timestamp;
  closed_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ExchangeRatesTable {
  id: Generated<string>;
  currency: string;
  effective_date: string;
  rate: ColumnType<number, number | string, number | string>;
  exponent: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CsmSentimentsTable {
  id: Generated<string>;
  account_id: string;
  author_id: string | null;
  sentiment: string;
  comment: string;
  expires_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ScorecardsTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  is_default: Generated<boolean>;
  priority: Generated<number>;
  segments: Generated<string[]>;
  tiers: Generated<string[]>;
  coverage_models: Generated<string[]>;
  measures: Json;
  color_bands: Json;
  alerts: Json;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AccountHealthTable {
  account_id: string;
  scorecard_id: string | null;
  score: number | null;
  color: string | null;
  computed_at: Timestamp;
  sig: number[] | null;
  sig_text: string[] | null;
  change_from: number | null;
  change_at: Timestamp | null;
  change_old_sig: number[] | null;
  change_old_sig_text: string[] | null;
}

export interface HealthHistoryTable {
  id: Generated<number>;
  account_id: string;
  at: Timestamp;
  day: string;
  kind: string;
  score: number | null;
  color: string | null;
  sig: number[] | null;
  sig_text: string[] | null;
}

/** A scorecard's measures as a score's signature arrays hold them, one row per scorecard version. */
export interface ScorecardVersionsTable {
  version: string;
  layout: Json;
  created_at: Generated<Timestamp>;
}

export interface HealthAlertsTable {
  id: Generated<string>;
  account_id: string;
  kind: string;
  details: Json;
  created_at: CreatedAt;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
}

export interface HealthDirtyTable {
  account_id: string;
  marked_at: Timestamp;
}

export interface HealthRunsTable {
  id: Generated<string>;
  reason: string;
  run_key: string | null;
  status: Generated<string>;
  total: Generated<number>;
  done: Generated<number>;
  error: string | null;
  requested_by: string | null;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface HealthRunPartsTable {
  run_id: string;
  part: number;
  cursor: string | null;
  upto: string | null;
  done: Generated<boolean>;
}

export interface ArrMovementsTable {
  id: Generated<number>;
  account_id: string;
  date: string;
  kind: string;
  amount: number;
  currency: string;
  arr_before: number;
  arr_after: number;
  amount_company: number;
  arr_before_company: number;
  rate_missing: Generated<boolean>;
  created_at: CreatedAt;
}

/** Whole-book ARR movement sums per calendar period, kept by triggers on arr_movements (never written here). */
export interface ArrPeriodTotalsTable {
  id: Generated<number>;
  interval: string;
  period: string;
  delta: number;
  new: number;
  reactivation: number;
  expansion: number;
  contraction: number;
  churn: number;
  net_expansion: number;
  net_contraction: number;
  churned_arr: number;
  churned_logos: number;
  gained_logos: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OpportunitiesTable {
  id: Generated<string>;
  account_id: string;
  contract_id: string | null;
  kind: string;
  stage: Generated<string>;
  forecast_category: Generated<string>;
  amount: number;
  renewable_amount: Generated<number>;
  currency: string;
  close_date: string;
  reason_code: string | null;
  notes: string | null;
  owner_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

// The CS team (migration 2026-11-23T1400-team).
export interface CareerLevelsTable {
  id: Generated<string>;
  track: string;
  level: number;
  title: string;
  expectations: Generated<string>;
  competencies: Generated<string[]>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TeamMembersTable {
  id: Generated<string>;
  user_id: string | null;
  name: string;
  email: string | null;
  title: string;
  track: string;
  level: number;
  manager_id: string | null;
  location: string | null;
  time_zone: string | null;
  start_date: string;
  ramp_done_on: string | null;
  end_date: string | null;
  exit_kind: string | null;
  exit_reason: string | null;
  exit_destination: string | null;
  hire_kind: Generated<string>;
  hire_source: string | null;
  requisition_id: string | null;
  previous_member_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PromotionsTable {
  id: Generated<string>;
  member_id: string;
  effective_on: string;
  from_title: string;
  to_title: string;
  from_track: string;
  to_track: string;
  from_level: number;
  to_level: number;
  note: string | null;
  created_at: CreatedAt;
}

export interface CareerNotesTable {
  id: Generated<string>;
  member_id: string;
  author_id: string | null;
  conversation_on: string;
  body: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface KpiGoalsTable {
  id: Generated<string>;
  member_id: string;
  quarter: string;
  metric: string;
  target: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PulseResponsesTable {
  id: Generated<string>;
  member_id: string;
  period: string;
  growth: number;
  clarity: number;
  support: number;
  created_at: CreatedAt;
}

export interface InterviewQuestionsTable {
  id: Generated<string>;
  key: string | null;
  competency: string;
  builtin: Generated<boolean>;
  prompt: Json;
  strong_answer: Json;
  weak_answer: Json;
  created_at: CreatedAt;
}

export interface RequisitionsTable {
  id: Generated<string>;
  title: string;
  track: string;
  level: number;
  kind: string;
  backfill_for: string | null;
  hiring_manager_id: string;
  interviewer_ids: Generated<string[]>;
  status: Generated<string>;
  opened_on: string;
  filled_on: string | null;
  mission: Generated<string>;
  outcomes: Generated<string[]>;
  competencies: Json;
  stages: Json;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CandidatesTable {
  id: Generated<string>;
  requisition_id: string;
  name: string;
  email: string | null;
  source: Generated<string>;
  internal: Generated<boolean>;
  stage: Generated<string>;
  offer_made_on: string | null;
  member_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EvaluationsTable {
  id: Generated<string>;
  candidate_id: string;
  interviewer_id: string;
  stage_key: string;
  scores: Json;
  recommendation: string;
  notes: Generated<string>;
  submitted_at: CreatedAt;
}

export interface ReferenceChecksTable {
  id: Generated<string>;
  candidate_id: string;
  referee_name: string;
  relationship: Generated<string>;
  summary: Generated<string>;
  recommendation: string;
  checked_by: string | null;
  checked_on: string;
  created_at: CreatedAt;
}

export interface RulesTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  enabled: Generated<boolean>;
  trigger: Json;
  conditions: Json;
  actions: Json;
  state: JsonObject;
  created_by: string | null;
  last_fired_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SignalsTable {
  id: Generated<number>;
  type: string;
  account_id: string;
  facts: JsonObject;
  created_at: CreatedAt;
  dispatched_at: Date | null;
}

export interface RuleRunsTable {
  id: Generated<number>;
  rule_id: string;
  account_id: string | null;
  status: string;
  facts: Json | null;
  error: string | null;
  at: CreatedAt;
}

export interface JobTicksTable {
  key: string;
  tick_at: Date | string;
  claimed_at: CreatedAt;
}

export interface PlaybooksTable {
  id: Generated<string>;
  name: string;
  cta_type: string;
  description: Generated<string>;
  steps: Json;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CtasTable {
  id: Generated<string>;
  account_id: string;
  rule_id: string | null;
  type: string;
  priority: string;
  title: string;
  owner_id: string | null;
  due_date: string | null;
  status: Generated<string>;
  snoozed_until: string | null;
  outcome: string | null;
  playbook: string | null;
  reason: JsonObject;
  fire_count: Generated<number>;
  closed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TasksTable {
  id: Generated<string>;
  cta_id: string | null;
  account_id: string;
  owner_id: string | null;
  kind: Generated<string>;
  title: string;
  body: Generated<string>;
  position: Generated<number>;
  due_date: string | null;
  done_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TouchpointsTable {
  id: Generated<string>;
  account_id: string;
  type: string;
  occurred_at: Date | string;
  author_id: string | null;
  contact_ids: ColumnType<string[], string[] | undefined, string[]>;
  summary: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface NotificationChannelsTable {
  id: Generated<string>;
  kind: string;
  name: string;
  url: string;
  secret: string | null;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface NotificationDeliveriesTable {
  id: Generated<string>;
  kind: string;
  channel_id: string | null;
  recipient: string | null;
  rule_id: string | null;
  account_id: string | null;
  cta_id: string | null;
  payload: JsonObject;
  status: Generated<string>;
  attempts: Generated<number>;
  last_error: string | null;
  response_status: number | null;
  dispatched_at: Date | null;
  delivered_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  enabled: boolean;
  updated_at: Timestamp;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
  accounts: AccountsTable;
  contacts: ContactsTable;
  account_team: AccountTeamTable;
  contracts: ContractsTable;
  saved_views: SavedViewsTable;
  app_settings: AppSettingsTable;
  ingest_rejections: IngestRejectionsTable;
  raw_events: RawEventsTable;
  usage_daily: UsageDailyTable;
  usage_user_days: UsageUserDaysTable;
  usage_event_users: UsageEventUsersTable;
  usage_queue: UsageQueueTable;
  usage_renames: UsageRenamesTable;
  ingest_pending: IngestPendingTable;
  ingest_users: IngestUsersTable;
  ingest_aliases: IngestAliasesTable;
  usage_rollup_lock: UsageRollupLockTable;
  ingest_messages: IngestMessagesTable;
  survey_responses: SurveyResponsesTable;
  support_tickets: SupportTicketsTable;
  csm_sentiments: CsmSentimentsTable;
  scorecards: ScorecardsTable;
  account_health: AccountHealthTable;
  health_history: HealthHistoryTable;
  scorecard_versions: ScorecardVersionsTable;
  health_alerts: HealthAlertsTable;
  health_dirty: HealthDirtyTable;
  health_runs: HealthRunsTable;
  health_run_parts: HealthRunPartsTable;
  exchange_rates: ExchangeRatesTable;
  arr_movements: ArrMovementsTable;
  arr_period_totals: ArrPeriodTotalsTable;
  opportunities: OpportunitiesTable;
  career_levels: CareerLevelsTable;
  team_members: TeamMembersTable;
  promotions: PromotionsTable;
  career_notes: CareerNotesTable;
  kpi_goals: KpiGoalsTable;
  pulse_responses: PulseResponsesTable;
  interview_questions: InterviewQuestionsTable;
  requisitions: RequisitionsTable;
  candidates: CandidatesTable;
  evaluations: EvaluationsTable;
  reference_checks: ReferenceChecksTable;
  rules: RulesTable;
  signals: SignalsTable;
  rule_runs: RuleRunsTable;
  job_ticks: JobTicksTable;
  playbooks: PlaybooksTable;
  ctas: CtasTable;
  tasks: TasksTable;
  touchpoints: TouchpointsTable;
  notification_channels: NotificationChannelsTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_preferences: NotificationPreferencesTable;
}

export type UserRow = Selectable<UsersTable>;
export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
