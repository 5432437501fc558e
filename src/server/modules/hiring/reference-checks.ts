import type { z } from 'zod';
import type { createReferenceCheckInput, referenceCheck } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { userIdOf } from '../people/access.ts';
import { requisitionOfCandidate } from './requisitions.ts';

type ReferenceCheck = z.infer<typeof referenceCheck>;
const COLUMNS = [
  'id',
  'candidate_id',
  'referee_name',
  'relationship',
  'summary',
  'recommendation',
  'checked_on',
] as const;

export async function listReferenceChecks(db: Db, candidateId: string): Promise<ReferenceCheck[]> {
  await requisitionOfCandidate(db, candidateId);
  const rows = await db
    .selectFrom('reference_checks')
    .select(COLUMNS)
    .where('candidate_id', '=', candidateId)
    .orderBy('checked_on')
    .execute();
  return rows as ReferenceCheck[];
}

export async function addReferenceCheck(
  db: Db,
  actor: Actor,
  candidateId: string,
  input: z.infer<typeof createReferenceCheckInput>,
): Promise<ReferenceCheck> {
  return db.transaction().execute(async (trx) => {
    await requisitionOfCandidate(trx, candidateId);
    const row = await trx
      .insertInto('reference_checks')
      .values({ ...input, candidate_id: candidateId, checked_by: userIdOf(actor) })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'reference_check.added',
      entityType: 'candidate',
      entityId: candidateId,
      after: { id: row.id, recommendation: row.recommendation },
    });
    return row as ReferenceCheck;
  });
}
