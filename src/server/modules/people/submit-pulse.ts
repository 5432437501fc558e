import type { z } from 'zod';
import type { pulseInput } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { userIdOf } from './access.ts';
import { currentMemberOfUser } from './members.ts';

/** One answer per member and quarter; only aggregates of three or more answers are ever shown. */
export async function submitPulse(db: Db, actor: Actor, input: z.infer<typeof pulseInput>) {
  return db.transaction().execute(async (trx) => {
    const userId = userIdOf(actor);
    const member = userId ? await currentMemberOfUser(trx, userId) : undefined;
    if (!member) throw new AppError('forbidden', 'Only current team members answer the career-growth pulse');
    const exists = await trx
      .selectFrom('pulse_responses')
      .select('id')
      .where('member_id', '=', member.id)
      .where('period', '=', input.period)
      .executeTakeFirst();
    if (exists) throw new AppError('conflict', `You have already answered the pulse for ${input.period}`);
    const { id } = await trx
      .insertInto('pulse_responses')
      .values({ ...input, member_id: member.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The audit records that an answer was given, not the scores.
    await recordAudit(trx, actor, {
      action: 'pulse.answered',
      entityType: 'pulse_response',
      entityId: id,
      after: { period: input.period },
    });
    return { id, period: input.period };
  });
}
