import type { EndMemberInput, TeamMember } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getMember } from './members.ts';
import { getTeamSettings } from './team-settings.ts';

/**
 * Ends a spell: the last day worked, voluntary/involuntary with a configured reason, or an internal move
 * to another team. A person who comes back later gets a new spell (previous_member_id links them).
 */
export async function endMember(
  db: Db,
  actor: Actor,
  id: string,
  input: EndMemberInput,
): Promise<TeamMember> {
  return db.transaction().execute(async (trx) => {
    const before = await getMember(trx, id);
    if (before.end_date) throw new AppError('conflict', 'This spell has already ended');
    if (input.end_date < before.start_date)
      throw new AppError('validation_failed', 'end_date must not be before the start date', [
        { path: ['end_date'], message: `must not be before ${before.start_date}` },
      ]);
    const settings = await getTeamSettings(trx);
    const reason = settings.exit_reasons.find((r) => r.key === input.exit_reason);
    // An internal move names the team it went to in exit_destination; its reason is free.
    if (input.exit_kind !== 'internal_move' && reason?.kind !== input.exit_kind)
      throw new AppError(
        'validation_failed',
        'exit_reason is not one of the configured reasons for this kind',
        [{ path: ['exit_reason'], message: `must be a configured ${input.exit_kind} reason` }],
      );
    await trx.updateTable('team_members').set(input).where('id', '=', id).execute();
    // Whoever reported to them keeps no dangling manager.
    await trx
      .updateTable('team_members')
      .set({ manager_id: before.manager_id })
      .where('manager_id', '=', id)
      .execute();
    const after = await getMember(trx, id);
    await recordAudit(trx, actor, {
      action: 'team_member.ended',
      entityType: 'team_member',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
