import type { Contract } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { CONTRACT_COLUMNS, toContract } from './contracts.ts';

export async function listContracts(db: Db, accountId: string): Promise<Contract[]> {
  const account = await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  if (!account) throw notFound('Account');
  const rows = await db
    .selectFrom('contracts')
    .select(CONTRACT_COLUMNS)
    .where('account_id', '=', accountId)
    .orderBy('start_date', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toContract);
}
