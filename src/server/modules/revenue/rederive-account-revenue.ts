import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { createDueRenewals } from './create-due-renewals.ts';
import { deriveArrMovements } from './derive-arr-movements.ts';

/**
 * What a contract change means for revenue, inside the transaction of the change: the accounts' ARR
 * movements are rebuilt, their open renewals follow the contract's new end and ARR, and renewals that
 * have come due are opened.
 */
export async function rederiveAccountRevenue(trx: Db, accountIds: readonly string[]): Promise<void> {
  await deriveArrMovements(trx, accountIds);
  await sql`
    update opportunities o set close_date = k.end_date, renewable_amount = k.arr, currency = k.currency
    from contracts k
    where o.contract_id = k.id and o.kind = 'renewal' and o.stage in ('open', 'negotiation')
      and k.account_id = any(${[...accountIds]}::uuid[])
      and (o.close_date, o.renewable_amount, o.currency) is distinct from (k.end_date, k.arr, k.currency)`.execute(
    trx,
  );
  await createDueRenewals(trx, { accountIds });
}
