// The path a CSM relies on, end to end with the running workers: product usage arrives through the real
// Segment client, usage drops, and the account's health falls within seconds with the usage measure named.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Analytics } from '@segment/analytics-node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccountHealth } from '../../../shared/health.ts';
import { createLogger } from '../../logger.ts';
import { startPipeline } from '../../pipeline/pipeline.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { systemActor } from '../auth/actor.ts';
import { createApiKey } from '../auth/create-api-key.ts';

let t: TestApp;
let admin: SessionClient;
let server: ReturnType<typeof serve>;
let analytics: Analytics;
let host: string;
let writeKey: string;
const workers: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  writeKey = (await createApiKey(t.db, systemActor('test'), { name: 'segment', scopes: ['ingest'] })).key;
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  analytics = new Analytics({ writeKey, host, flushAt: 100, flushInterval: 100 });
  const logger = createLogger('silent');
  workers.push(await startPipeline(t.database, logger, { idleMs: 100 }, ['usage', 'health']));
});
afterAll(async () => {
  await analytics?.closeAndFlush({ timeout: 10_000 });
  for (const w of workers) await w.stop();
  await new Promise((r) => server?.close(r));
  await t?.close();
});

const DAY = 86_400_000;

function track(groupId: string, users: number, events: number, daysAgo: number, client = analytics) {
  for (let i = 0; i < events; i++)
    client.track({
      userId: `${groupId}-user-${i % users}`,
      event: 'Dashboard Viewed',
      timestamp: new Date(Date.now() - daysAgo * DAY - (i % 20) * 60_000),
      context: { groupId },
    });
}

/** Polls until the predicate holds; the test fails on the timeout, it never asserts a duration. */
async function until(accountId: string, ok: (h: AccountHealth) => boolean): Promise<AccountHealth> {
  for (;;) {
    const h: AccountHealth = await (await admin.get(`/api/accounts/${accountId}/health`)).json();
    if (ok(h)) return h;
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('usage of an account drops and its health falls within seconds, explained by the usage measure', async () => {
  const saved = await admin.post('/api/scorecards', {
    name: 'Usage',
    is_default: true,
    measures: [
      {
        key: 'usage_trend',
        label: 'Usage trend',
        weight: 70,
        source: { type: 'usage_trend', metric: 'events', days: 7 },
        scoring: { kind: 'linear', from: -50, to: 0 },
      },
      {
        key: 'weekly_users',
        label: 'Weekly active users',
        weight: 30,
        source: { type: 'active_users', days: 7 },
        scoring: { kind: 'linear', from: 0, to: 10 },
      },
    ],
  });
  expect(saved.status).toBe(201);
  analytics.group({ userId: 'fresh-owner', groupId: 'fresh-co', traits: { name: 'Fresh Co' } });
  track('fresh-co', 10, 200, 10); // the week before
  track('fresh-co', 10, 200, 2); // this week: as busy
  await analytics.flush({ timeout: 30_000 });
  const accounts = await (await admin.get('/api/accounts?q=Fresh%20Co')).json();
  const accountId: string = accounts.data[0].id;

  const steady = await until(accountId, (h) => h.score === 100);
  expect(steady.color).toBe('green');

  // Late events for the week before arrive, in one batch: this week is now 60% down on it. (Sent as three
  // batches, a rollup pass may run after the first: the rollup adds each batch as it commits, and the health
  // seen first would be that of 100 late events.)
  const backfill = new Analytics({ writeKey, host, flushAt: 300, flushInterval: 100 });
  track('fresh-co', 10, 300, 9, backfill);
  await backfill.closeAndFlush({ timeout: 30_000 });
  const fallen = await until(accountId, (h) => h.score !== null && h.score < 100);
  expect(fallen).toMatchObject({ score: 30, color: 'red' });
  expect(fallen.last_change).toMatchObject({ from: 100, to: 30 });
  // The trend reads the final -60 (a score of 0 from -50 on), and the explanation names it.
  const named = fallen.last_change?.measures[0];
  expect(named).toMatchObject({ label: 'Usage trend', from: 0, delta: -70 });
  expect(named?.to).toBeLessThanOrEqual(-50);
});
