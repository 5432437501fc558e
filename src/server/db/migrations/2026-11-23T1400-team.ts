// Frozen once landed: change the schema with a new migration file, never by editing this one.
// The CS team: roster (one row per employment spell, so people who leave and return keep both spells),
// career ladder, promotions, private career notes, KPI goals, pulse survey, and hiring.
import { type Kysely, sql } from 'kysely';
import { BUILTIN_LADDER, BUILTIN_QUESTIONS } from './2026-11-23T1400-team.content.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table career_levels (
      id uuid primary key default tend_uuid7(),
      track text not null check (track in ('ic', 'manager')),
      level integer not null check (level between 1 and 20),
      title text not null,
      expectations text not null default '',
      competencies text[] not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint career_levels_track_level_key unique (track, level)
    )`.execute(db);

  await sql`
    create table team_members (
      id uuid primary key default tend_uuid7(),
      user_id uuid references users(id) on delete set null,
      name text not null,
      email text,
      title text not null,
      track text not null check (track in ('ic', 'manager')),
      level integer not null check (level between 1 and 20),
      manager_id uuid references team_members(id) on delete set null,
      location text,
      time_zone text,
      start_date date not null,
      ramp_done_on date,
      end_date date,
      exit_kind text check (exit_kind in ('voluntary', 'involuntary', 'internal_move')),
      exit_reason text,
      exit_destination text,
      hire_kind text not null default 'external' check (hire_kind in ('external', 'internal')),
      hire_source text,
      requisition_id uuid,
      previous_member_id uuid references team_members(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint team_members_end_after_start check (end_date is null or end_date >= start_date),
      constraint team_members_ramp_after_start check (ramp_done_on is null or ramp_done_on >= start_date),
      constraint team_members_exit_kind check ((end_date is null) = (exit_kind is null)),
      check (manager_id is null or manager_id <> id)
    )`.execute(db);
  // One current spell per login; former spells of the same person keep their user_id for history.
  await sql`create unique index team_members_current_user_key on team_members (user_id) where end_date is null`.execute(
    db,
  );
  await sql`create index team_members_manager_idx on team_members (manager_id)`.execute(db);
  await sql`create index team_members_user_idx on team_members (user_id)`.execute(db);

  await sql`
    create table promotions (
      id uuid primary key default tend_uuid7(),
      member_id uuid not null references team_members(id) on delete cascade,
      effective_on date not null,
      from_title text not null,
      to_title text not null,
      from_track text not null,
      to_track text not null,
      from_level integer not null,
      to_level integer not null,
      note text,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index promotions_member_idx on promotions (member_id, effective_on)`.execute(db);

  await sql`
    create table career_notes (
      id uuid primary key default tend_uuid7(),
      member_id uuid not null references team_members(id) on delete cascade,
      author_id uuid references users(id) on delete set null,
      conversation_on date not null,
      body text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index career_notes_member_idx on career_notes (member_id, conversation_on desc)`.execute(
    db,
  );

  await sql`
    create table kpi_goals (
      id uuid primary key default tend_uuid7(),
      member_id uuid not null references team_members(id) on delete cascade,
      quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      metric text not null check (metric in ('grr', 'nrr', 'churned_arr', 'renewals_on_time')),
      target numeric not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint kpi_goals_member_quarter_metric_key unique (member_id, quarter, metric)
    )`.execute(db);

  await sql`
    create table pulse_responses (
      id uuid primary key default tend_uuid7(),
      member_id uuid not null references team_members(id) on delete cascade,
      period text not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
      growth integer not null check (growth between 1 and 5),
      clarity integer not null check (clarity between 1 and 5),
      support integer not null check (support between 1 and 5),
      created_at timestamptz not null default now(),
      constraint pulse_responses_member_period_key unique (member_id, period)
    )`.execute(db);

  await createHiringTables(db);
  await sql`
    alter table team_members add constraint team_members_requisition_fk
    foreign key (requisition_id) references requisitions(id) on delete set null`.execute(db);

  for (const table of [
    'career_levels',
    'team_members',
    'career_notes',
    'kpi_goals',
    'requisitions',
    'candidates',
  ]) {
    await sql`
      create trigger ${sql.raw(`${table}_touch`)} before update on ${sql.raw(table)}
      for each row execute function tend_touch_updated_at()`.execute(db);
  }
  await seedContent(db);
}

async function createHiringTables(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table interview_questions (
      id uuid primary key default tend_uuid7(),
      key text constraint interview_questions_key_key unique,
      competency text not null,
      builtin boolean not null default false,
      prompt jsonb not null,
      strong_answer jsonb not null,
      weak_answer jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table requisitions (
      id uuid primary key default tend_uuid7(),
      title text not null,
      track text not null check (track in ('ic', 'manager')),
      level integer not null check (level between 1 and 20),
      kind text not null check (kind in ('new', 'backfill')),
      backfill_for uuid references team_members(id) on delete set null,
      hiring_manager_id uuid not null references users(id),
      interviewer_ids uuid[] not null default '{}',
      status text not null default 'open' check (status in ('open', 'on_hold', 'filled', 'closed')),
      opened_on date not null,
      filled_on date,
      mission text not null default '',
      outcomes text[] not null default '{}',
      competencies jsonb not null default '[]',
      stages jsonb not null default '[]',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint requisitions_filled_after_opened check (filled_on is null or filled_on >= opened_on)
    )`.execute(db);
  await sql`create index requisitions_status_idx on requisitions (status, opened_on)`.execute(db);

  await sql`
    create table candidates (
      id uuid primary key default tend_uuid7(),
      requisition_id uuid not null references requisitions(id) on delete cascade,
      name text not null,
      email text,
      source text not null default 'inbound',
      internal boolean not null default false,
      stage text not null default 'applied'
        check (stage in ('applied', 'screen', 'interview', 'references', 'offer', 'hired', 'rejected', 'withdrawn')),
      offer_made_on date,
      member_id uuid references team_members(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index candidates_requisition_idx on candidates (requisition_id, created_at)`.execute(db);

  await sql`
    create table evaluations (
      id uuid primary key default tend_uuid7(),
      candidate_id uuid not null references candidates(id) on delete cascade,
      interviewer_id uuid not null references users(id),
      stage_key text not null,
      scores jsonb not null,
      recommendation text not null check (recommendation in ('strong_no', 'no', 'yes', 'strong_yes')),
      notes text not null default '',
      submitted_at timestamptz not null default now(),
      constraint evaluations_candidate_interviewer_stage_key unique (candidate_id, interviewer_id, stage_key)
    )`.execute(db);

  await sql`
    create table reference_checks (
      id uuid primary key default tend_uuid7(),
      candidate_id uuid not null references candidates(id) on delete cascade,
      referee_name text not null,
      relationship text not null default '',
      summary text not null default '',
      recommendation text not null check (recommendation in ('positive', 'mixed', 'negative')),
      checked_by uuid references users(id) on delete set null,
      checked_on date not null,
      created_at timestamptz not null default now()
    )`.execute(db);
}

/** Product content every install has: the default career ladder and the CS interview question bank. */
async function seedContent(db: Kysely<unknown>): Promise<void> {
  // One statement each: first starts (and tests) pay for statements, not rows.
  const levels = BUILTIN_LADDER.map(
    (l) => sql`(${l.track}, ${l.level}, ${l.title}, ${l.expectations}, ${[...l.competencies]})`,
  );
  await sql`
    insert into career_levels (track, level, title, expectations, competencies)
    values ${sql.join(levels)}`.execute(db);
  const questions = BUILTIN_QUESTIONS.map(
    (q) =>
      sql`(${q.key}, ${q.competency}, true, ${JSON.stringify(q.prompt)}::jsonb, ${JSON.stringify(q.strong)}::jsonb,
           ${JSON.stringify(q.weak)}::jsonb)`,
  );
  await sql`
    insert into interview_questions (key, competency, builtin, prompt, strong_answer, weak_answer)
    values ${sql.join(questions)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table team_members drop constraint if exists team_members_requisition_fk`.execute(db);
  for (const t of [
    'reference_checks',
    'evaluations',
    'candidates',
    'requisitions',
    'interview_questions',
    'pulse_responses',
    'kpi_goals',
    'career_notes',
    'promotions',
    'team_members',
    'career_levels',
  ]) {
    await sql`drop table if exists ${sql.raw(t)} cascade`.execute(db);
  }
}
