import type { Contract, CreateContractInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { rederiveAccountRevenue } from '../revenue/rederive-account-revenue.ts';
import { CONTRACT_COLUMNS, toContract } from './contracts.ts';

/** A contract without a currency is in its account's currency. */
export async function createContract(
  db: Db,
  actor: Actor,
  accountId: string,
  input: CreateContractInput,
): Promise<Contract> {
  return db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('accounts')
      .select('currency')
      .where('id', '=', accountId)
      .forUpdate()
      .executeTakeFirst();
    if (!account) throw notFound('Account');
    const row = await trx
      .insertInto('contracts')
      .values({ ...input, currency: input.currency ?? account.currency, account_id: accountId })
      .returning(CONTRACT_COLUMNS)
      .executeTakeFirstOrThrow();
    const contract = toContract(row);
    await markHealthDirty(trx, [accountId]);
    await rederiveAccountRevenue(trx, [accountId]);
    await recordAudit(trx, actor, {
      action: 'contract.created',
      entityType: 'contract',
      entityId: contract.id,
      after: contract,
    });
    return contract;
  });
}
