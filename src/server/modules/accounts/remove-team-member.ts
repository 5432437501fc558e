import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { lockAccount } from './account-queries.ts';
import { getTeamMember, settlePrimary } from './account-team.ts';

/** Removing the primary point of contact hands the role to the next member, so one always remains. */
export async function removeTeamMember(db: Db, actor: Actor, accountId: string, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    const before = await getTeamMember(trx, accountId, id);
    await trx.deleteFrom('account_team').where('id', '=', id).execute();
    await settlePrimary(trx, accountId);
    await recordAudit(trx, actor, {
      action: 'account_team.removed',
      entityType: 'account',
      entityId: accountId,
      before,
    });
  });
}
