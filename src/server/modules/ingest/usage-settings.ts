import type { UsageSettings } from '../../../shared/usage.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

const KEY = 'usage';
export const DEFAULT_USAGE_SETTINGS: UsageSettings = { key_features: [], raw_event_retention_days: null };

export async function getUsageSettings(db: Db): Promise<UsageSettings> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', KEY).executeTakeFirst();
  return { ...DEFAULT_USAGE_SETTINGS, ...(row?.value as Partial<UsageSettings> | undefined) };
}

export async function updateUsageSettings(
  db: Db,
  actor: Actor,
  settings: UsageSettings,
): Promise<UsageSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await getUsageSettings(trx);
    await trx
      .insertInto('app_settings')
      .values({ key: KEY, value: JSON.stringify(settings) })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: JSON.stringify(settings), updated_at: new Date() }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: 'settings.usage_updated',
      entityType: 'settings',
      entityId: KEY,
      before,
      after: settings,
    });
    return settings;
  });
}
