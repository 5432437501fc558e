import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { rederiveAccountRevenue } from '../revenue/rederive-account-revenue.ts';
import { getContract } from './contracts.ts';

export async function deleteContract(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getContract(trx, id);
    await trx.deleteFrom('contracts').where('id', '=', id).execute();
    await markHealthDirty(trx, [before.account_id]);
    await rederiveAccountRevenue(trx, [before.account_id]);
    await recordAudit(trx, actor, {
      action: 'contract.deleted',
      entityType: 'contract',
      entityId: id,
      before,
    });
  });
}
