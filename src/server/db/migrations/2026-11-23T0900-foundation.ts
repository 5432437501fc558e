// Frozen once landed: change the schema with a new migration file, never by editing this one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  // Time-ordered UUIDs (v7) keep primary-key indexes append-mostly.
  await sql`
    create or replace function tend_uuid7() returns uuid language sql volatile as $$
      select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
        substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
        from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
    $$`.execute(db);
  await sql`
    create or replace function tend_touch_updated_at() returns trigger language plpgsql as $$
    begin new.updated_at := now(); return new; end $$`.execute(db);

  await sql`
    create table users (
      id uuid primary key default tend_uuid7(),
      email text not null constraint users_email_key unique,
      name text not null,
      role text not null check (role in ('admin', 'cs_manager', 'csm', 'viewer')),
      locale text not null default 'en' check (locale in ('en', 'ru', 'ko', 'zh')),
      password_hash text not null,
      active boolean not null default true,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await sql`
    create table api_keys (
      id uuid primary key default tend_uuid7(),
      name text not null,
      prefix text not null,
      key_hash text not null unique,
      scopes text[] not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_type text not null check (actor_type in ('user', 'api_key', 'system')),
      actor_id text,
      actor_label text not null,
      action text not null,
      entity_type text not null,
      entity_id text,
      before jsonb,
      after jsonb
    )`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id, id desc)`.execute(db);

  await sql`
    create table accounts (
      id uuid primary key default tend_uuid7(),
      external_id text constraint accounts_external_id_key unique,
      name text not null,
      domain text,
      parent_id uuid references accounts(id) on delete set null,
      segment text,
      tier text,
      coverage_model text not null default 'pooled' check (coverage_model in ('dedicated', 'pooled', 'tech_touch')),
      lifecycle_stage text not null default 'onboarding'
        check (lifecycle_stage in ('onboarding', 'adoption', 'growth', 'renewal', 'at_risk', 'churned')),
      owner_id uuid references users(id) on delete set null,
      arr bigint not null default 0 check (arr >= 0),
      currency char(3) not null default 'USD',
      renewal_date date,
      custom jsonb not null default '{}',
      contact_count integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (parent_id is null or parent_id <> id)
    )`.execute(db);
  // Keyset pagination reads (sort key, id); search reads trigrams of name, domain and external id.
  // The sort expressions match list-accounts.ts exactly, so the planner can walk these indexes.
  const sortKeys: Record<string, string> = {
    name: `(lower(name) collate "C")`,
    arr: 'arr',
    renewal_date: `(coalesce(renewal_date, date '9999-12-31'))`,
    created_at: 'created_at',
    updated_at: 'updated_at',
  };
  for (const [key, expr] of Object.entries(sortKeys)) {
    await sql`create index ${sql.raw(`accounts_${key}_idx`)} on accounts (${sql.raw(expr)}, id)`.execute(db);
  }
  await sql`create index accounts_owner_idx on accounts (owner_id)`.execute(db);
  await sql`create index accounts_parent_idx on accounts (parent_id)`.execute(db);
  await sql`create index accounts_segment_idx on accounts (segment)`.execute(db);
  // The accounts list counts every row its filters match (`total`); without an index that is a sequential
  // scan of the table (~25 ms at 100k accounts, bench/api-latency.ts). With one, the planner counts from a
  // small index-only scan (a few ms), as long as vacuum keeps the visibility map current.
  for (const column of ['tier', 'coverage_model', 'lifecycle_stage']) {
    await sql`create index ${sql.raw(`accounts_${column}_idx`)} on accounts (${sql.raw(column)})`.execute(db);
  }
  await sql`
    create index accounts_search_idx on accounts
    using gin ((lower(name || ' ' || coalesce(domain, '') || ' ' || coalesce(external_id, ''))) gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table contacts (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      name text not null,
      email text,
      title text,
      phone text,
      role text not null default 'user'
        check (role in ('decision_maker', 'user', 'it_admin', 'champion', 'billing', 'executive_sponsor')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index contacts_account_idx on contacts (account_id, name, id)`.execute(db);
  await sql`create unique index contacts_account_email_key on contacts (account_id, email)`.execute(db);
  await sql`create index contacts_email_idx on contacts (email)`.execute(db);
  // contact_count is kept by the database so list pages never count per row.
  await sql`
    create or replace function tend_contact_count() returns trigger language plpgsql as $$
    begin
      if tg_op in ('INSERT', 'UPDATE') then
        update accounts set contact_count = contact_count + 1 where id = new.account_id;
      end if;
      if tg_op in ('DELETE', 'UPDATE') then
        update accounts set contact_count = contact_count - 1 where id = old.account_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger contacts_count after insert or delete or update of account_id on contacts
    for each row execute function tend_contact_count()`.execute(db);

  await sql`
    create table account_team (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      role text not null check (role in ('csm', 'ae', 'support', 'exec_sponsor')),
      is_primary boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint account_team_member_key unique (account_id, user_id, role)
    )`.execute(db);
  // At most one primary point of contact per account; the use-cases keep it at exactly one.
  await sql`create unique index account_team_primary_key on account_team (account_id) where is_primary`.execute(
    db,
  );
  await sql`create index account_team_user_idx on account_team (user_id)`.execute(db);

  await sql`
    create table contracts (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      product text not null,
      start_date date not null,
      end_date date not null,
      arr bigint not null check (arr >= 0),
      currency char(3) not null default 'USD',
      status text not null default 'active' check (status in ('draft', 'active', 'expired', 'cancelled')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (end_date >= start_date)
    )`.execute(db);
  await sql`create index contracts_account_idx on contracts (account_id, start_date)`.execute(db);
  await sql`create index contracts_end_idx on contracts (end_date) where status = 'active'`.execute(db);

  await sql`
    create table saved_views (
      id uuid primary key default tend_uuid7(),
      user_id uuid not null references users(id) on delete cascade,
      entity text not null default 'accounts',
      name text not null,
      query jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index saved_views_user_idx on saved_views (user_id, entity)`.execute(db);

  await sql`
    create table app_settings (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);

  for (const table of [
    'users',
    'api_keys',
    'accounts',
    'contacts',
    'account_team',
    'contracts',
    'saved_views',
  ]) {
    await sql`
      create trigger ${sql.raw(`${table}_touch`)} before update on ${sql.raw(table)}
      for each row execute function tend_touch_updated_at()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['app_settings', 'saved_views', 'contracts', 'account_team', 'contacts', 'accounts']) {
    await sql`drop table if exists ${sql.raw(t)} cascade`.execute(db);
  }
  for (const t of ['audit_log', 'api_keys', 'sessions', 'users']) {
    await sql`drop table if exists ${sql.raw(t)} cascade`.execute(db);
  }
  await sql`drop function if exists tend_contact_count, tend_touch_updated_at, tend_uuid7`.execute(db);
}
