import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { decodeEmailBody, startHttpReceiver, startSmtpReceiver } from '../../test/local-receivers.ts';
import { verifyWebhook } from './sign-webhook.ts';

let t: TestApp;
let admin: SessionClient;

beforeAll(async () => {
  // The local receivers listen on 127.0.0.1.
  t = await createTestApp({ TEND_ALLOW_PRIVATE_OUTBOUND: 'true' });
  admin = await t.as('admin');
}, 60_000);
afterAll(() => t?.close());

async function channel(kind: string, url: string) {
  const res = await admin.post('/api/notifications/channels', { kind, name: `${kind} test`, url });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; secret: string | null };
}

describe('test messages', () => {
  it('posts a test message to a Slack channel and answers what the receiver said', async () => {
    const slack = await startHttpReceiver();
    try {
      const c = await channel('slack', slack.url);
      const res = await admin.post(`/api/notifications/channels/${c.id}/test`);
      expect(await res.json()).toEqual({ ok: true, response_status: 200, error: null });
      expect(JSON.parse(slack.received[0]?.body ?? '{}').text).toContain('Tend test message');
      const log = await (await admin.get('/api/notifications/deliveries')).json();
      // A test is not a delivery: the log stays for what rules sent.
      expect(log.data.filter((d: { channel_name: string }) => d.channel_name === 'slack test')).toEqual([]);
    } finally {
      await slack.close();
    }
  });

  it('signs a test webhook with the channel secret', async () => {
    const hook = await startHttpReceiver();
    try {
      const c = await channel('webhook', hook.url);
      await admin.post(`/api/notifications/channels/${c.id}/test`);
      const got = hook.received[0];
      expect(JSON.parse(got?.body ?? '{}').type).toBe('test');
      expect(verifyWebhook(c.secret ?? '', got?.body ?? '', String(got?.headers['tend-signature']))).toBe(
        true,
      );
    } finally {
      await hook.close();
    }
  });

  it('reports a failing receiver as not sent, without its status (no port scanner)', async () => {
    const broken = await startHttpReceiver(() => 500);
    try {
      const c = await channel('teams', broken.url);
      const res = await admin.post(`/api/notifications/channels/${c.id}/test`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        ok: false,
        response_status: null,
        error: 'The channel did not accept the message',
      });
    } finally {
      await broken.close();
    }
  });

  it('answers 404 for an unknown channel', async () => {
    const res = await admin.post('/api/notifications/channels/00000000-0000-7000-8000-000000000000/test');
    expect(res.status).toBe(404);
  });

  it('says SMTP is not configured, then sends a test email once it is', async () => {
    const before = await (await admin.post('/api/notifications/smtp/test', { to: 'ops@example.com' })).json();
    expect(before).toMatchObject({ ok: false, error: expect.stringContaining('not configured') });
    const smtp = await startSmtpReceiver();
    try {
      await admin.request('PUT', '/api/notifications/smtp', {
        host: '127.0.0.1',
        port: smtp.port,
        from: 'tend@example.com',
      });
      const res = await admin.post('/api/notifications/smtp/test', { to: 'ops@example.com' });
      expect(await res.json()).toEqual({ ok: true, response_status: null, error: null });
      expect(smtp.received[0]?.to).toEqual(['ops@example.com']);
      expect(decodeEmailBody(smtp.received[0]?.raw ?? '')).toContain('Tend test message');
    } finally {
      await smtp.close();
    }
  });

  it('records each test in the audit log', async () => {
    const { count } = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('action', 'in', ['channel.tested', 'smtp.tested'])
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBeGreaterThanOrEqual(4);
  });
});
