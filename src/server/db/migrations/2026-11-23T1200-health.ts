// Frozen once landed: change the schema with a new migration file, never by editing this one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Signals health reads that had no home yet: surveys, support tickets and the CSM's own judgement.
  await sql`
    create table survey_responses (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      contact_id uuid references contacts(id) on delete set null,
      kind text not null check (kind in ('nps', 'csat')),
      score integer not null,
      comment text,
      responded_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      check ((kind = 'nps' and score between 0 and 10) or (kind = 'csat' and score between 1 and 5))
    )`.execute(db);
  await sql`create index survey_responses_account_idx on survey_responses (account_id, kind, responded_at desc)`.execute(
    db,
  );

  await sql`
    create table support_tickets (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      external_id text constraint support_tickets_external_id_key unique,
      subject text not null,
      status text not null default 'open' check (status in ('open', 'pending', 'solved', 'closed')),
      priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
      escalated boolean not null default false,
      opened_at timestamptz not null default now(),
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index support_tickets_account_idx on support_tickets (account_id, opened_at desc)`.execute(
    db,
  );
  await sql`create trigger support_tickets_touch before update on support_tickets
    for each row execute function tend_touch_updated_at()`.execute(db);

  await sql`
    create table csm_sentiments (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      author_id uuid references users(id) on delete set null,
      sentiment text not null check (sentiment in ('red', 'yellow', 'green')),
      comment text not null,
      expires_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index csm_sentiments_account_idx on csm_sentiments (account_id, created_at desc)`.execute(
    db,
  );

  // A scorecard's measures and bands are one validated document: edited, previewed and replaced whole.
  await sql`
    create table scorecards (
      id uuid primary key default tend_uuid7(),
      name text not null,
      description text not null default '',
      is_default boolean not null default false,
      priority integer not null default 100,
      segments text[] not null default '{}',
      tiers text[] not null default '{}',
      coverage_models text[] not null default '{}',
      measures jsonb not null,
      color_bands jsonb not null,
      alerts jsonb not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index scorecards_one_default on scorecards (is_default) where is_default`.execute(
    db,
  );
  await sql`create trigger scorecards_touch before update on scorecards
    for each row execute function tend_touch_updated_at()`.execute(db);

  await sql`
    create table account_health (
      account_id uuid primary key references accounts(id) on delete cascade,
      scorecard_id uuid references scorecards(id) on delete set null,
      score double precision,
      color text check (color in ('red', 'yellow', 'green')),
      measures jsonb not null,
      last_change jsonb,
      computed_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index account_health_score_idx on account_health (score)`.execute(db);

  await sql`
    create table health_history (
      id bigint generated always as identity primary key,
      account_id uuid not null references accounts(id) on delete cascade,
      at timestamptz not null default now(),
      day date not null,
      kind text not null check (kind in ('daily', 'color_change')),
      score double precision,
      color text,
      measures jsonb not null
    )`.execute(db);
  await sql`create unique index health_history_daily_key on health_history (account_id, day) where kind = 'daily'`.execute(
    db,
  );
  await sql`create index health_history_account_idx on health_history (account_id, at desc)`.execute(db);

  await sql`
    create table health_alerts (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      kind text not null check (kind in ('band_worse', 'score_drop', 'measure_trend')),
      details jsonb not null,
      created_at timestamptz not null default now(),
      acknowledged_at timestamptz,
      acknowledged_by uuid references users(id) on delete set null
    )`.execute(db);
  await sql`create index health_alerts_created_idx on health_alerts (created_at desc)`.execute(db);
  await sql`create index health_alerts_account_idx on health_alerts (account_id, created_at desc)`.execute(
    db,
  );

  // Accounts whose inputs changed; the health worker drains it in batches (SKIP LOCKED, like usage_dirty).
  await sql`
    create table health_dirty (
      account_id uuid primary key,
      marked_at timestamptz not null default now()
    )`.execute(db);

  // Full recomputes (scorecard change, nightly, manual), resumable from their cursor, with progress.
  await sql`
    create table health_runs (
      id uuid primary key default tend_uuid7(),
      reason text not null check (reason in ('scorecard', 'nightly', 'manual')),
      run_key text constraint health_runs_run_key_key unique,
      status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
      total integer not null default 0,
      done integer not null default 0,
      cursor uuid,
      error text,
      requested_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  await sql`create index health_runs_open_idx on health_runs (created_at) where status in ('queued', 'running')`.execute(
    db,
  );

  // What moved a score: per measure, value before and after and the change in contribution, largest first.
  await sql`
    create or replace function tend_health_change(old_measures jsonb, new_measures jsonb) returns jsonb
    language sql immutable as $$
      select coalesce(jsonb_agg(jsonb_build_object(
          'key', n.m->>'key', 'from', o.m->'value', 'to', n.m->'value',
          'delta', round((coalesce((n.m->>'contribution')::float8, 0)
            - coalesce((o.m->>'contribution')::float8, 0))::numeric, 1))
        order by abs(coalesce((n.m->>'contribution')::float8, 0) - coalesce((o.m->>'contribution')::float8, 0)) desc),
        '[]'::jsonb)
      from jsonb_array_elements(new_measures) as n(m)
      left join jsonb_array_elements(coalesce(old_measures, '[]'::jsonb)) as o(m) on o.m->>'key' = n.m->>'key'
      where (n.m->'value') is distinct from (o.m->'value')
        or round(coalesce((n.m->>'contribution')::float8, 0)::numeric, 1)
          <> round(coalesce((o.m->>'contribution')::float8, 0)::numeric, 1)
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'health_runs',
    'health_dirty',
    'health_alerts',
    'health_history',
    'account_health',
    'scorecards',
    'csm_sentiments',
    'support_tickets',
    'survey_responses',
  ])
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  await sql`drop function if exists tend_health_change(jsonb, jsonb)`.execute(db);
}
