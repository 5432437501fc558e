import type { Contact } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

export const CONTACT_COLUMNS = [
  'id',
  'account_id',
  'name',
  'email',
  'title',
  'phone',
  'role',
  'created_at',
  'updated_at',
] as const;

export function toContact(row: {
  id: string;
  account_id: string;
  name: string;
  email: string | null;
  title: string | null;
  phone: string | null;
  role: string;
  created_at: Date;
  updated_at: Date;
}): Contact {
  return {
    ...row,
    role: row.role as Contact['role'],
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export async function getContact(db: Db, id: string): Promise<Contact> {
  const row = await db.selectFrom('contacts').select(CONTACT_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Contact');
  return toContact(row);
}
