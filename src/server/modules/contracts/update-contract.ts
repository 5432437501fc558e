import type { Contract, UpdateContractInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { rederiveAccountRevenue } from '../revenue/rederive-account-revenue.ts';
import { CONTRACT_COLUMNS, getContract, toContract } from './contracts.ts';

export async function updateContract(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateContractInput,
): Promise<Contract> {
  return db.transaction().execute(async (trx) => {
    const before = await getContract(trx, id);
    if (Object.keys(input).length === 0) return before;
    // The dates are checked together: a PATCH may change only one of them.
    const start = input.start_date ?? before.start_date;
    const end = input.end_date ?? before.end_date;
    if (end < start) {
      throw new AppError('validation_failed', 'end_date must not be before start_date', [
        { path: ['end_date'], message: 'must not be before start_date' },
      ]);
    }
    const row = await trx
      .updateTable('contracts')
      .set(input)
      .where('id', '=', id)
      .returning(CONTRACT_COLUMNS)
      .executeTakeFirstOrThrow();
    const after = toContract(row);
    await markHealthDirty(trx, [after.account_id]);
    await rederiveAccountRevenue(trx, [after.account_id]);
    await recordAudit(trx, actor, {
      action: 'contract.updated',
      entityType: 'contract',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
