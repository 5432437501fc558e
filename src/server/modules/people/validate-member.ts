import type { Db } from '../../db/client.ts';
import { AppError, fieldError } from '../../errors.ts';

interface MemberFacts {
  id?: string;
  user_id?: string | null;
  manager_id?: string | null;
  start_date: string;
  ramp_done_on?: string | null;
  end_date?: string | null;
}

/** The rules a roster row keeps, checked before writing so the answer names the field. */
export async function validateMember(trx: Db, m: MemberFacts): Promise<void> {
  if (m.ramp_done_on && m.ramp_done_on < m.start_date)
    throw fieldError('ramp_done_on', 'must not be before start_date');
  if (m.end_date && m.end_date < m.start_date) throw fieldError('end_date', 'must not be before start_date');
  if (m.manager_id) {
    if (m.manager_id === m.id) throw fieldError('manager_id', 'must not be the member themselves');
    const manager = await trx
      .selectFrom('team_members')
      .select('id')
      .where('id', '=', m.manager_id)
      .where('end_date', 'is', null)
      .executeTakeFirst();
    if (!manager) throw fieldError('manager_id', 'must be a current team member');
  }
  if (m.user_id && !m.end_date) {
    let query = trx
      .selectFrom('team_members')
      .select('id')
      .where('user_id', '=', m.user_id)
      .where('end_date', 'is', null);
    if (m.id) query = query.where('id', '<>', m.id);
    if (await query.executeTakeFirst())
      throw new AppError('conflict', 'This user is already a current team member', [
        { path: ['user_id'], message: 'is already on the team' },
      ]);
  }
}
