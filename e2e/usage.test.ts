import { Analytics } from '@segment/analytics-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Account } from '../src/shared/accounts.ts';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, apiLogin } from './harness.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page);
});
afterAll(() => browser?.close());

it('shows the active-users chart and top events on the usage tab of a busy demo account', async () => {
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const { data } = await admin.get<{ data: Account[] }>('/accounts?limit=200');
  const busiest = data.reduce((a, b) => (b.active_users_30d > a.active_users_30d ? b : a));
  expect(busiest.active_users_30d).toBeGreaterThan(0);

  await page.goto(`/accounts/${busiest.id}`);
  await page.getByRole('link', { name: 'Usage' }).click();
  const chart = page.getByRole('img', { name: /Active users chart/ });
  await chart.locator('canvas').first().waitFor();
  expect((await chart.boundingBox())?.height).toBeGreaterThan(200);

  const topEvents = page.locator('section', { has: page.getByRole('heading', { name: 'Top events' }) });
  await topEvents.getByRole('columnheader', { name: 'Users' }).waitFor();
  expect(await topEvents.locator('tbody tr').count()).toBeGreaterThan(0);
  await screenshot(page, 'usage-tab');
});

it('lists an event sent with analytics-node in the ingest debugger', async () => {
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const { key } = await admin.send<{ key: string }>('POST', '/api-keys', {
    name: 'E2E product events',
    scopes: ['ingest'],
    current_password: ADMIN_PASSWORD,
  });
  const event = `E2E Debugger Check ${Date.now()}`;
  const analytics = new Analytics({ writeKey: key, host: baseUrl(), flushAt: 1, maxRetries: 1 });
  const failures: unknown[] = [];
  analytics.on('error', (error) => failures.push(error));
  analytics.group({
    userId: 'e2e-user-1',
    groupId: 'e2e-debugger-account',
    traits: { name: 'E2E Debugger Co' },
  });
  analytics.track({ userId: 'e2e-user-1', event, context: { groupId: 'e2e-debugger-account' } });
  await analytics.closeAndFlush();
  expect(failures).toEqual([]);

  await page.goto('/settings/ingest');
  await page.getByRole('heading', { name: 'Ingest debugger' }).waitFor();
  await page.getByRole('row', { name: /E2E product events/ }).waitFor();
  const row = page.getByRole('row', { name: new RegExp(event) });
  await row.waitFor();
  expect(await row.textContent()).toContain('e2e-debugger-account');
  await screenshot(page, 'usage-debugger-live');
});
