import type { Evaluation, SubmitEvaluationInput } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { isAdminUser, userIdOf } from '../people/access.ts';
import { assertHiringTeam, requisitionOfCandidate } from './requisitions.ts';

function evaluationQuery(db: Db) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('users as u', 'u.id', 'e.interviewer_id')
    .select([
      'e.id',
      'e.candidate_id',
      'e.interviewer_id',
      'u.name as interviewer_name',
      'e.stage_key',
      'e.scores',
      'e.recommendation',
      'e.notes',
      'e.submitted_at',
    ]);
}

const toEvaluation = (
  r: Awaited<ReturnType<ReturnType<typeof evaluationQuery>['executeTakeFirstOrThrow']>>,
): Evaluation => ({
  ...r,
  scores: r.scores as Record<string, number>,
  recommendation: r.recommendation as Evaluation['recommendation'],
  submitted_at: r.submitted_at.toISOString(),
});

/**
 * The hiring team reads evaluations; an interviewer sees the others' only after submitting their own, so
 * each judgement is made before seeing anyone else's. The hiring manager and admins decide, so they see all.
 */
export async function listEvaluations(db: Db, actor: Actor, candidateId: string) {
  const { requisition } = await requisitionOfCandidate(db, candidateId);
  assertHiringTeam(actor, requisition);
  const all = (
    await evaluationQuery(db).where('e.candidate_id', '=', candidateId).orderBy('e.submitted_at').execute()
  ).map(toEvaluation);
  const userId = userIdOf(actor);
  const decides = isAdminUser(actor) || requisition.hiring_manager_id === userId;
  const submitted = all.some((e) => e.interviewer_id === userId);
  const othersVisible = decides || submitted;
  return {
    others_visible: othersVisible,
    data: othersVisible ? all : all.filter((e) => e.interviewer_id === userId),
  };
}

/** Scores only the competencies of the requisition's scorecard, for a stage of its interview plan. */
export async function submitEvaluation(
  db: Db,
  actor: Actor,
  candidateId: string,
  input: SubmitEvaluationInput,
): Promise<Evaluation> {
  return db.transaction().execute(async (trx) => {
    const { candidate, requisition } = await requisitionOfCandidate(trx, candidateId);
    assertHiringTeam(actor, requisition);
    const userId = userIdOf(actor) as string;
    const known = new Set(requisition.competencies.map((c) => c.key));
    const unknown = Object.keys(input.scores).filter((k) => !known.has(k));
    if (unknown.length)
      throw new AppError(
        'validation_failed',
        `Unknown competency: ${unknown.join(', ')}; the scorecard has ${[...known].join(', ') || 'none'}`,
        unknown.map((k) => ({ path: ['scores', k], message: 'is not a competency of this requisition' })),
      );
    if (!requisition.stages.some((s) => s.key === input.stage_key))
      throw new AppError('validation_failed', `Unknown interview stage: ${input.stage_key}`, [
        { path: ['stage_key'], message: 'is not a stage of this requisition' },
      ]);
    if (['hired', 'rejected', 'withdrawn'].includes(candidate.stage))
      throw new AppError('conflict', `The candidate is ${candidate.stage}; evaluations are closed`);
    const exists = await trx
      .selectFrom('evaluations')
      .select('id')
      .where('candidate_id', '=', candidateId)
      .where('interviewer_id', '=', userId)
      .where('stage_key', '=', input.stage_key)
      .executeTakeFirst();
    if (exists) throw new AppError('conflict', 'You have already evaluated this candidate for this stage');
    const { id } = await trx
      .insertInto('evaluations')
      .values({
        ...input,
        scores: JSON.stringify(input.scores),
        candidate_id: candidateId,
        interviewer_id: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const evaluation = toEvaluation(
      await evaluationQuery(trx).where('e.id', '=', id).executeTakeFirstOrThrow(),
    );
    await recordAudit(trx, actor, {
      action: 'evaluation.submitted',
      entityType: 'candidate',
      entityId: candidateId,
      after: { id, stage_key: input.stage_key, recommendation: input.recommendation },
    });
    return evaluation;
  });
}
