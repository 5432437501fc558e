import type { z } from 'zod';
import type { Candidate, createCandidateInput } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getCandidate } from './candidates.ts';
import { getRequisition } from './requisitions.ts';

export async function addCandidate(
  db: Db,
  actor: Actor,
  requisitionId: string,
  input: z.infer<typeof createCandidateInput>,
): Promise<Candidate> {
  return db.transaction().execute(async (trx) => {
    const requisition = await getRequisition(trx, requisitionId);
    if (requisition.status !== 'open')
      throw new AppError(
        'conflict',
        `The requisition is ${requisition.status}; candidates join open requisitions only`,
      );
    const { id } = await trx
      .insertInto('candidates')
      .values({ ...input, email: input.email ?? null, requisition_id: requisitionId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const candidate = await getCandidate(trx, id);
    await recordAudit(trx, actor, {
      action: 'candidate.added',
      entityType: 'candidate',
      entityId: id,
      after: candidate,
    });
    return candidate;
  });
}
