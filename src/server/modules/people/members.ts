import type { ExitKind, TeamMember, Track } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

/** A roster row: one employment spell of one person (a person who leaves and returns has two). */
export function memberQuery(db: Db) {
  return db
    .selectFrom('team_members as m')
    .leftJoin('team_members as mgr', 'mgr.id', 'm.manager_id')
    .selectAll('m')
    .select('mgr.name as manager_name');
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['executeTakeFirstOrThrow']>>;

export function toMember(row: MemberRow): TeamMember {
  return {
    ...row,
    track: row.track as Track,
    exit_kind: row.exit_kind as ExitKind | null,
    hire_kind: row.hire_kind as TeamMember['hire_kind'],
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export async function getMember(db: Db, id: string): Promise<TeamMember> {
  const row = await memberQuery(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Team member');
  return toMember(row);
}

/** The caller's current spell, if they are on the team. */
export async function currentMemberOfUser(db: Db, userId: string) {
  return db
    .selectFrom('team_members')
    .select(['id', 'manager_id'])
    .where('user_id', '=', userId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
}
