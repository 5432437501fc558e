// Notifications never reach internal addresses unless the operator allows it (TEND_ALLOW_PRIVATE_OUTBOUND):
// refused on save when the URL names one outright, and at send on the address actually connected to.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { startHttpReceiver, startSmtpReceiver } from '../../test/local-receivers.ts';
import { deliverNotification } from './deliver-notification.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
}, 60_000);
afterAll(() => t?.close());

const REFUSED = { ok: false, response_status: null, error: 'The channel did not accept the message' };

// The metadata service in each spelling, the private networks, and Tend's own host. Refused before any
// socket opens, so these tests send nothing to them.
const HOSTILE = [
  'http://169.254.169.254/latest/meta-data/',
  'http://2852039166/',
  'http://[::ffff:a9fe:a9fe]/',
  'http://[fd00:ec2::254]/',
  'http://localhost:3000/api/users',
  'http://app.localhost/',
  'http://127.0.0.1:3000/',
  'http://[::1]/',
  'http://10.0.0.5/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[fe80::1]/',
  'http://224.0.0.1/',
  'http://0.0.0.0/',
];

/** A channel row as if saved before this check existed (or while the flag was on). */
const insertChannel = async (url: string, kind = 'webhook') =>
  (
    await t.db
      .insertInto('notification_channels')
      .values({ kind, name: `Raw ${url}`, url, secret: 'whsec_x' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

describe('on save', () => {
  it.each(HOSTILE)('refuses a channel URL of %s with a 422 on the url field', async (url) => {
    for (const kind of ['webhook', 'slack', 'teams']) {
      const res = await admin.post('/api/notifications/channels', { kind, name: 'Internal', url });
      expect(res.status).toBe(422);
      expect((await res.json()).error).toMatchObject({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: ['url'] })],
      });
    }
    const id = await insertChannel('https://hooks.example.com/x');
    expect((await admin.patch(`/api/notifications/channels/${id}`, { url })).status).toBe(422);
  });

  it.each(['169.254.169.254', '::ffff:a9fe:a9fe', 'localhost', '127.0.0.1', '10.1.2.3'])(
    'refuses an SMTP host of %s',
    async (host) => {
      const res = await admin.request('PUT', '/api/notifications/smtp', { host, port: 25, from: 'a@b.io' });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toEqual([expect.objectContaining({ path: ['host'] })]);
    },
  );
});

describe('at send', () => {
  it.each(HOSTILE)('refuses to send a test to %s, with the generic answer', async (url) => {
    const res = await admin.post(`/api/notifications/channels/${await insertChannel(url, 'slack')}/test`);
    expect(await res.json()).toEqual(REFUSED);
  });

  it('refuses a live receiver on loopback, however the address is written or resolved', async () => {
    const receiver = await startHttpReceiver();
    try {
      const port = new URL(receiver.url).port;
      // localhost goes through DNS (the lookup of the socket); the others are literals.
      for (const host of ['localhost', '127.0.0.1', '2130706433', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]']) {
        const id = await insertChannel(`http://${host}:${port}/hook`, 'teams');
        const res = await admin.post(`/api/notifications/channels/${id}/test`);
        expect(await res.json(), host).toEqual(REFUSED);
      }
      expect(receiver.received).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('refuses a queued delivery to a loopback receiver, and records it failed', async () => {
    const receiver = await startHttpReceiver();
    try {
      const url = receiver.url.replace('127.0.0.1', 'localhost');
      const channelId = await insertChannel(url);
      const { id } = await t.db
        .insertInto('notification_deliveries')
        .values({ kind: 'webhook', channel_id: channelId, payload: '{}', status: 'pending' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await expect(
        deliverNotification(t.db, id, { retryCount: 3, retryLimit: 3, allowPrivate: false }),
      ).rejects.toThrow(/internal/);
      expect(receiver.received).toEqual([]);
      const row = await t.db
        .selectFrom('notification_deliveries')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('failed');
    } finally {
      await receiver.close();
    }
  });

  it('refuses an SMTP host that resolves to loopback', async () => {
    const smtp = await startSmtpReceiver();
    try {
      const value = JSON.stringify({
        host: 'localhost',
        port: smtp.port,
        secure: false,
        from: 'tend@example.com',
      });
      await t.db
        .insertInto('app_settings')
        .values({ key: 'notifications.smtp', value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
      const res = await admin.post('/api/notifications/smtp/test', { to: 'ops@example.com' });
      expect(await res.json()).toEqual(REFUSED);
      expect(smtp.received).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});

describe('with TEND_ALLOW_PRIVATE_OUTBOUND', () => {
  let local: TestApp;
  beforeAll(async () => {
    local = await createTestApp({ TEND_ALLOW_PRIVATE_OUTBOUND: 'true' });
  }, 60_000);
  afterAll(() => local?.close());

  it('sends to a local receiver, and does not follow a redirect', async () => {
    const admin = await local.as('admin');
    const target = await startHttpReceiver();
    const redirect = http.createServer((_, res) => res.writeHead(302, { location: target.url }).end());
    await new Promise<void>((r) => redirect.listen(0, '127.0.0.1', r));
    try {
      const direct = await admin.post('/api/notifications/channels', {
        kind: 'slack',
        name: 'Local',
        url: target.url,
      });
      expect(direct.status).toBe(201);
      const ok = await admin.post(`/api/notifications/channels/${(await direct.json()).id}/test`);
      expect(await ok.json()).toEqual({ ok: true, response_status: 200, error: null });
      expect(target.received).toHaveLength(1);

      const port = (redirect.address() as AddressInfo).port;
      const moved = await admin.post('/api/notifications/channels', {
        kind: 'slack',
        name: 'Moved',
        url: `http://127.0.0.1:${port}/hook`,
      });
      const res = await admin.post(`/api/notifications/channels/${(await moved.json()).id}/test`);
      expect(await res.json()).toEqual(REFUSED);
      expect(target.received).toHaveLength(1);
    } finally {
      await new Promise<void>((r) => redirect.close(() => r()));
      await target.close();
    }
  });
});
