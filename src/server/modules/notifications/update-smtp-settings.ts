import type { SmtpSettings, SmtpSettingsInput } from '../../../shared/notifications.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { assertPublicHost } from './outbound-address.ts';
import { maskSmtp, readSmtpSettings, SMTP_KEY } from './smtp-settings.ts';

/** A password left out keeps the stored one, so the form never has to show it. */
export async function updateSmtpSettings(
  db: Db,
  actor: Actor,
  input: SmtpSettingsInput,
  allowPrivate: boolean,
): Promise<SmtpSettings> {
  assertPublicHost(input.host, 'host', allowPrivate);
  return db.transaction().execute(async (trx) => {
    const before = await readSmtpSettings(trx);
    const next = {
      ...input,
      password: input.password === undefined ? (before?.password ?? null) : input.password,
    };
    await trx
      .insertInto('app_settings')
      .values({ key: SMTP_KEY, value: JSON.stringify(next) })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: JSON.stringify(next), updated_at: new Date() }),
      )
      .execute();
    const after = maskSmtp(next) as SmtpSettings;
    await recordAudit(trx, actor, {
      action: 'smtp.updated',
      entityType: 'settings',
      entityId: SMTP_KEY,
      before: maskSmtp(before),
      after,
    });
    return after;
  });
}
