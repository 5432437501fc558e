import type { RequisitionDetail } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { candidateQuery, toCandidate } from './candidates.ts';
import { listQuestions } from './questions.ts';
import { assertHiringTeam, getRequisition } from './requisitions.ts';

/** Managers with hiring rights and the requisition's hiring team see its scorecard, kit and pipeline. */
export async function getRequisitionDetail(db: Db, actor: Actor, id: string): Promise<RequisitionDetail> {
  const requisition = await getRequisition(db, id);
  if (!actor.permissions.has('hiring:manage')) assertHiringTeam(actor, requisition);
  const candidates = await candidateQuery(db)
    .where('c.requisition_id', '=', id)
    .orderBy('c.created_at')
    .execute();
  const questions = await listQuestions(db, [...new Set(requisition.stages.flatMap((s) => s.question_ids))]);
  return { ...requisition, candidates: candidates.map(toCandidate), questions };
}
