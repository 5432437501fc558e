// Frozen once landed: change the schema with a new migration file, never by editing this one.
// Health stores numbers, not JSON. A score's per-measure explanation was a ~1.3 KB JSON document written
// to account_health and again to every history point (130 MB a day at 100k accounts); building and
// writing it was half the cost of a full recompute. Scores now keep their signature arrays (scorecard
// version, each value and measure score) and the explanation is rebuilt on read from the version's
// layout, which is stored once per scorecard version. Rows written before keep their JSON and are read
// as they are.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // layout: per measure in order, its key and weight and where its value and score sit in sig (1-based)
  // or, for choice measures, its value in sig_text.
  await sql`
    create table scorecard_versions (
      version bigint primary key,
      layout jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  // The last change of the rounded score: when, from what, and the signature (or, for rows written
  // before, the JSON) it changed from; the current signature is what it changed to.
  await sql`alter table account_health alter column measures drop not null,
    add column change_from float8, add column change_at timestamptz, add column change_old_sig float8[],
    add column change_old_sig_text text[], add column change_old_measures jsonb`.execute(db);
  await sql`alter table health_history alter column measures drop not null,
    add column sig float8[], add column sig_text text[]`.execute(db);

  // The per-measure explanation of a signature, as the JSON rows used to store it.
  await sql`
    create or replace function tend_health_measures(sig float8[], sig_text text[]) returns jsonb
    language sql stable as $$
      select jsonb_agg(jsonb_build_object('key', e.l->>'key',
          'value', case when e.l ? 'text' then to_jsonb(sig_text[(e.l->>'text')::int])
            else to_jsonb(round(sig[(e.l->>'value')::int]::numeric, 2)) end,
          'score', sig[(e.l->>'score')::int], 'weight', e.l->'weight',
          'contribution', sig[(e.l->>'score')::int] * (e.l->>'weight')::float8 / nullif(w.wsum, 0))
        order by e.n)
      from scorecard_versions v
      cross join lateral (select sum((x->>'weight')::float8) filter (where sig[(x->>'score')::int] is not null) as wsum
        from jsonb_array_elements(v.layout) x) w
      cross join jsonb_array_elements(v.layout) with ordinality as e(l, n)
      where v.version = sig[1]::bigint
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists tend_health_measures(float8[], text[])`.execute(db);
  await sql`update health_history set measures = coalesce(measures, '[]'::jsonb)`.execute(db);
  await sql`update account_health set measures = coalesce(measures, '[]'::jsonb)`.execute(db);
  await sql`alter table health_history drop column sig, drop column sig_text,
    alter column measures set not null`.execute(db);
  await sql`alter table account_health alter column measures set not null, drop column change_from,
    drop column change_at, drop column change_old_sig, drop column change_old_sig_text,
    drop column change_old_measures`.execute(db);
  await sql`drop table if exists scorecard_versions`.execute(db);
}
