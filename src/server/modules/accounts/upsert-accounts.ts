import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/client.ts';

export interface AccountTraits {
  external_id: string;
  name: string;
  domain: string | null;
  /** JSON text of the custom fields to merge in. */
  custom: string;
}

/**
 * Accounts by external id, as a Segment `group` call describes them, in one statement: new ones are
 * created, known ones get the traits merged in (a name equal to the id is no name, and keeps the old one).
 */
export async function upsertAccounts(trx: Db, accounts: AccountTraits[]): Promise<void> {
  if (!accounts.length) return;
  await sql`
    insert into accounts (external_id, name, domain, custom)
    select g.external_id, g.name, g.domain, g.custom::jsonb
    from jsonb_to_recordset(${JSON.stringify(accounts)}::jsonb) as g(external_id text, name text, domain text, custom text)
    on conflict (external_id) do update set
      name = case when excluded.name = excluded.external_id then accounts.name else excluded.name end,
      domain = coalesce(excluded.domain, accounts.domain),
      custom = accounts.custom || excluded.custom`.execute(trx);
}

/**
 * Contacts from a caller's query (columns account_id, email, name, title), in one statement. `merge`
 * updates known contacts (a name equal to the email is no name, and keeps the old one); `keep` leaves them.
 */
export async function upsertContacts(
  trx: Db,
  source: RawBuilder<unknown>,
  known: 'merge' | 'keep',
): Promise<void> {
  const onConflict =
    known === 'merge'
      ? sql`do update set
        name = case when excluded.name = excluded.email then contacts.name else excluded.name end,
        title = coalesce(excluded.title, contacts.title)`
      : sql`do nothing`;
  await sql`
    insert into contacts (account_id, email, name, title)
    select src.account_id, src.email, src.name, src.title from (${source}) src
    on conflict (account_id, email) ${onConflict}`.execute(trx);
}
