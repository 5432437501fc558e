// Frozen once landed: change the schema with a new migration file, never by editing this one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Rates into the company currency, by effective date: 1 major unit of `currency` = `rate` major units of
  // the company currency. `exponent` is the currency's minor-unit digits (KRW 0, USD 2), so conversions of
  // integer minor units stay exact for currencies with different minor units.
  await sql`
    create table exchange_rates (
      id uuid primary key default tend_uuid7(),
      currency char(3) not null,
      effective_date date not null,
      rate numeric(24, 12) not null check (rate > 0),
      exponent smallint not null check (exponent between 0 and 4),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint exchange_rates_currency_date_key unique (currency, effective_date)
    )`.execute(db);

  // Minor units of `to` for one minor unit of `from` on `day`: the latest rate on or before the day, else
  // the earliest one (history older than the first rate is converted at it). Null when a rate is missing.
  await sql`
    create or replace function tend_fx(from_currency text, to_currency text, day date, company text,
      company_exponent int) returns numeric language sql stable as $$
      with side(currency) as (values (from_currency), (to_currency)),
      r as (
        select s.currency,
          case when s.currency = company then 1::numeric else
            (select x.rate * power(10::numeric, company_exponent - x.exponent) from exchange_rates x
              where x.currency = s.currency
              order by (x.effective_date <= day) desc,
                case when x.effective_date <= day then x.effective_date end desc, x.effective_date
              limit 1) end as to_company
        from side s
      )
      select case when from_currency = to_currency then 1::numeric else
        (select to_company from r where currency = from_currency)
          / nullif((select to_company from r where currency = to_currency), 0) end
    $$`.execute(db);

  // Derived from contracts by derive-arr-movements.ts, never written by hand. `amount` is signed, in the
  // account's currency; `amount_company` in the company currency (each contract converted at its start
  // date's rate, so a contract's start and end cancel exactly and FX moves never look like churn).
  await sql`
    create table arr_movements (
      id bigint generated always as identity primary key,
      account_id uuid not null references accounts(id) on delete cascade,
      date date not null,
      kind text not null check (kind in ('new', 'expansion', 'contraction', 'churn', 'reactivation')),
      amount bigint not null,
      currency char(3) not null,
      arr_before bigint not null,
      arr_after bigint not null,
      amount_company bigint not null,
      -- The account's ARR in the company currency before this movement: a period's starting ARR per account
      -- is read from its first movement in the period, without a running sum over its history.
      arr_before_company bigint not null,
      rate_missing boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index arr_movements_account_idx on arr_movements (account_id, date)`.execute(db);
  await sql`create index arr_movements_missing_idx on arr_movements (currency) where rate_missing`.execute(
    db,
  );
  await sql`create index arr_movements_date_idx on arr_movements (date) include (account_id, kind, amount_company)`.execute(
    db,
  );

  await sql`
    create table opportunities (
      id uuid primary key default tend_uuid7(),
      account_id uuid not null references accounts(id) on delete cascade,
      contract_id uuid references contracts(id) on delete set null,
      kind text not null check (kind in ('renewal', 'expansion')),
      stage text not null default 'open' check (stage in ('open', 'negotiation', 'won', 'lost')),
      forecast_category text not null default 'best_case'
        check (forecast_category in ('commit', 'best_case', 'at_risk', 'lost')),
      amount bigint not null check (amount >= 0),
      renewable_amount bigint not null default 0 check (renewable_amount >= 0),
      currency char(3) not null,
      close_date date not null,
      reason_code text,
      notes text,
      owner_id uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // One renewal per contract end: create-due-renewals.ts relies on it to be idempotent.
  await sql`create unique index opportunities_renewal_key on opportunities (contract_id) where kind = 'renewal'`.execute(
    db,
  );
  await sql`create index opportunities_close_idx on opportunities (close_date)`.execute(db);
  await sql`create index opportunities_account_idx on opportunities (account_id)`.execute(db);

  for (const table of ['exchange_rates', 'opportunities']) {
    await sql`
      create trigger ${sql.raw(`${table}_touch`)} before update on ${sql.raw(table)}
      for each row execute function tend_touch_updated_at()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['opportunities', 'arr_movements', 'exchange_rates']) {
    await sql`drop table if exists ${sql.raw(t)} cascade`.execute(db);
  }
  await sql`drop function if exists tend_fx`.execute(db);
}
