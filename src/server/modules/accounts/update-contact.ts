import type { Contact, UpdateContactInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { CONTACT_COLUMNS, getContact, toContact } from './contacts.ts';

export async function updateContact(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateContactInput,
): Promise<Contact> {
  return db.transaction().execute(async (trx) => {
    const before = await getContact(trx, id);
    if (Object.keys(input).length === 0) return before;
    const row = await trx
      .updateTable('contacts')
      .set(input)
      .where('id', '=', id)
      .returning(CONTACT_COLUMNS)
      .executeTakeFirstOrThrow();
    const after = toContact(row);
    await recordAudit(trx, actor, {
      action: 'contact.updated',
      entityType: 'contact',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
