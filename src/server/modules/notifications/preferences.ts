import type { Preferences } from '../../../shared/notifications.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

const DEFAULTS: Preferences = { rule_email: true, cta_opened_email: false };

function userOf(actor: Actor): string {
  if (actor.type !== 'user' || !actor.id)
    throw new AppError('forbidden', 'Notification settings belong to a user');
  return actor.id;
}

export async function getPreferences(db: Db, actor: Actor): Promise<Preferences> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['kind', 'enabled'])
    .where('user_id', '=', userOf(actor))
    .execute();
  return { ...DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.kind, r.enabled])) };
}

export async function updatePreferences(
  db: Db,
  actor: Actor,
  input: Partial<Preferences>,
): Promise<Preferences> {
  const userId = userOf(actor);
  return db.transaction().execute(async (trx) => {
    const entries = Object.entries(input);
    if (entries.length)
      await trx
        .insertInto('notification_preferences')
        .values(entries.map(([kind, enabled]) => ({ user_id: userId, kind, enabled: !!enabled })))
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'kind'])
            .doUpdateSet((eb) => ({ enabled: eb.ref('excluded.enabled'), updated_at: new Date() })),
        )
        .execute();
    const after = await getPreferences(trx, actor);
    await recordAudit(trx, actor, {
      action: 'notification_preferences.updated',
      entityType: 'user',
      entityId: userId,
      after,
    });
    return after;
  });
}
