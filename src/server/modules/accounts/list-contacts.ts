import type { Contact, ContactRole } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { containsPattern, getAccount } from './account-queries.ts';
import { CONTACT_COLUMNS, toContact } from './contacts.ts';

export interface ContactQuery {
  q?: string;
  role?: ContactRole;
  cursor?: string;
  limit: number;
}

export async function listContacts(db: Db, accountId: string, query: ContactQuery) {
  await getAccount(db, accountId);
  let base = db.selectFrom('contacts').where('account_id', '=', accountId);
  if (query.role) base = base.where('role', '=', query.role);
  if (query.q) {
    const pattern = containsPattern(query.q);
    base = base.where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb('email', 'like', pattern)]),
    );
  }
  let page = base
    .select(CONTACT_COLUMNS)
    .orderBy('name')
    .orderBy('id')
    .limit(query.limit + 1);
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, 2).map(String) as [string, string];
    page = page.where((eb) =>
      eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]),
    );
  }
  const [rows, count] = await Promise.all([
    page.execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  const data: Contact[] = rows.slice(0, query.limit).map(toContact);
  return { data, next_cursor: last ? encodeCursor([last.name, last.id]) : null, total: Number(count.n) };
}
