import type { RevenueSettings } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';

const KEY = 'revenue';

// Reason codes CS leaders report churn and downgrades by; an admin edits the list in Settings.
export const DEFAULT_REVENUE_SETTINGS: RevenueSettings = {
  company_currency: 'USD',
  renewal_lead_days: 120,
  reason_codes: [
    'budget_cut',
    'no_adoption',
    'champion_left',
    'competitor',
    'acquired',
    'product_gap',
    'went_out_of_business',
    'downsized_team',
  ],
};

export async function getRevenueSettings(db: Db): Promise<RevenueSettings> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', KEY).executeTakeFirst();
  return { ...DEFAULT_REVENUE_SETTINGS, ...(row?.value as Partial<RevenueSettings> | undefined) };
}

export async function storeRevenueSettings(db: Db, settings: RevenueSettings): Promise<void> {
  await db
    .insertInto('app_settings')
    .values({ key: KEY, value: JSON.stringify(settings) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(settings), updated_at: new Date() }),
    )
    .execute();
}

/** Minor-unit digits of a currency (USD 2, KRW 0, BHD 3), as ISO 4217 and Intl define them. */
export function currencyExponent(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}
