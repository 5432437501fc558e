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

export interface IngestUsersTable {
  user_id: string;
  group_id: string | null;
  email: string | null;
  traits: JsonObject;
  last_seen_at: Timestamp;
}

export interface IngestMessagesTable {
  message_id: string;
  received_at: CreatedAt;
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
  ingest_users: IngestUsersTable;
  ingest_messages: IngestMessagesTable;
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
