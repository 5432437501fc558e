import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Analytics } from '@segment/analytics-node';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { systemActor } from '../auth/actor.ts';
import { createApiKey } from '../auth/create-api-key.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { rollupUsage } from './rollup-usage.ts';

let t: TestApp;
let server: ReturnType<typeof serve>;
let base: string;
let writeKey: string;

beforeAll(async () => {
  t = await createTestApp();
  writeKey = (await createApiKey(t.db, systemActor('test'), { name: 'segment', scopes: ['ingest'] })).key;
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await t?.close();
});

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: basic(writeKey), ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });

async function drainRollups() {
  await attachPendingEvents(t.db);
  while ((await rollupUsage(t.db)) > 0) {}
}

const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
  Number((await query.execute(t.db)).rows[0]?.n);

/** Forwards to Tend, but answers every third flush with 503 after Tend stored it: the client retries. */
function flakyProxy(target: string) {
  let requests = 0;
  const proxy = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length'),
      ) as Record<string, string>,
      body: Buffer.concat(chunks),
    });
    const text = await upstream.text();
    requests++;
    if (requests % 3 === 0) {
      res.writeHead(503).end('try again');
      return;
    }
    res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(text);
  });
  return { proxy, requests: () => requests };
}

describe('Segment-compatible ingest', () => {
  it('stores exactly what the real Segment client sends, with retried flushes counted once', async () => {
    const { proxy, requests } = flakyProxy(base);
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const analytics = new Analytics({
      writeKey,
      host: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      flushAt: 150,
      flushInterval: 200,
      maxRetries: 5,
    });
    const accounts = ['seg-acme', 'seg-globex', 'seg-initech'];
    for (const [i, groupId] of accounts.entries()) {
      analytics.group({ userId: `owner-${i}`, groupId, traits: { name: `Segment ${groupId}`, plan: 'pro' } });
    }
    for (let u = 0; u < 30; u++) {
      analytics.identify({
        userId: `user-${u}`,
        traits: { email: `user${u}@example.com`, name: `User ${u}` },
      });
      analytics.group({ userId: `user-${u}`, groupId: accounts[u % 3] as string });
    }
    const day = Date.UTC(2026, 10, 20);
    for (let i = 0; i < 3000; i++) {
      analytics.track({
        userId: `user-${i % 30}`,
        event: i % 4 === 0 ? 'Report Exported' : 'Dashboard Viewed',
        timestamp: new Date(day + (i % 72) * 3_600_000),
        // Half name their account; the rest are resolved from the user's last group call.
        ...(i % 2 ? { context: { groupId: accounts[i % 3] } } : {}),
      });
    }
    await analytics.closeAndFlush({ timeout: 60_000 });
    await new Promise((r) => proxy.close(r));
    expect(requests()).toBeGreaterThan(20);

    expect(await count(sql`select count(*)::int as n from raw_events where type = 'track'`)).toBe(3000);
    // Concurrent flushes can store a track before the group call that names its account commits;
    // the rollup worker attaches those, which drainRollups does here.
    await drainRollups();
    expect(
      await count(sql`select count(*)::int as n from raw_events where type = 'track' and account_id is null`),
    ).toBe(0);
    expect(await count(sql`select sum(count)::int as n from usage_daily`)).toBe(3000);
    const acme = await t.db
      .selectFrom('accounts')
      .select(['id', 'name', 'custom'])
      .where('external_id', '=', 'seg-acme')
      .executeTakeFirstOrThrow();
    expect(acme.name).toBe('Segment seg-acme');
    expect(acme.custom).toMatchObject({ plan: 'pro' });
    // Each user belongs to one account; i % 30 → user, and user u is in accounts[u % 3].
    expect(await count(sql`select sum(count)::int as n from usage_daily where account_id = ${acme.id}`)).toBe(
      1000,
    );
    expect(await count(sql`select count(*)::int as n from contacts where account_id = ${acme.id}`)).toBe(10);
    const days = await sql<{ day: string; users: number }>`
      select day::text, count(*)::int as users from usage_user_days where account_id = ${acme.id} group by day order by day`.execute(
      t.db,
    );
    expect(days.rows.map((r) => r.day)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(days.rows.every((r) => r.users === 10)).toBe(true);
  });

  it('stores the good messages of a batch and reports each bad one, kept for the debugger', async () => {
    const res = await post('/v1/batch', {
      batch: [
        { type: 'track', userId: 'u1', event: 'Good One', messageId: 'partial-1' },
        { type: 'track', userId: 'u1', messageId: 'partial-2' },
        { type: 'track', event: 'No user', messageId: 'partial-3' },
        { type: 'launch', userId: 'u1', messageId: 'partial-4' },
        { type: 'track', userId: 'u1', event: 'Too big', properties: { blob: 'x'.repeat(33 * 1024) } },
        { type: 'track', userId: 'u1', event: 'NUL \u0000 inside' },
        'not an object',
      ],
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [1, 'invalid_message'],
      [2, 'invalid_message'],
      [3, 'invalid_type'],
      [4, 'message_too_large'],
      [5, 'invalid_message'],
      [6, 'invalid_message'],
    ]);
    expect(body.rejected[1].message).toContain('userId or anonymousId is required');
    expect(
      await count(sql`select count(*)::int as n from raw_events where message_id like 'partial-%'`),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from ingest_rejections`)).toBeGreaterThanOrEqual(6);
  });

  it('counts a message without messageId once however often it is retried', async () => {
    const message = {
      userId: 'retry-user',
      event: 'Retried',
      timestamp: '2026-11-01T10:00:00Z',
      properties: { n: 1 },
    };
    const first = await (await post('/v1/track', message)).json();
    const again = await (await post('/v1/track', { ...message, sentAt: new Date().toISOString() })).json();
    expect(first).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(again).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it('accepts gzip bodies', async () => {
    const body = gzipSync(
      JSON.stringify({ batch: [{ type: 'track', userId: 'gz', event: 'Zipped', messageId: 'gzip-1' }] }),
    );
    const res = await post('/v1/batch', new Uint8Array(body), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect((await res.json()).accepted).toBe(1);
  });

  it.each([
    ['a body that is not JSON', '/v1/batch', '{"batch": [', {}, 400, 'invalid_json'],
    ['a body that is not a batch', '/v1/batch', { events: [] }, {}, 400, 'bad_request'],
    [
      'a batch over 500 KB',
      '/v1/batch',
      { batch: [{ type: 'track', userId: 'u', event: 'x'.repeat(520 * 1024) }] },
      {},
      413,
      'payload_too_large',
    ],
    [
      'a single message over 32 KB',
      '/v1/track',
      { userId: 'u', event: 'Big', properties: { x: 'y'.repeat(40 * 1024) } },
      {},
      413,
      'payload_too_large',
    ],
    [
      'an unknown write key',
      '/v1/batch',
      { batch: [] },
      { authorization: basic('tend_nope_nope') },
      401,
      'unauthenticated',
    ],
    ['no credentials at all', '/v1/batch', { batch: [] }, { authorization: '' }, 401, 'unauthenticated'],
    ['broken gzip', '/v1/batch', 'not gzip', { 'content-encoding': 'gzip' }, 400, 'bad_request'],
  ])('answers %s with a clear error and stores nothing', async (_, path, body, headers, status, code) => {
    const before = await count(sql`select count(*)::int as n from ingest_messages`);
    const res = await post(path, body, headers as Record<string, string>);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
    expect(await count(sql`select count(*)::int as n from ingest_messages`)).toBe(before);
  });

  it('refuses a key without the ingest scope', async () => {
    const readKey = (await createApiKey(t.db, systemActor('test'), { name: 'reader', scopes: ['read'] })).key;
    const res = await post('/v1/batch', { batch: [] }, { authorization: basic(readKey) });
    expect(res.status).toBe(403);
  });

  it('keeps events of an unknown account and attaches them when the account appears', async () => {
    await post('/v1/track', {
      userId: 'early',
      event: 'Early Bird',
      context: { groupId: 'later-co' },
      timestamp: '2026-11-02T09:00:00Z',
    });
    await drainRollups();
    expect(
      await count(
        sql`select count(*)::int as n from raw_events where group_id = 'later-co' and account_id is null`,
      ),
    ).toBe(1);
    const admin = await t.as('admin');
    const created = await (
      await admin.post('/api/accounts', { name: 'Later Co', external_id: 'later-co' })
    ).json();
    await drainRollups();
    expect(await count(sql`select count(*)::int as n from raw_events where account_id = ${created.id}`)).toBe(
      1,
    );
    expect(
      await count(
        sql`select sum(count)::int as n from usage_daily where account_id = ${created.id} and event = 'Early Bird'`,
      ),
    ).toBe(1);
  });

  it('merges an anonymous visitor into the known user on alias', async () => {
    await post('/v1/group', { userId: 'known-user', groupId: 'alias-co', traits: { name: 'Alias Co' } });
    await post('/v1/page', {
      anonymousId: 'anon-42',
      name: 'Pricing',
      context: { groupId: 'alias-co' },
      timestamp: '2026-11-03T08:00:00Z',
    });
    await post('/v1/alias', { previousId: 'anon-42', userId: 'known-user' });
    await post('/v1/track', {
      anonymousId: 'anon-42',
      event: 'Signed Up',
      timestamp: '2026-11-03T08:05:00Z',
    });
    await drainRollups();
    const users = await sql<{ user_id: string }>`
      select distinct u.user_id from usage_user_days u join accounts a on a.id = u.account_id where a.external_id = 'alias-co'`.execute(
      t.db,
    );
    expect(users.rows.map((r) => r.user_id)).toEqual(['known-user']);
  });
});

describe('usage views API', () => {
  it("shows an account's active users, top events and key-feature adoption", async () => {
    const admin = await t.as('admin');
    const saved = await admin.request('PUT', '/api/settings/usage', {
      key_features: ['Report Exported', 'Alert Created'],
      raw_event_retention_days: null,
    });
    expect(saved.status).toBe(200);
    const acme = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('external_id', '=', 'seg-acme')
      .executeTakeFirstOrThrow();
    const res = await admin.get(`/api/accounts/${acme.id}/usage?days=7&to=2026-11-22`);
    expect(res.status).toBe(200);
    const usage = await res.json();
    expect(usage.active_users).toHaveLength(7);
    expect(usage.active_users.at(-1)).toEqual({ day: '2026-11-22', dau: 10, wau: 10, mau: 10 });
    expect(usage.active_users[0]).toMatchObject({ day: '2026-11-16', dau: 0 });
    expect(usage.top_events).toEqual([
      { event: 'Dashboard Viewed', count: 750, users: 10, last_seen: '2026-11-22' },
      // Exports are every 12th event, so only users 0, 6, 12, 18 and 24 of acme's ten make them.
      { event: 'Report Exported', count: 250, users: 5, last_seen: '2026-11-22' },
    ]);
    expect(usage.feature_adoption.adoption).toBe(0.5);
    expect(
      usage.contacts.filter((c: { last_seen: string | null }) => c.last_seen === '2026-11-22'),
    ).toHaveLength(10);

    const events = await (
      await admin.get(`/api/accounts/${acme.id}/events?event=Report%20Exported&limit=5`)
    ).json();
    expect(events.data).toHaveLength(5);
    expect(events.data.every((e: { event: string }) => e.event === 'Report Exported')).toBe(true);
    const next = await (
      await admin.get(
        `/api/accounts/${acme.id}/events?event=Report%20Exported&limit=5&cursor=${events.next_cursor}`,
      )
    ).json();
    expect(next.data[0].timestamp <= events.data[4].timestamp).toBe(true);
    expect(next.data.map((e: { id: string }) => e.id)).not.toContain(events.data[4].id);
  });

  it('shows admins the ingest debugger and keeps it from other roles', async () => {
    const admin = await t.as('admin');
    const res = await admin.get('/api/ingest/debugger');
    expect(res.status).toBe(200);
    const dbg = await res.json();
    expect(dbg.recent_events.length).toBeGreaterThan(0);
    expect(dbg.rejections.map((r: { code: string }) => r.code)).toContain('message_too_large');
    expect(dbg.per_key.find((k: { name: string }) => k.name === 'segment')?.events_24h).toBeGreaterThan(3000);
    const csm = await t.as('csm');
    expect((await csm.get('/api/ingest/debugger')).status).toBe(403);
    expect(
      (await csm.request('PUT', '/api/settings/usage', { key_features: [], raw_event_retention_days: null }))
        .status,
    ).toBe(403);
  });
});

describe('usage on the accounts list', () => {
  it('shows monthly active users as a column', async () => {
    await post('/v1/group', { userId: 'mau-1', groupId: 'mau-co', traits: { name: 'Monthly Active Co' } });
    for (const userId of ['mau-1', 'mau-2', 'mau-1']) {
      await post('/v1/track', {
        userId,
        event: 'Opened',
        context: { groupId: 'mau-co' },
        timestamp: new Date().toISOString(),
      });
    }
    await drainRollups();
    const viewer = await t.as('viewer');
    const page = await (await viewer.get('/api/accounts?q=monthly%20active')).json();
    expect(page.data).toHaveLength(1);
    expect(page.data[0].active_users_30d).toBe(2);
  });
});
