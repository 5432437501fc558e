import type { Candidate } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getCandidate } from './candidates.ts';
import { requisitionOfCandidate } from './requisitions.ts';

export async function makeOffer(
  db: Db,
  actor: Actor,
  candidateId: string,
  offerMadeOn: string,
): Promise<Candidate> {
  return db.transaction().execute(async (trx) => {
    const { candidate, requisition } = await requisitionOfCandidate(trx, candidateId);
    if (requisition.status !== 'open')
      throw new AppError(
        'conflict',
        `The requisition is ${requisition.status}; offers are made on open requisitions only`,
      );
    if (['hired', 'rejected', 'withdrawn'].includes(candidate.stage))
      throw new AppError('conflict', `The candidate is ${candidate.stage}`);
    await trx
      .updateTable('candidates')
      .set({ stage: 'offer', offer_made_on: offerMadeOn })
      .where('id', '=', candidateId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'candidate.offered',
      entityType: 'candidate',
      entityId: candidateId,
      after: { offer_made_on: offerMadeOn },
    });
    return getCandidate(trx, candidateId);
  });
}
