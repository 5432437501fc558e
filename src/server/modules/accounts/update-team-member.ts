import type { TeamMember, UpdateTeamMemberInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { lockAccount } from './account-queries.ts';
import { getTeamMember, settlePrimary } from './account-team.ts';

/** Making a member primary moves the star; the previous primary stays on the team. */
export async function updateTeamMember(
  db: Db,
  actor: Actor,
  accountId: string,
  id: string,
  input: UpdateTeamMemberInput,
): Promise<TeamMember> {
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    const before = await getTeamMember(trx, accountId, id);
    if (input.role)
      await trx.updateTable('account_team').set({ role: input.role }).where('id', '=', id).execute();
    if (input.is_primary) await settlePrimary(trx, accountId, id);
    const after = await getTeamMember(trx, accountId, id);
    await recordAudit(trx, actor, {
      action: 'account_team.updated',
      entityType: 'account',
      entityId: accountId,
      before,
      after,
    });
    return after;
  });
}
