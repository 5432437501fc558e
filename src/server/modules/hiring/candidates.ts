import { sql } from 'kysely';
import type { Candidate, CandidateStage } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';

export function candidateQuery(db: Db) {
  return db
    .selectFrom('candidates as c')
    .select([
      'c.id',
      'c.requisition_id',
      'c.name',
      'c.email',
      'c.source',
      'c.internal',
      'c.stage',
      'c.offer_made_on',
      'c.member_id',
      'c.created_at',
      sql<number>`(select count(*)::int from evaluations e where e.candidate_id = c.id)`.as(
        'evaluation_count',
      ),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof candidateQuery>['executeTakeFirstOrThrow']>>;

export const toCandidate = (r: Row): Candidate => ({
  ...r,
  stage: r.stage as CandidateStage,
  created_at: r.created_at.toISOString(),
});

export async function getCandidate(db: Db, id: string): Promise<Candidate> {
  return toCandidate(await candidateQuery(db).where('c.id', '=', id).executeTakeFirstOrThrow());
}
