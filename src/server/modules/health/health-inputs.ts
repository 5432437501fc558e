import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

/*
 * What health reads from the tables of other modules, by SQL and never by import: ingest and accounts call
 * health (markHealthDirty), so health importing them would make module loops. Health only reads these
 * rows, as its measures read usage_daily; their owners write them (src/server/db/table-owners.ts).
 */

/** 404 for an account that does not exist (accounts' own getAccount answers the same). */
export async function assertAccountExists(db: Db, accountId: string): Promise<void> {
  const row = await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  if (!row) throw notFound('Account');
}

/** The key features of the usage settings (ingest's row 'usage' of app_settings, see usage-settings.ts). */
export async function usageKeyFeatures(db: Db): Promise<string[]> {
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', 'usage')
    .executeTakeFirst();
  const features = (row?.value as { key_features?: unknown } | undefined)?.key_features;
  return Array.isArray(features) ? features.filter((f): f is string => typeof f === 'string') : [];
}
