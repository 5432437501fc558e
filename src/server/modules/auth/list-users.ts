import type { User } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { toUser, USER_COLUMNS } from './users.ts';

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('name').orderBy('id').execute();
  return rows.map(toUser);
}
