import type { AddTeamMemberInput, TeamMember } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { lockAccount } from './account-queries.ts';
import { getTeamMember, settlePrimary } from './account-team.ts';

export async function addTeamMember(
  db: Db,
  actor: Actor,
  accountId: string,
  input: AddTeamMemberInput,
): Promise<TeamMember> {
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    const { id } = await trx
      .insertInto('account_team')
      .values({ account_id: accountId, user_id: input.user_id, role: input.role, is_primary: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    await settlePrimary(trx, accountId, input.is_primary ? id : undefined);
    const member = await getTeamMember(trx, accountId, id);
    await recordAudit(trx, actor, {
      action: 'account_team.added',
      entityType: 'account',
      entityId: accountId,
      after: member,
    });
    return member;
  });
}
