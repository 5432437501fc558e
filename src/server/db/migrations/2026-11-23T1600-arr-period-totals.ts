// Frozen once landed: change the schema with a new migration file, never by editing this one.
// Whole-book retention and waterfall sums per calendar month, quarter and year, kept by triggers on
// arr_movements in the transaction that writes the movements. The metrics read a few hundred rows instead of
// re-grouping every movement (docs/performance.md, metrics).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Money in minor units of the company currency. The movement sums (new … churn) are positive; the net_*
  // columns, churned_arr and the logo counts net each account over the period, as the retention metrics do.
  await sql`
    create table arr_period_totals (
      id bigint generated always as identity primary key,
      interval text not null check (interval in ('month', 'quarter', 'year')),
      period date not null,
      delta bigint not null default 0,
      new bigint not null default 0,
      reactivation bigint not null default 0,
      expansion bigint not null default 0,
      contraction bigint not null default 0,
      churn bigint not null default 0,
      net_expansion bigint not null default 0,
      net_contraction bigint not null default 0,
      churned_arr bigint not null default 0,
      churned_logos integer not null default 0,
      gained_logos integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (interval, period)
    )`.execute(db);

  // arr_movements is only ever written a whole account at a time (derive-arr-movements.ts deletes and
  // re-inserts all of an account's movements; deleting an account cascades to all of them), so a statement's
  // transition table holds every movement of each account it touches: its contribution per period is exact,
  // and a delete subtracts precisely what the insert added. Writers take the table lock first, in one order,
  // so concurrent contract changes on the server queue up instead of deadlocking over the period rows.
  // The contribution of a set of movements (a transition table, or arr_movements itself for the backfill),
  // as the statement that adds it; sign -1 subtracts it. Built as text because transition tables are visible
  // only to the trigger function's own statements.
  await sql`
    create function tend_arr_period_totals_sql(source text, sign int) returns text language sql immutable as $f$
      select format($q$
        with per_account as (
          select i.interval, date_trunc(i.interval, m.date::timestamp)::date as period,
            sum(m.amount_company) as d,
            (min(array[(m.date - date '2000-01-01')::bigint, m.id, m.arr_before_company]))[3] as s,
            coalesce(sum(m.amount_company) filter (where m.kind = 'new'), 0) as new,
            coalesce(sum(m.amount_company) filter (where m.kind = 'reactivation'), 0) as reactivation,
            coalesce(sum(m.amount_company) filter (where m.kind = 'expansion'), 0) as expansion,
            coalesce(-sum(m.amount_company) filter (where m.kind = 'contraction'), 0) as contraction,
            coalesce(-sum(m.amount_company) filter (where m.kind = 'churn'), 0) as churn
          from %I m cross join (values ('month'), ('quarter'), ('year')) as i(interval)
          group by i.interval, period, m.account_id
        )
        insert into arr_period_totals as t (interval, period, delta, new, reactivation, expansion, contraction,
          churn, net_expansion, net_contraction, churned_arr, churned_logos, gained_logos)
        select interval, period, %2$s * sum(d), %2$s * sum(new), %2$s * sum(reactivation), %2$s * sum(expansion),
          %2$s * sum(contraction), %2$s * sum(churn),
          %2$s * coalesce(sum(d) filter (where s > 0 and d > 0), 0),
          %2$s * coalesce(-sum(d) filter (where s > 0 and d < 0 and s + d > 0), 0),
          %2$s * coalesce(sum(s) filter (where s > 0 and s + d = 0), 0),
          %2$s * count(*) filter (where s > 0 and s + d = 0),
          %2$s * count(*) filter (where s = 0 and s + d > 0)
        from per_account group by interval, period order by interval, period
        on conflict (interval, period) do update set
          delta = t.delta + excluded.delta, new = t.new + excluded.new,
          reactivation = t.reactivation + excluded.reactivation, expansion = t.expansion + excluded.expansion,
          contraction = t.contraction + excluded.contraction, churn = t.churn + excluded.churn,
          net_expansion = t.net_expansion + excluded.net_expansion,
          net_contraction = t.net_contraction + excluded.net_contraction,
          churned_arr = t.churned_arr + excluded.churned_arr,
          churned_logos = t.churned_logos + excluded.churned_logos,
          gained_logos = t.gained_logos + excluded.gained_logos, updated_at = now()
      $q$, source, sign)
    $f$`.execute(db);
  await sql`
    create function tend_arr_period_totals() returns trigger language plpgsql as $$
    begin
      lock table arr_period_totals in share row exclusive mode;
      execute tend_arr_period_totals_sql(
        case when tg_op = 'INSERT' then 'new_movements' else 'old_movements' end,
        case when tg_op = 'INSERT' then 1 else -1 end);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger arr_movements_totals_insert after insert on arr_movements
    referencing new table as new_movements for each statement execute function tend_arr_period_totals()`.execute(
    db,
  );
  await sql`
    create trigger arr_movements_totals_delete after delete on arr_movements
    referencing old table as old_movements for each statement execute function tend_arr_period_totals()`.execute(
    db,
  );
  await sql`
    create function tend_arr_movements_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'TRUNCATE' then
        delete from arr_period_totals;
        return null;
      end if;
      raise exception 'arr_movements are derived: delete and re-insert an account''s movements, never update them';
    end $$`.execute(db);
  await sql`
    create trigger arr_movements_no_update before update on arr_movements
    for each statement execute function tend_arr_movements_frozen()`.execute(db);
  await sql`
    create trigger arr_movements_truncate after truncate on arr_movements
    for each statement execute function tend_arr_movements_frozen()`.execute(db);

  // Movements that exist already (an upgrade): their totals, as the insert trigger would have added them.
  await sql`do $$ begin execute tend_arr_period_totals_sql('arr_movements', 1); end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists arr_movements_totals_insert on arr_movements`.execute(db);
  await sql`drop trigger if exists arr_movements_totals_delete on arr_movements`.execute(db);
  await sql`drop trigger if exists arr_movements_no_update on arr_movements`.execute(db);
  await sql`drop trigger if exists arr_movements_truncate on arr_movements`.execute(db);
  await sql`drop function if exists tend_arr_period_totals()`.execute(db);
  await sql`drop function if exists tend_arr_period_totals_sql(text, int)`.execute(db);
  await sql`drop function if exists tend_arr_movements_frozen()`.execute(db);
  await sql`drop table if exists arr_period_totals`.execute(db);
}
