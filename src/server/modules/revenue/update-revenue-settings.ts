import type { RevenueSettings } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { deriveArrMovements } from './derive-arr-movements.ts';
import { getRevenueSettings, storeRevenueSettings } from './revenue-settings.ts';

/** A new company currency re-derives every movement's company amount in the same transaction. */
export async function updateRevenueSettings(
  db: Db,
  actor: Actor,
  settings: RevenueSettings,
): Promise<RevenueSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await getRevenueSettings(trx);
    await storeRevenueSettings(trx, settings);
    if (before.company_currency !== settings.company_currency) await deriveArrMovements(trx, 'all');
    await recordAudit(trx, actor, {
      action: 'settings.revenue_updated',
      entityType: 'settings',
      entityId: 'revenue',
      before,
      after: settings,
    });
    return settings;
  });
}
