import type { Candidate, CandidateStage } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getCandidate } from './candidates.ts';
import { requisitionOfCandidate } from './requisitions.ts';

/** Moves a candidate through the pipeline; offer and hire have their own steps. */
export async function moveCandidate(
  db: Db,
  actor: Actor,
  id: string,
  stage: CandidateStage,
): Promise<Candidate> {
  return db.transaction().execute(async (trx) => {
    const { candidate } = await requisitionOfCandidate(trx, id);
    if (candidate.stage === 'hired')
      throw new AppError('conflict', 'A hired candidate has left the pipeline');
    await trx.updateTable('candidates').set({ stage }).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'candidate.moved',
      entityType: 'candidate',
      entityId: id,
      before: { stage: candidate.stage },
      after: { stage },
    });
    return getCandidate(trx, id);
  });
}
