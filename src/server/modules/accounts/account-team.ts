import type { TeamMember } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

export function selectTeam(db: Db) {
  return db
    .selectFrom('account_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([
      't.id',
      't.account_id',
      't.user_id',
      'u.name as user_name',
      'u.email as user_email',
      't.role',
      't.is_primary',
      't.created_at',
    ]);
}

export async function listAccountTeam(db: Db, accountId: string): Promise<TeamMember[]> {
  const rows = await selectTeam(db)
    .where('t.account_id', '=', accountId)
    .orderBy('t.is_primary', 'desc')
    .orderBy('t.created_at')
    .execute();
  return rows.map(toTeamMember);
}

export async function getTeamMember(db: Db, accountId: string, id: string): Promise<TeamMember> {
  const row = await selectTeam(db)
    .where('t.account_id', '=', accountId)
    .where('t.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Team member');
  return toTeamMember(row);
}

function toTeamMember(
  row: Awaited<ReturnType<ReturnType<typeof selectTeam>['executeTakeFirstOrThrow']>>,
): TeamMember {
  return { ...row, role: row.role as TeamMember['role'], created_at: row.created_at.toISOString() };
}

/**
 * Keeps exactly one primary point of contact on a non-empty team: with `primaryId` that member,
 * otherwise the current primary, else the longest-serving CSM, else the longest-serving member.
 */
export async function settlePrimary(trx: Db, accountId: string, primaryId?: string) {
  const members = await trx
    .selectFrom('account_team')
    .select(['id', 'role', 'is_primary'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const chosen =
    members.find((m) => m.id === primaryId) ??
    members.find((m) => m.is_primary) ??
    members.find((m) => m.role === 'csm') ??
    members[0];
  if (!chosen) return;
  // Clear first: the partial unique index allows only one primary at any moment.
  await trx
    .updateTable('account_team')
    .set({ is_primary: false })
    .where('account_id', '=', accountId)
    .where('id', '<>', chosen.id)
    .where('is_primary', '=', true)
    .execute();
  if (!chosen.is_primary)
    await trx.updateTable('account_team').set({ is_primary: true }).where('id', '=', chosen.id).execute();
}
