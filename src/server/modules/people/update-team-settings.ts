import type { TeamSettings } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getTeamSettings } from './team-settings.ts';

export async function updateTeamSettings(
  db: Db,
  actor: Actor,
  settings: TeamSettings,
): Promise<TeamSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await getTeamSettings(trx);
    const value = JSON.stringify(settings);
    await trx
      .insertInto('app_settings')
      .values({ key: 'team', value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
      .execute();
    await recordAudit(trx, actor, {
      action: 'settings.team_updated',
      entityType: 'settings',
      entityId: 'team',
      before,
      after: settings,
    });
    return settings;
  });
}
