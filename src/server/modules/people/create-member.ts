import type { CreateMemberInput, TeamMember } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getMember } from './members.ts';
import { validateMember } from './validate-member.ts';

/** Adds a spell to the roster; `trx` lets hiring create the member inside its own transaction. */
export async function insertMember(
  trx: Db,
  actor: Actor,
  input: CreateMemberInput & { requisition_id?: string | null },
): Promise<TeamMember> {
  await validateMember(trx, input);
  const { id } = await trx.insertInto('team_members').values(input).returning('id').executeTakeFirstOrThrow();
  const member = await getMember(trx, id);
  await recordAudit(trx, actor, {
    action: 'team_member.created',
    entityType: 'team_member',
    entityId: id,
    after: member,
  });
  return member;
}

export async function createMember(db: Db, actor: Actor, input: CreateMemberInput): Promise<TeamMember> {
  return db.transaction().execute((trx) => insertMember(trx, actor, input));
}
