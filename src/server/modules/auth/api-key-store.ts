import type { Db } from '../../db/client.ts';
import { sha256 } from './tokens.ts';

export async function findApiKey(db: Db, key: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'scopes', 'last_used_at'])
    .where('key_hash', '=', sha256(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Last use is informational: written at most once a minute per key to keep reads cheap. */
export async function touchApiKey(db: Db, id: string) {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: new Date() })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(Date.now() - 60_000))]),
    )
    .execute();
}
