import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getAccount, lockAccount } from './account-queries.ts';

/** Contacts, team and contracts go with the account; child accounts lose their parent. */
export async function deleteAccount(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockAccount(trx, id);
    const before = await getAccount(trx, id);
    await trx.deleteFrom('accounts').where('id', '=', id).execute();
    await recordAudit(trx, actor, { action: 'account.deleted', entityType: 'account', entityId: id, before });
  });
}
