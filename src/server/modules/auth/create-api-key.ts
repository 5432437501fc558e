import type { Selectable } from 'kysely';
import type { ApiKey, CreateApiKeyInput } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import type { ApiKeysTable } from '../../db/schema.ts';
import type { Actor } from './actor.ts';
import { confirmPassword } from './confirm-password.ts';
import { assertMayManageCredentials } from './permissions.ts';
import { recordAudit } from './record-audit.ts';
import { randomToken, sha256 } from './tokens.ts';

export const API_KEY_COLUMNS = [
  'id',
  'name',
  'prefix',
  'scopes',
  'created_by',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;

export function toApiKey(row: Omit<Selectable<ApiKeysTable>, 'key_hash' | 'updated_at'>): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiKey['scopes'],
    created_by: row.created_by,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
    revoked_at: row.revoked_at?.toISOString() ?? null,
  };
}

/** The key is returned once; the database keeps only its SHA-256 (keys are random, so no slow hash is needed). */
export async function createApiKey(
  db: Db,
  actor: Actor,
  input: CreateApiKeyInput,
): Promise<ApiKey & { key: string }> {
  // A key never mints keys, and a person confirms with their password (docs/security.md).
  assertMayManageCredentials(actor, 'api_keys:manage');
  await confirmPassword(db, actor, input.current_password);
  const prefix = randomToken(6).slice(0, 8);
  const key = `tend_${prefix}_${randomToken(32)}`;
  const scopes = [...new Set(input.scopes)];
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_keys')
      .values({
        name: input.name,
        prefix: `tend_${prefix}`,
        key_hash: sha256(key),
        scopes,
        created_by: actor.type === 'user' ? actor.id : null,
      })
      .returning(API_KEY_COLUMNS)
      .executeTakeFirstOrThrow();
    const apiKey = toApiKey(row);
    await recordAudit(trx, actor, {
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: apiKey.id,
      after: apiKey,
    });
    return { ...apiKey, key };
  });
}
