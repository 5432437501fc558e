import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { API_KEY_COLUMNS, toApiKey } from './create-api-key.ts';
import { assertMayManageCredentials } from './permissions.ts';
import { recordAudit } from './record-audit.ts';

export async function revokeApiKey(db: Db, actor: Actor, id: string): Promise<void> {
  // Revoking is half of revoke-and-replace, and a key could lock every other integration out.
  assertMayManageCredentials(actor, 'api_keys:manage');
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('api_keys')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning(API_KEY_COLUMNS)
      .executeTakeFirst();
    if (!row) throw notFound('Active API key');
    await recordAudit(trx, actor, {
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: id,
      after: toApiKey(row),
    });
  });
}
