// Issue 6's end-to-end path for a usage drop: two weeks of usage history arrive through the ingest API, the
// real Segment client sends this week's (much lower) usage, and the app's own workers do the rest: the usage
// rollup, the rules sweep that finds the drop, the CTA with its reason in the owner's cockpit, a message to a
// local HTTP server standing in for Slack and an email to a local SMTP server.
//
// The sweep of state triggers runs on a schedule (every 5 minutes by default), so this file starts its own
// Tend with TEND_RULES_SWEEP_CRON set to every 2 seconds: the schedule is the real interface, only faster.
import { Analytics } from '@segment/analytics-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeEmailBody, startHttpReceiver, startSmtpReceiver } from '../src/server/test/local-receivers.ts';
import type { AccountUsage } from '../src/shared/usage.ts';
import { launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  apiLogin,
  createUser,
  startServer,
  type TendServer,
} from './harness.ts';

const DAY = 86_400_000;
const HISTORY_PER_DAY = 10;
const THIS_WEEK = 3;

let tend: TendServer;
let browser: Browser;
let page: Page;
let slack: Awaited<ReturnType<typeof startHttpReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  [tend, browser, slack, smtp] = await Promise.all([
    startServer({ TEND_RULES_SWEEP_CRON: '*/2 * * * * *', TEND_SEED_DEMO: 'false' }),
    launchBrowser(),
    startHttpReceiver(),
    startSmtpReceiver(),
  ]);
  page = await newPage(browser, tend.url);
});
afterAll(async () => {
  await browser?.close();
  await slack?.close();
  await smtp?.close();
  await tend?.stop();
});

/** The week before last at HISTORY_PER_DAY events a day, sent as one batch with past timestamps. */
async function backfillHistory(writeKey: string, externalId: string) {
  const batch = [];
  for (let back = 13; back >= 7; back--)
    for (let i = 0; i < HISTORY_PER_DAY; i++)
      batch.push({
        type: 'track',
        messageId: `history-${externalId}-${back}-${i}`,
        userId: `user-${i % 3}`,
        event: 'Report Exported',
        context: { groupId: externalId },
        timestamp: new Date(Date.now() - back * DAY).toISOString(),
      });
  const res = await fetch(`${tend.url}/v1/batch`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ batch }),
  });
  expect(res.status, await res.text()).toBe(200);
}

it('turns a usage drop sent with analytics-node into a CTA with its reason in the owner’s cockpit, a Slack message and an email', async () => {
  const admin = await apiLogin(tend.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const csm = await createUser(tend.url, 'csm');
  const { data: users } = await admin.get<{ data: { id: string; email: string }[] }>('/users');
  const stamp = Date.now();
  const externalId = `e2e-drop-${stamp}`;
  const accountName = `Dropping Co ${stamp}`;
  const account = await admin.send<{ id: string }>('POST', '/accounts', {
    name: accountName,
    external_id: externalId,
    owner_id: users.find((u) => u.email === csm.email)?.id,
  });
  const channel = await admin.send<{ id: string }>('POST', '/notifications/channels', {
    kind: 'slack',
    name: '#cs-alerts',
    url: slack.url,
  });
  await admin.send('PUT', '/notifications/smtp', {
    host: '127.0.0.1',
    port: smtp.port,
    from: 'tend@example.com',
  });
  // Switched on once this week's usage is in (below): a drop is an absence, so a rule already on would fire
  // as soon as the history lands, before the Segment client has sent anything.
  const rule = await admin.send<{ id: string }>('POST', '/rules', {
    name: 'Usage fell by half',
    enabled: false,
    trigger: { type: 'usage_drop', percent: 50, window_days: 7 },
    actions: [
      {
        type: 'open_cta',
        cta_type: 'risk',
        priority: 'high',
        title: 'Find out why usage fell',
        playbook: 'usage_drop',
      },
      { type: 'notify_slack', channel_id: channel.id, message: 'Usage of {{account}} fell: {{reason}}' },
      { type: 'send_email', to: 'owner' },
    ],
  });

  const { key } = await admin.send<{ key: string }>('POST', '/api-keys', {
    name: 'E2E usage drop',
    scopes: ['ingest'],
    current_password: ADMIN_PASSWORD,
  });
  await backfillHistory(key, externalId);
  const analytics = new Analytics({ writeKey: key, host: tend.url, flushAt: THIS_WEEK, maxRetries: 1 });
  const failures: unknown[] = [];
  analytics.on('error', (error) => failures.push(error));
  for (let i = 0; i < THIS_WEEK; i++)
    analytics.track({ userId: 'user-0', event: 'Report Exported', context: { groupId: externalId } });
  await analytics.closeAndFlush();
  expect(failures).toEqual([]);

  // The usage worker has rolled up both weeks when the account's usage counts every event.
  const rolledUp = async () => {
    const usage = await admin.get<AccountUsage>(`/accounts/${account.id}/usage?days=30`);
    return usage.top_events.reduce((sum, e) => sum + e.count, 0);
  };
  await expect.poll(rolledUp, { timeout: 60_000, interval: 500 }).toBe(7 * HISTORY_PER_DAY + THIS_WEEK);
  await admin.send('PATCH', `/rules/${rule.id}`, { enabled: true });

  await logIn(page, csm.email, csm.password);
  await page.waitForURL('**/cockpit');
  const row = page.getByRole('row', { name: /Find out why usage fell/ });
  await expect
    .poll(
      async () => {
        if (await row.isVisible()) return true;
        await page.reload();
        await page.getByRole('heading', { name: 'Cockpit', level: 1 }).waitFor();
        return row.isVisible();
      },
      { timeout: 60_000, interval: 1_000 },
    )
    .toBe(true);
  const reason = await row.textContent();
  expect(reason).toContain(accountName);
  expect(reason).toContain('Usage fell by half');
  expect(reason).toContain(`previous: ${7 * HISTORY_PER_DAY}`);
  expect(reason).toContain(`current: ${THIS_WEEK}`);
  expect(reason).toContain('drop percent: 96');
  await screenshot(page, 'cockpit-usage-drop');

  await expect.poll(() => slack.received.length, { timeout: 60_000 }).toBeGreaterThan(0);
  const text = JSON.parse(slack.received[0]?.body ?? '{}').text as string;
  expect(text).toContain(`Usage of ${accountName} fell`);
  expect(text).toContain('drop_percent: 96');
  await expect.poll(() => smtp.received.length, { timeout: 60_000 }).toBeGreaterThan(0);
  expect(smtp.received[0]?.to).toEqual([csm.email]);
  const email = decodeEmailBody(smtp.received[0]?.raw ?? '');
  expect(email).toContain(accountName);
  expect(email).toContain('Find out why usage fell');
  expect(email).toContain('Usage fell by half');
  // Longer than the files' default: the rollup, a sweep tick and the deliveries each take their turn, and on
  // two shared cores this took 56 s of the default 60.
}, 180_000);
