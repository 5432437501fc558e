// Frozen once landed: change the schema with a new migration file, never by editing this one.
// From signal to action: rules, signals, CTAs, tasks, touchpoints, notifications. The job queue itself is
// pg-boss, which installs and migrates its own schema (pgboss) when the worker starts.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rules (
      id uuid primary key default tend_uuid7(),
      name text not null,
      description text not null default '',
      enabled boolean not null default false,
      trigger jsonb not null,
      conditions jsonb not null,
      actions jsonb not null,
      state jsonb not null default '{}',
      created_by uuid references users(id) on delete set null,
      last_fired_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index rules_enabled_trigger_idx on rules ((trigger->>'type')) where enabled`.execute(db);

  // The intake: other modules append signals in their own transaction; the dispatcher hands them to the queue.
  await sql`
    create table signals (
      id bigint generated always as identity primary key,
      type text not null,
      account_id uuid not null references accounts(id) on delete cascade,
      facts jsonb not null default '{}',
      created_at timestamptz not null default now(),
      dispatched_at timestamptz
    )`.execute(db);
  await sql`create index signals_pending_idx on signals (id) where dispatched_at is null`.execute(db);

  await sql`
    create table rule_runs (
      id bigint generated always as identity primary key,
      rule_id uuid not null references rules(id) on delete cascade,
      account_id uuid references accounts(id) on delete cascade,
      status text not null check (status in ('fired', 'error')),
      facts jsonb,
      error text,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index rule_runs_rule_idx on rule_runs (rule_id, at desc)`.execute(db);
  await sql`create index rule_runs_account_idx on rule_runs (rule_id, account_id, at desc)`.execute(db);

  // One row per scheduled tick: whichever worker inserts it first runs the tick, so it never runs twice.
  await sql`
    create table job_ticks (
      key text not null,
      tick_at timestamptz not null,
      claimed_at timestamptz not null default now(),
      primary key (key, tick_at)
    )`.execute(db);

  await sql`
    create table playbooks (
      id uuid primary key default tend_uuid7(),
      name text not null,
      cta_type text not null check (cta_type in ('risk', 'opportunity', 'onboarding', 'renewal', 'lifecycle')),
      description text not null default '',
      steps jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table ctas (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      rule_id uuid references rules(id) on delete set null,
      type text not null check (type in ('risk', 'opportunity', 'onboarding', 'renewal', 'lifecycle')),
      priority text not null check (priority in ('low', 'medium', 'high', 'urgent')),
      title text not null,
      owner_id uuid references users(id) on delete set null,
      due_date date,
      status text not null default 'open' check (status in ('open', 'in_progress', 'snoozed', 'closed')),
      snoozed_until date,
      outcome text check (outcome in ('success', 'failure', 'not_needed')),
      playbook text,
      reason jsonb not null default '{}',
      fire_count int not null default 1,
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'closed') = (outcome is not null)),
      check (status <> 'snoozed' or snoozed_until is not null)
    )`.execute(db);
  // A rule that fires again for an account with an open CTA updates that CTA instead of opening another.
  await sql`create unique index ctas_open_rule_account_key on ctas (rule_id, account_id) where status <> 'closed' and rule_id is not null`.execute(
    db,
  );
  await sql`create index ctas_owner_open_idx on ctas (owner_id, due_date) where status <> 'closed'`.execute(
    db,
  );
  await sql`create index ctas_account_idx on ctas (account_id, created_at desc)`.execute(db);

  await sql`
    create table tasks (
      id uuid primary key default tend_uuid7(),
      cta_id uuid references ctas(id) on delete cascade,
      account_id uuid not null references accounts(id) on delete cascade,
      owner_id uuid references users(id) on delete set null,
      kind text not null default 'task' check (kind in ('task', 'email', 'wait')),
      title text not null,
      body text not null default '',
      position int not null default 0,
      due_date date,
      done_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index tasks_owner_open_idx on tasks (owner_id, due_date) where done_at is null`.execute(
    db,
  );
  await sql`create index tasks_cta_idx on tasks (cta_id, position)`.execute(db);

  await sql`
    create table touchpoints (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      type text not null check (type in ('call', 'meeting', 'email', 'note')),
      occurred_at timestamptz not null,
      author_id uuid references users(id) on delete set null,
      contact_ids uuid[] not null default '{}',
      summary text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index touchpoints_account_idx on touchpoints (account_id, occurred_at desc)`.execute(db);

  await sql`
    create table notification_channels (
      id uuid primary key default tend_uuid7(),
      kind text not null check (kind in ('slack', 'teams', 'webhook')),
      name text not null,
      url text not null,
      secret text,
      enabled boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table notification_deliveries (
      id uuid primary key default tend_uuid7(),
      kind text not null check (kind in ('slack', 'teams', 'webhook', 'email')),
      channel_id uuid references notification_channels(id) on delete set null,
      recipient text,
      rule_id uuid references rules(id) on delete set null,
      account_id uuid references accounts(id) on delete cascade,
      cta_id uuid references ctas(id) on delete set null,
      payload jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'retrying', 'sent', 'failed')),
      attempts int not null default 0,
      last_error text,
      response_status int,
      dispatched_at timestamptz,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index notification_deliveries_pending_idx on notification_deliveries (created_at) where dispatched_at is null`.execute(
    db,
  );
  await sql`create index notification_deliveries_recent_idx on notification_deliveries (created_at desc)`.execute(
    db,
  );

  await sql`
    create table notification_preferences (
      user_id uuid not null references users(id) on delete cascade,
      kind text not null check (kind in ('rule_email', 'cta_opened_email')),
      enabled boolean not null,
      updated_at timestamptz not null default now(),
      primary key (user_id, kind)
    )`.execute(db);

  for (const table of [
    'rules',
    'playbooks',
    'ctas',
    'tasks',
    'touchpoints',
    'notification_channels',
    'notification_deliveries',
  ])
    await sql`create trigger ${sql.raw(`${table}_touch`)} before update on ${sql.table(table)}
      for each row execute function tend_touch_updated_at()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'notification_preferences',
    'notification_deliveries',
    'notification_channels',
    'touchpoints',
    'tasks',
    'ctas',
    'playbooks',
    'job_ticks',
    'rule_runs',
    'signals',
    'rules',
  ])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
