import http from 'node:http';
import https from 'node:https';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.ts';
import { checkedLookup, resolvePublic } from './outbound-address.ts';
import { chatText, type DeliveryPayload, emailContent } from './render-message.ts';
import { signWebhook } from './sign-webhook.ts';
import { readSmtpSettings } from './smtp-settings.ts';

const TIMEOUT_MS = 10_000;

export interface Attempt {
  /** pg-boss's retry count of this run: 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
  /** TEND_ALLOW_PRIVATE_OUTBOUND: receivers on loopback or the private network are allowed. */
  allowPrivate: boolean;
}

/**
 * Sends one delivery and records the outcome. A failure is thrown back to the queue, which retries with
 * backoff; the last failure marks the delivery failed, and a person can send it again from the log.
 */
export async function deliverNotification(db: Db, id: string, attempt: Attempt): Promise<void> {
  const d = await db
    .selectFrom('notification_deliveries as d')
    .leftJoin('notification_channels as c', 'c.id', 'd.channel_id')
    .select(['d.id', 'd.kind', 'd.status', 'd.recipient', 'd.payload', 'd.created_at', 'c.url', 'c.secret'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d || d.status === 'sent') return;
  try {
    const status = await send(db, d as SendInput, attempt.allowPrivate);
    await db
      .updateTable('notification_deliveries')
      .set((eb) => ({
        status: 'sent',
        attempts: eb('attempts', '+', 1),
        delivered_at: new Date(),
        response_status: status,
        last_error: null,
      }))
      .where('id', '=', id)
      .execute();
  } catch (err) {
    const final = attempt.retryCount >= attempt.retryLimit;
    await db
      .updateTable('notification_deliveries')
      .set((eb) => ({
        status: final ? 'failed' : 'retrying',
        attempts: eb('attempts', '+', 1),
        last_error: (err as Error).message.slice(0, 1000),
        response_status: (err as { status?: number }).status ?? null,
      }))
      .where('id', '=', id)
      .execute();
    throw err;
  }
}

interface SendInput {
  id: string;
  kind: string;
  recipient: string | null;
  payload: DeliveryPayload;
  created_at: Date;
  url: string | null;
  secret: string | null;
}

async function send(db: Db, d: SendInput, allowPrivate: boolean): Promise<number | null> {
  if (d.kind === 'email') return sendEmail(db, d, allowPrivate);
  if (!d.url) throw new Error('The channel of this delivery was deleted');
  if (d.kind === 'webhook') {
    const body = JSON.stringify({ id: d.id, type: 'rule.fired', created_at: d.created_at, data: d.payload });
    const signature = signWebhook(d.secret ?? '', body, Math.floor(Date.now() / 1000));
    return post(d.url, body, { 'tend-signature': signature }, allowPrivate);
  }
  // Slack and Teams incoming webhooks both take {"text": ...}.
  return post(d.url, JSON.stringify({ text: chatText(d.payload) }), {}, allowPrivate);
}

/**
 * POSTs to a receiver. The socket's lookup refuses internal addresses (checked on the address it connects
 * to, so DNS rebinding cannot slip past a check made earlier), and redirects are not followed: a 3xx is a
 * failure like any other non-2xx.
 */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  allowPrivate: boolean,
): Promise<number> {
  const target = new URL(url);
  // An IP literal opens the socket without any lookup, so it is checked here.
  if (/^[\d.]+$|^\[/.test(target.hostname)) await resolvePublic(target.hostname, allowPrivate);
  const status = await new Promise<number>((resolve, reject) => {
    const request = (target.protocol === 'https:' ? https : http).request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Tend', ...headers },
        lookup: checkedLookup(allowPrivate),
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('The receiver did not answer in time')));
    request.on('error', reject);
    request.end(body);
  });
  if (status < 200 || status >= 300)
    throw Object.assign(new Error(`The receiver answered ${status}`), { status });
  return status;
}

async function sendEmail(db: Db, d: SendInput, allowPrivate: boolean): Promise<null> {
  const smtp = await readSmtpSettings(db);
  if (!smtp) throw new Error('SMTP is not configured');
  if (!d.recipient) throw new Error('The email has no recipient');
  await sendMail(smtp, { to: d.recipient, ...emailContent(d.payload) }, allowPrivate);
  return null;
}

/** One email through the configured SMTP server; the connection is closed afterwards. */
export async function sendMail(
  smtp: NonNullable<Awaited<ReturnType<typeof readSmtpSettings>>>,
  mail: { to: string; subject: string; text: string },
  allowPrivate: boolean,
): Promise<void> {
  // Resolved and checked here, then connected to by address; TLS still verifies the certificate's name.
  const address = await resolvePublic(smtp.host, allowPrivate);
  const transport = nodemailer.createTransport({
    host: address,
    tls: { servername: smtp.host },
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    connectionTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: smtp.from, ...mail });
  } finally {
    transport.close();
  }
}
