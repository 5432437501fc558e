import type { ApiKey } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { API_KEY_COLUMNS, toApiKey } from './create-api-key.ts';

export async function listApiKeys(db: Db): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(API_KEY_COLUMNS)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiKey);
}
