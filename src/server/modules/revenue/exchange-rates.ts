import type { ExchangeRate, UpsertExchangeRateInput } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { deriveArrMovements } from './derive-arr-movements.ts';
import { currencyExponent, getRevenueSettings } from './revenue-settings.ts';

const toRate = (r: { id: string; currency: string; effective_date: string; rate: number }): ExchangeRate => ({
  id: r.id,
  currency: r.currency,
  effective_date: r.effective_date,
  rate: Number(r.rate),
});

export async function listExchangeRates(db: Db): Promise<ExchangeRate[]> {
  const rows = await db
    .selectFrom('exchange_rates')
    .select(['id', 'currency', 'effective_date', 'rate'])
    .orderBy('currency')
    .orderBy('effective_date', 'desc')
    .execute();
  return rows.map(toRate);
}

/**
 * Sets the rate of a currency from a date on; every account's movements are re-derived in the same
 * transaction (one set-based statement), since a rate changes the company-currency side of history.
 */
export async function upsertExchangeRate(
  db: Db,
  actor: Actor,
  input: UpsertExchangeRateInput,
): Promise<ExchangeRate> {
  return db.transaction().execute(async (trx) => {
    const { company_currency } = await getRevenueSettings(trx);
    if (input.currency === company_currency) {
      throw new AppError('validation_failed', 'The company currency has no rate to itself', [
        { path: ['currency'], message: 'must differ from the company currency' },
      ]);
    }
    const values = { ...input, exponent: currencyExponent(input.currency) };
    const row = await trx
      .insertInto('exchange_rates')
      .values(values)
      .onConflict((oc) => oc.columns(['currency', 'effective_date']).doUpdateSet({ rate: input.rate }))
      .returning(['id', 'currency', 'effective_date', 'rate'])
      .executeTakeFirstOrThrow();
    await deriveArrMovements(trx, 'all');
    const rate = toRate(row);
    await recordAudit(trx, actor, {
      action: 'exchange_rate.set',
      entityType: 'exchange_rate',
      entityId: rate.id,
      after: rate,
    });
    return rate;
  });
}

export async function deleteExchangeRate(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('exchange_rates')
      .where('id', '=', id)
      .returning(['id', 'currency', 'effective_date', 'rate'])
      .executeTakeFirst();
    if (!row) throw notFound('Exchange rate');
    await deriveArrMovements(trx, 'all');
    await recordAudit(trx, actor, {
      action: 'exchange_rate.deleted',
      entityType: 'exchange_rate',
      entityId: id,
      before: toRate(row),
    });
  });
}
