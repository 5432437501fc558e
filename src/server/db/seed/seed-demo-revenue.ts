import { sql } from 'kysely';
import { createDueRenewals } from '../../modules/revenue/create-due-renewals.ts';
import { deriveArrMovements } from '../../modules/revenue/derive-arr-movements.ts';
import type { Db } from '../client.ts';

// Rates into USD (the default company currency) over three years; KRW has no minor unit.
const RATES: [string, number, [string, number][]][] = [
  [
    'EUR',
    2,
    [
      ['2024-01-01', 1.09],
      ['2025-01-01', 1.04],
      ['2026-01-01', 1.16],
    ],
  ],
  [
    'GBP',
    2,
    [
      ['2024-01-01', 1.27],
      ['2025-01-01', 1.25],
      ['2026-01-01', 1.34],
    ],
  ],
  [
    'KRW',
    0,
    [
      ['2024-01-01', 0.00076],
      ['2025-01-01', 0.00068],
      ['2026-01-01', 0.00071],
    ],
  ],
];

/** A number in [0, 1) from a text: the demo's SQL draws from account names, which the seed makes alike. */
const draw = (salt: string) =>
  sql.raw(`(abs(('x' || substr(md5(a.name || '${salt}'), 1, 8))::bit(32)::int)::numeric / 2147483648)`);

/**
 * Two years of contract history on top of the demo's current terms, all set-based: an earlier term,
 * mid-term add-ons (expansion), renewals at a lower price (contraction), churned customers and win-backs.
 * Then the movements are derived and the renewal pipeline opened, as contract changes would.
 */
export async function seedDemoRevenue(db: Db, today: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('exchange_rates')
      .values(
        RATES.flatMap(([currency, exponent, rates]) =>
          rates.map(([effective_date, rate]) => ({ currency, exponent, effective_date, rate })),
        ),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    await sql`
      insert into contracts (account_id, product, start_date, end_date, arr, currency, status)
      select k.account_id, k.product, (k.start_date - interval '1 year')::date, k.start_date - 1,
        round(k.arr * (0.7 + 0.3 * ${draw('earlier-arr')})), k.currency, 'expired'
      from contracts k join accounts a on a.id = k.account_id
      where k.status = 'expired' and ${draw('earlier')} < 0.7`.execute(trx);
    // Some renewals went down: the term before was bigger.
    await sql`
      update contracts k set arr = round(k.arr * (1.1 + 0.3 * ${draw('down-arr')}))
      from accounts a where a.id = k.account_id and k.status = 'expired' and ${draw('down')} < 0.18`.execute(
      trx,
    );
    await sql`
      insert into contracts (account_id, product, start_date, end_date, arr, currency, status)
      select k.account_id, 'Add-on seats', k.start_date + (60 + (150 * ${draw('addon-day')})::int), k.end_date,
        round(k.arr * (0.1 + 0.2 * ${draw('addon-arr')})), k.currency, k.status
      from contracts k join accounts a on a.id = k.account_id
      where k.status in ('active', 'expired') and k.product <> 'Add-on seats' and k.end_date - k.start_date > 300
        and ${draw('addon')} < 0.22`.execute(trx);
    // Most churned customers ran their last term to its end and did not renew; a few came back later.
    await sql`
      update contracts k set status = 'expired' from accounts a
      where a.id = k.account_id and a.lifecycle_stage = 'churned' and k.status = 'cancelled' and ${draw('ran')} < 0.85`.execute(
      trx,
    );
    await sql`
      insert into contracts (account_id, product, start_date, end_date, arr, currency, status)
      select a.id, 'Platform', a.renewal_date + 21, a.renewal_date + 385, round(a.arr * 0.6), a.currency, 'active'
      from accounts a
      where a.lifecycle_stage = 'churned' and a.arr > 0 and a.renewal_date + 21 <= ${today}::date
        and ${draw('back')} < 0.15`.execute(trx);
    await deriveArrMovements(trx, 'all');
    await seedPastRenewals(trx, today);
    await createDueRenewals(trx, { today });
    // Expansion deals CSMs are working: a share of active customers, closing over the next five months.
    await sql`
      insert into opportunities (account_id, kind, stage, forecast_category, amount, currency, close_date, owner_id)
      select a.id, 'expansion', case when ${draw('exp-stage')} < 0.3 then 'negotiation' else 'open' end,
        case when ${draw('exp-cat')} < 0.4 then 'commit' else 'best_case' end,
        round(a.arr * (0.1 + 0.25 * ${draw('exp-arr')})), a.currency, ${today}::date + (10 + (140 * ${draw('exp-day')})::int),
        a.owner_id
      from accounts a
      where a.lifecycle_stage <> 'churned' and a.arr > 0 and ${draw('exp')} < 0.12`.execute(trx);
    await sql`
      update opportunities o set
        forecast_category = case when ${draw('cat')} < 0.45 then 'commit' when ${draw('cat')} < 0.8 then 'best_case' else 'at_risk' end,
        stage = case when ${draw('stage')} < 0.35 then 'negotiation' else 'open' end
      from accounts a where a.id = o.account_id and o.stage = 'open' and o.kind = 'renewal'`.execute(trx);
  });
}

/** Renewals of the last nine months, closed: won when a later contract continued the term, else lost. */
async function seedPastRenewals(trx: Db, today: string) {
  await sql`
    insert into opportunities (account_id, contract_id, kind, stage, forecast_category, amount, renewable_amount,
      currency, close_date, reason_code, owner_id)
    select k.account_id, k.id, 'renewal', case when n.arr is null then 'lost' else 'won' end,
      case when n.arr is null then 'lost' else 'commit' end, coalesce(n.arr, 0), k.arr, k.currency, k.end_date,
      case when n.arr is null then (array['budget_cut', 'no_adoption', 'champion_left', 'competitor', 'acquired'])[1 + (5 * ${draw('reason')})::int % 5]
        when n.arr < k.arr then 'downsized_team' end,
      a.owner_id
    from contracts k join accounts a on a.id = k.account_id
    left join lateral (
      select sum(x.arr) as arr from contracts x
      where x.account_id = k.account_id and x.status in ('active', 'expired') and x.start_date = k.end_date + 1
    ) n on true
    where k.status in ('active', 'expired') and k.product <> 'Add-on seats'
      and k.end_date between ${today}::date - 270 and ${today}::date - 1
    on conflict (contract_id) where kind = 'renewal' do nothing`.execute(trx);
}
