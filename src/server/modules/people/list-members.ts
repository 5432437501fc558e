import type { TeamMember } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { memberQuery, toMember } from './members.ts';

export type MemberStatus = 'current' | 'former' | 'all';

/** The roster, by name; `current` are spells without an end date. */
export async function listMembers(db: Db, status: MemberStatus): Promise<TeamMember[]> {
  let query = memberQuery(db);
  if (status === 'current') query = query.where('m.end_date', 'is', null);
  if (status === 'former') query = query.where('m.end_date', 'is not', null);
  const rows = await query.orderBy('m.name').orderBy('m.start_date').execute();
  return rows.map(toMember);
}
