// The whole path from a product event to a CSM's cockpit, Slack and inbox: the real Segment client sends the
// event to the running Tend, a rule opens a CTA with its reason, a local HTTP server stands in for Slack and a
// local SMTP server receives the email.
import { Analytics } from '@segment/analytics-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeEmailBody, startHttpReceiver, startSmtpReceiver } from '../src/server/test/local-receivers.ts';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, apiLogin, createUser } from './harness.ts';

let browser: Browser;
let page: Page;
let slack: Awaited<ReturnType<typeof startHttpReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  slack = await startHttpReceiver();
  smtp = await startSmtpReceiver();
});
afterAll(async () => {
  await browser?.close();
  await slack?.close();
  await smtp?.close();
});

it('turns a cancelled subscription into a CTA with its reason in the owner’s cockpit, a Slack message and an email', async () => {
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const csm = await createUser(baseUrl(), 'csm');
  const { data: users } = await admin.get<{ data: { id: string; email: string }[] }>('/users');
  const csmId = users.find((u) => u.email === csm.email)?.id;
  const stamp = Date.now();
  const account = await admin.send<{ id: string }>('POST', '/accounts', {
    name: `Cancelling Co ${stamp}`,
    external_id: `e2e-cancel-${stamp}`,
    owner_id: csmId,
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
  const event = `Subscription Cancelled ${stamp}`;
  await admin.send('POST', '/rules', {
    name: 'Subscription cancelled',
    enabled: true,
    trigger: { type: 'product_event', event },
    actions: [
      {
        type: 'open_cta',
        cta_type: 'risk',
        priority: 'urgent',
        title: 'Win back the account',
        playbook: 'usage_drop',
      },
      { type: 'notify_slack', channel_id: channel.id, message: '{{account}} cancelled: {{reason}}' },
      { type: 'send_email', to: 'owner' },
    ],
  });

  const { key } = await admin.send<{ key: string }>('POST', '/api-keys', {
    name: 'E2E cockpit',
    scopes: ['ingest'],
    current_password: ADMIN_PASSWORD,
  });
  const analytics = new Analytics({ writeKey: key, host: baseUrl(), flushAt: 1, maxRetries: 1 });
  analytics.track({
    userId: 'e2e-canceller',
    event,
    context: { groupId: `e2e-cancel-${stamp}` },
    properties: { plan: 'pro' },
  });
  await analytics.closeAndFlush();

  await logIn(page, csm.email, csm.password);
  await page.waitForURL('**/cockpit');
  const row = page.getByRole('row', { name: /Win back the account/ });
  await expect
    .poll(
      async () => {
        if (await row.isVisible()) return true;
        await page.reload();
        await page.getByRole('heading', { name: 'Cockpit', level: 1 }).waitFor();
        return row.isVisible();
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
  expect(await row.textContent()).toContain('Subscription cancelled');
  expect(await row.textContent()).toContain(event);
  await page.getByRole('heading', { name: 'Accounts at risk' }).waitFor();
  await screenshot(page, 'cockpit');

  await expect.poll(() => slack.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(JSON.parse(slack.received[0]?.body ?? '{}').text).toContain(`Cancelling Co ${stamp} cancelled`);
  await expect.poll(() => smtp.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(smtp.received[0]?.to).toEqual([csm.email]);
  expect(decodeEmailBody(smtp.received[0]?.raw ?? '')).toContain('Win back the account');
  expect(account.id).toBeTruthy();
});
