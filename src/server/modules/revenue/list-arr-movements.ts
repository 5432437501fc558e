import type { ArrMovement } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

/** An account's ARR history, oldest first (an account has a few movements a year). */
export async function listArrMovements(db: Db, accountId: string): Promise<ArrMovement[]> {
  const account = await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  if (!account) throw notFound('Account');
  const rows = await db
    .selectFrom('arr_movements')
    .select([
      'id',
      'account_id',
      'date',
      'kind',
      'amount',
      'currency',
      'arr_before',
      'arr_after',
      'amount_company',
      'rate_missing',
    ])
    .where('account_id', '=', accountId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as ArrMovement['kind'] }));
}
