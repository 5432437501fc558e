import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { systemActor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getRevenueSettings } from './revenue-settings.ts';

export interface DueRenewalsOptions {
  /** The day to count from (UTC); today unless a test or the demo gives one. */
  today?: string;
  accountIds?: readonly string[];
}

/**
 * A renewal opportunity for each active contract ending within the lead time (settings), unless a later
 * contract already continues it. Idempotent: the unique index on renewals per contract makes a second run a
 * no-op, so the timer, contract changes and the demo may all call it.
 */
export async function createDueRenewals(db: Db, options: DueRenewalsOptions = {}): Promise<number> {
  // Inside a contract change it joins that transaction; on its own (the timer) it opens one.
  if (!db.isTransaction) return db.transaction().execute((trx) => createDueRenewals(trx, options));
  const { renewal_lead_days } = await getRevenueSettings(db);
  const today = options.today ? sql`${options.today}::date` : sql`current_date`;
  const scope = options.accountIds ? sql`k.account_id = any(${[...options.accountIds]}::uuid[])` : sql`true`;
  const result = await sql<{ id: string }>`
    insert into opportunities
      (account_id, contract_id, kind, amount, renewable_amount, currency, close_date, owner_id)
    select k.account_id, k.id, 'renewal', k.arr, k.arr, k.currency, k.end_date, a.owner_id
    from contracts k join accounts a on a.id = k.account_id
    where k.status = 'active' and k.end_date >= ${today} and k.end_date <= ${today} + ${renewal_lead_days}::int
      and ${scope}
      and not exists (
        select 1 from contracts n
        where n.account_id = k.account_id and n.id <> k.id and n.status in ('active', 'expired')
          and n.start_date > k.start_date and n.start_date <= k.end_date + 1 and n.end_date > k.end_date
      )
    on conflict (contract_id) where kind = 'renewal' do nothing
    returning id`.execute(db);
  if (result.rows.length > 0) {
    await recordAudit(db, systemActor('renewals'), {
      action: 'renewals.created',
      entityType: 'opportunity',
      entityId: null,
      after: { count: result.rows.length, ids: result.rows.slice(0, 100).map((r) => r.id) },
    });
  }
  return result.rows.length;
}
