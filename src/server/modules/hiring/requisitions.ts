import { sql } from 'kysely';
import type { Requisition } from '../../../shared/hiring.ts';
import type { Track } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { isAdminUser, userIdOf } from '../people/access.ts';

export function requisitionQuery(db: Db) {
  return db
    .selectFrom('requisitions as r')
    .innerJoin('users as hm', 'hm.id', 'r.hiring_manager_id')
    .selectAll('r')
    .select([
      'hm.name as hiring_manager_name',
      sql<number>`(select count(*)::int from candidates c where c.requisition_id = r.id)`.as(
        'candidate_count',
      ),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof requisitionQuery>['executeTakeFirstOrThrow']>>;

export function toRequisition(r: Row): Requisition {
  return {
    ...r,
    track: r.track as Track,
    kind: r.kind as Requisition['kind'],
    status: r.status as Requisition['status'],
    competencies: r.competencies as Requisition['competencies'],
    stages: r.stages as Requisition['stages'],
    created_at: r.created_at.toISOString(),
    updated_at: r.updated_at.toISOString(),
  };
}

export async function getRequisition(db: Db, id: string): Promise<Requisition> {
  const row = await requisitionQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Requisition');
  return toRequisition(row);
}

/** The hiring team of a requisition: its hiring manager, its interviewers, and admin users. */
export function isOnHiringTeam(
  actor: Actor,
  req: Pick<Requisition, 'hiring_manager_id' | 'interviewer_ids'>,
) {
  if (isAdminUser(actor)) return true;
  const userId = userIdOf(actor);
  return !!userId && (req.hiring_manager_id === userId || req.interviewer_ids.includes(userId));
}

export function assertHiringTeam(
  actor: Actor,
  req: Pick<Requisition, 'hiring_manager_id' | 'interviewer_ids'>,
) {
  if (!isOnHiringTeam(actor, req))
    throw new AppError('forbidden', 'Only the hiring team of this requisition may do this');
}

/** The requisition a candidate applied to, locked when the caller is about to change it. */
export async function requisitionOfCandidate(db: Db, candidateId: string) {
  const row = await db
    .selectFrom('candidates')
    .select(['id', 'requisition_id', 'stage', 'name', 'email', 'internal', 'source'])
    .where('id', '=', candidateId)
    .executeTakeFirst();
  if (!row) throw notFound('Candidate');
  return { candidate: row, requisition: await getRequisition(db, row.requisition_id) };
}
