import type { Contract } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

export const CONTRACT_COLUMNS = [
  'id',
  'account_id',
  'product',
  'start_date',
  'end_date',
  'arr',
  'currency',
  'status',
  'created_at',
  'updated_at',
] as const;

type ContractRow = {
  id: string;
  account_id: string;
  product: string;
  start_date: string;
  end_date: string;
  arr: number;
  currency: string;
  status: string;
  created_at: Date;
  updated_at: Date;
};

export function toContract(row: ContractRow): Contract {
  return {
    ...row,
    status: row.status as Contract['status'],
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export async function getContract(db: Db, id: string): Promise<Contract> {
  const row = await db
    .selectFrom('contracts')
    .select(CONTRACT_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Contract');
  return toContract(row);
}
