import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { currencyExponent, getRevenueSettings } from './revenue-settings.ts';

/**
 * Rebuilds the ARR movements of these accounts (or of all) from their contracts, in one statement, so a
 * backdated correction re-derives the whole history. Call it inside the transaction of the contract change.
 *
 * An account's ARR on a day is the sum of its draft-free, uncancelled contracts running that day (start to
 * end date inclusive); each change of that level is a movement: from zero to more is `new` (the first
 * time) or `reactivation`, to zero is `churn`, up is `expansion`, down is `contraction`.
 */
export async function deriveArrMovements(trx: Db, accountIds: readonly string[] | 'all'): Promise<void> {
  if (accountIds !== 'all' && accountIds.length === 0) return;
  const settings = await getRevenueSettings(trx);
  const company = settings.company_currency;
  const exponent = currencyExponent(company);
  const ids = accountIds === 'all' ? null : [...accountIds];
  const scope = ids ? sql`account_id = any(${ids}::uuid[])` : sql`true`;
  const contractScope = ids ? sql`k.account_id = any(${ids}::uuid[])` : sql`true`;
  await sql`delete from arr_movements where ${scope}`.execute(trx);
  await sql`
    with c as (
      select k.account_id, a.currency, k.start_date, k.end_date + 1 as stop_date,
        round(k.arr * tend_fx(k.currency, a.currency, k.start_date, ${company}, ${exponent}))::bigint as arr_account,
        round(k.arr * coalesce(tend_fx(k.currency, ${company}, k.start_date, ${company}, ${exponent}), 1))::bigint
          as arr_company,
        tend_fx(k.currency, ${company}, k.start_date, ${company}, ${exponent}) is null as rate_missing
      from contracts k join accounts a on a.id = k.account_id
      where k.status in ('active', 'expired') and ${contractScope}
    ),
    -- A contract in a currency with no rate to the account's is counted 1:1 and flagged, never dropped.
    deltas as (
      select account_id, currency, start_date as day, coalesce(arr_account, arr_company) as d, arr_company as dc,
        rate_missing or arr_account is null as rate_missing
      from c
      union all
      select account_id, currency, stop_date, -coalesce(arr_account, arr_company), -arr_company,
        rate_missing or arr_account is null
      from c
    ),
    points as (
      select account_id, currency, day, sum(d) as d, sum(dc) as dc, bool_or(rate_missing) as rate_missing
      from deltas group by account_id, currency, day
    ),
    levels as (
      select account_id, currency, day, rate_missing, dc,
        sum(d) over w as after, sum(d) over w - d as before,
        sum(dc) over w as after_company
      from points window w as (partition by account_id order by day)
    ),
    steps as (
      select *, bool_or(after > 0) over (partition by account_id order by day
        rows between unbounded preceding and 1 preceding) as was_customer
      from levels
    )
    insert into arr_movements
      (account_id, date, kind, amount, currency, arr_before, arr_after, amount_company, arr_before_company, rate_missing)
    select account_id, day,
      case
        when before = 0 and after > 0 then case when coalesce(was_customer, false) then 'reactivation' else 'new' end
        when after = 0 and before > 0 then 'churn'
        when after > before or (after = before and dc > 0) then 'expansion'
        else 'contraction'
      end,
      after - before, currency, before, after, dc, after_company - dc, rate_missing
    from steps
    where after <> before or dc <> 0`.execute(trx);
}
