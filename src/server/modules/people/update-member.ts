import type { TeamMember, UpdateMemberInput } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getMember } from './members.ts';
import { validateMember } from './validate-member.ts';

export async function updateMember(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateMemberInput,
): Promise<TeamMember> {
  return db.transaction().execute(async (trx) => {
    const before = await getMember(trx, id);
    if (Object.keys(input).length === 0) return before;
    await validateMember(trx, { ...before, ...input, id });
    await trx.updateTable('team_members').set(input).where('id', '=', id).execute();
    const after = await getMember(trx, id);
    await recordAudit(trx, actor, {
      action: 'team_member.updated',
      entityType: 'team_member',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
