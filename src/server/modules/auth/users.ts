import type { User } from '../../../shared/auth.ts';
import type { UserRow } from '../../db/schema.ts';

export const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'locale',
  'active',
  'last_login_at',
  'created_at',
  'updated_at',
] as const;

export function toUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as User['role'],
    locale: row.locale as User['locale'],
    active: row.active,
    last_login_at: row.last_login_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
