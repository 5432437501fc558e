import type { MemberDetail, Promotion } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { forbidden, mayReadCareerNotes, userIdOf } from './access.ts';
import { currentMemberOfUser, getMember } from './members.ts';

/** People data is for managers and admins; anyone else sees only their own record. */
export async function getMemberDetail(db: Db, actor: Actor, id: string): Promise<MemberDetail> {
  const member = await getMember(db, id);
  const own = member.user_id !== null && member.user_id === userIdOf(actor);
  if (!own && !actor.permissions.has('people:read')) throw forbidden('You may see only your own team record');
  const promotions = await db
    .selectFrom('promotions')
    .select([
      'id',
      'member_id',
      'effective_on',
      'from_title',
      'to_title',
      'from_track',
      'to_track',
      'from_level',
      'to_level',
      'note',
    ])
    .where('member_id', '=', id)
    .orderBy('effective_on')
    .execute();
  return {
    ...member,
    promotions: promotions as Promotion[],
    can_read_notes: await mayReadCareerNotes(db, actor, id),
  };
}

/** The caller's own current record, or null when they are not on the team. */
export async function getMyMember(db: Db, actor: Actor): Promise<MemberDetail | null> {
  const userId = userIdOf(actor);
  const current = userId ? await currentMemberOfUser(db, userId) : undefined;
  return current ? getMemberDetail(db, actor, current.id) : null;
}
