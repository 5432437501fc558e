import type { Contact, CreateContactInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { signalContactCreated } from '../signals/signal-record-changes.ts';
import { lockAccount } from './account-queries.ts';
import { CONTACT_COLUMNS, toContact } from './contacts.ts';

export async function createContact(
  db: Db,
  actor: Actor,
  accountId: string,
  input: CreateContactInput,
): Promise<Contact> {
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    const row = await trx
      .insertInto('contacts')
      .values({ ...input, account_id: accountId })
      .returning(CONTACT_COLUMNS)
      .executeTakeFirstOrThrow();
    const contact = toContact(row);
    await recordAudit(trx, actor, {
      action: 'contact.created',
      entityType: 'contact',
      entityId: contact.id,
      after: contact,
    });
    await signalContactCreated(trx, contact);
    return contact;
  });
}
