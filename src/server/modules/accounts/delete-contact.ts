import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getContact } from './contacts.ts';

export async function deleteContact(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getContact(trx, id);
    await trx.deleteFrom('contacts').where('id', '=', id).execute();
    await recordAudit(trx, actor, { action: 'contact.deleted', entityType: 'contact', entityId: id, before });
  });
}
