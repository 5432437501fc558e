import type { Opportunity } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { getRevenueSettings } from './revenue-settings.ts';

export function selectOpportunities(db: Db) {
  return db
    .selectFrom('opportunities as o')
    .innerJoin('accounts as a', 'a.id', 'o.account_id')
    .select([
      'o.id',
      'o.account_id',
      'a.name as account_name',
      'o.contract_id',
      'o.kind',
      'o.stage',
      'o.forecast_category',
      'o.amount',
      'o.renewable_amount',
      'o.currency',
      'o.close_date',
      'o.reason_code',
      'o.notes',
      'o.owner_id',
      'o.created_at',
      'o.updated_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectOpportunities>['executeTakeFirstOrThrow']>>;

export function toOpportunity(row: Row): Opportunity {
  return {
    ...row,
    kind: row.kind as Opportunity['kind'],
    stage: row.stage as Opportunity['stage'],
    forecast_category: row.forecast_category as Opportunity['forecast_category'],
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export async function getOpportunity(db: Db, id: string): Promise<Opportunity> {
  const row = await selectOpportunities(db).where('o.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Opportunity');
  return toOpportunity(row);
}

/** A lost deal is forecast as lost and says why; reason codes come from the configured list. */
export async function checkOutcome(
  db: Db,
  o: Pick<Opportunity, 'stage' | 'forecast_category' | 'reason_code'>,
): Promise<Pick<Opportunity, 'forecast_category'>> {
  const { reason_codes } = await getRevenueSettings(db);
  if (o.reason_code !== null && !reason_codes.includes(o.reason_code)) {
    throw new AppError('validation_failed', 'Unknown reason code', [
      { path: ['reason_code'], message: `must be one of: ${reason_codes.join(', ')}` },
    ]);
  }
  if (o.stage === 'lost' && o.reason_code === null) {
    throw new AppError('validation_failed', 'A lost opportunity needs a reason code', [
      { path: ['reason_code'], message: 'is required when the stage is lost' },
    ]);
  }
  return { forecast_category: o.stage === 'lost' ? 'lost' : o.forecast_category };
}
