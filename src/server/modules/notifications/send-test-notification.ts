import type { TestResult } from '../../../shared/notifications.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { post, sendMail } from './deliver-notification.ts';
import { signWebhook } from './sign-webhook.ts';
import { readSmtpSettings } from './smtp-settings.ts';

const TEST_TEXT = 'Tend test message: this channel works.';

/**
 * Sends one test message to a channel now, outside the queue and the delivery log, and answers what the
 * receiver said, so an admin sees at once whether the URL (or the receiver's signature check) is right.
 */
export async function sendTestToChannel(
  db: Db,
  actor: Actor,
  id: string,
  allowPrivate: boolean,
): Promise<TestResult> {
  const channel = await db
    .selectFrom('notification_channels')
    .select(['id', 'kind', 'name', 'url', 'secret'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!channel) throw notFound('Channel');
  const result = await attempt(() => {
    if (channel.kind !== 'webhook')
      return post(channel.url, JSON.stringify({ text: TEST_TEXT }), {}, allowPrivate);
    const body = JSON.stringify({ id: `test_${Date.now()}`, type: 'test', created_at: new Date(), data: {} });
    const signature = signWebhook(channel.secret ?? '', body, Math.floor(Date.now() / 1000));
    return post(channel.url, body, { 'tend-signature': signature }, allowPrivate);
  });
  await recordAudit(db, actor, {
    action: 'channel.tested',
    entityType: 'notification_channel',
    entityId: id,
    after: { ok: result.ok, response_status: result.response_status },
  });
  return result;
}

/** Sends a test email through the saved SMTP settings; without settings the answer says so. */
export async function sendTestEmail(
  db: Db,
  actor: Actor,
  to: string,
  allowPrivate: boolean,
): Promise<TestResult> {
  const smtp = await readSmtpSettings(db);
  if (!smtp) return { ok: false, response_status: null, error: 'SMTP is not configured yet' };
  const result = await attempt(async () => {
    await sendMail(
      smtp,
      { to, subject: 'Tend test email', text: TEST_TEXT.replace('channel', 'SMTP server') },
      allowPrivate,
    );
    return null;
  });
  await recordAudit(db, actor, {
    action: 'smtp.tested',
    entityType: 'settings',
    entityId: null,
    after: { to, ok: result.ok },
  });
  return result;
}

/**
 * Whatever went wrong, the answer is the same: a status code, a body or a connection error of the target
 * would tell an admin (or a key) what listens at an address Tend can reach, which makes "send test" a port
 * scanner. The delivery log (kept for admins) has the details of real deliveries.
 */
async function attempt(send: () => Promise<number | null>): Promise<TestResult> {
  try {
    return { ok: true, response_status: await send(), error: null };
  } catch {
    return { ok: false, response_status: null, error: CHANNEL_REFUSED };
  }
}

const CHANNEL_REFUSED = 'The channel did not accept the message';
