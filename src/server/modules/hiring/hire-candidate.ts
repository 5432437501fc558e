import type { HireCandidateInput } from '../../../shared/hiring.ts';
import type { TeamMember } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError, fieldError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { insertMember } from '../people/create-member.ts';
import { requisitionOfCandidate } from './requisitions.ts';

/**
 * The accepted offer fills the requisition (filled_on feeds time to fill), creates the team member with
 * the requisition's track and level, and closes the pipeline's other candidates' chances on it: all at once.
 */
export async function hireCandidate(
  db: Db,
  actor: Actor,
  candidateId: string,
  input: HireCandidateInput,
): Promise<TeamMember> {
  return db.transaction().execute(async (trx) => {
    const { candidate, requisition } = await requisitionOfCandidate(trx, candidateId);
    if (requisition.status !== 'open')
      throw new AppError('conflict', `The requisition is ${requisition.status}; nobody can be hired into it`);
    if (['hired', 'rejected', 'withdrawn'].includes(candidate.stage))
      throw new AppError('conflict', `The candidate is ${candidate.stage}`);
    if (input.accepted_on < requisition.opened_on)
      throw fieldError('accepted_on', `must not be before ${requisition.opened_on}`);
    if (input.start_date < input.accepted_on)
      throw fieldError('start_date', 'must not be before accepted_on');
    const member = await insertMember(trx, actor, {
      user_id: input.user_id ?? null,
      name: candidate.name,
      email: candidate.email,
      title: input.title ?? requisition.title,
      track: requisition.track,
      level: requisition.level,
      manager_id: input.manager_id ?? null,
      location: input.location ?? null,
      time_zone: input.time_zone ?? null,
      start_date: input.start_date,
      hire_kind: candidate.internal ? 'internal' : 'external',
      hire_source: candidate.source,
      requisition_id: requisition.id,
    });
    await trx
      .updateTable('candidates')
      .set({ stage: 'hired', member_id: member.id })
      .where('id', '=', candidateId)
      .execute();
    await trx
      .updateTable('requisitions')
      .set({ status: 'filled', filled_on: input.accepted_on })
      .where('id', '=', requisition.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'candidate.hired',
      entityType: 'candidate',
      entityId: candidateId,
      after: { member_id: member.id, requisition_id: requisition.id, filled_on: input.accepted_on },
    });
    return member;
  });
}
