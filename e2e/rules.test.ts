// The admin's side of rules: writing one in the editor (a bad one first), a dry run of the draft and of the
// saved rule before switching it on, and the delivery log where a failed webhook delivery is sent again.
import { Analytics } from '@segment/analytics-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHttpReceiver } from '../src/server/test/local-receivers.ts';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, apiLogin } from './harness.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page);
});
afterAll(async () => {
  await browser?.close();
});

it('lets an admin write a rule: a bad one is refused next to its field, the dry run lists accounts, then it is switched on', async () => {
  const name = `E2E renewals ${Date.now()}`;
  await page.goto('/settings/rules/new');
  await page.getByRole('heading', { name: 'Rule', exact: true }).waitFor();
  await page.getByLabel(/^Name\*?$/).fill(name);
  await page.getByLabel('Trigger', { exact: true }).selectOption('renewal_in_days');
  await page.getByLabel(/^Days\*?$/).fill('200');
  // A Slack post with no channel: an action without a target.
  const action = page.getByTestId('rule-action').first();
  await action.getByRole('combobox').first().selectOption('notify_slack');
  await page.getByRole('button', { name: 'Create rule' }).click();
  await page.getByRole('alert').filter({ hasText: 'The rule has problems' }).waitFor();
  const channel = action.getByLabel('Channel');
  expect(await channel.getAttribute('aria-invalid')).toBe('true');
  await action.locator('.field-error').filter({ hasText: 'Required' }).waitFor();
  await screenshot(page, 'rule-editor-invalid');

  await action.getByRole('combobox').first().selectOption('open_cta');
  await action.getByLabel('Title').fill('Plan the renewal');
  // The dry run reads the rule as written, before it is ever saved.
  await page.getByRole('button', { name: 'Run dry run' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Would have fired for' });
  await summary.waitFor();
  expect(await page.getByRole('heading', { name: 'Rule', exact: true }).isVisible()).toBe(true);
  expect(page.url()).toMatch(/\/settings\/rules\/new$/);
  await screenshot(page, 'rule-editor-draft-dry-run');
  await page.getByRole('button', { name: 'Create rule' }).click();
  await page.waitForURL(/\/settings\/rules\/[0-9a-f-]{36}$/);

  await page.getByRole('button', { name: 'Run dry run' }).click();
  await summary.waitFor();
  expect(await page.getByTestId('dry-run').getByRole('listitem').count()).toBeGreaterThan(0);
  await screenshot(page, 'rule-editor-dry-run');

  await page.getByRole('switch', { name: /Switched on/ }).check();
  await page.getByRole('button', { name: 'Save rule' }).click();
  await page.getByText('Rule saved').first().waitFor();
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const { data } = await admin.get<{ data: { name: string; enabled: boolean }[] }>('/rules');
  expect(data.find((r) => r.name === name)?.enabled).toBe(true);

  await page.goto('/settings/rules');
  await page.getByRole('row', { name: new RegExp(name) }).waitFor();
  expect(await page.getByRole('switch', { name: `Switch “${name}” on or off` }).isChecked()).toBe(true);
});

it('sets a field with the input the field takes: a list of coverage models, a date picker for the renewal date', async () => {
  const name = `E2E set field ${Date.now()}`;
  await page.goto('/settings/rules/new');
  await page.getByRole('heading', { name: 'Rule', exact: true }).waitFor();
  await page.getByLabel(/^Name\*?$/).fill(name);
  const action = page.getByTestId('rule-action').first();
  await action.getByRole('combobox').first().selectOption('set_field');
  await action.getByLabel('Field').selectOption('coverage_model');
  const value = action.getByLabel(/^New value\*?$/);
  expect(await value.evaluate((el) => el.tagName)).toBe('SELECT');
  await value.selectOption({ label: 'Dedicated' });
  await action.scrollIntoViewIfNeeded();
  await screenshot(page, 'rule-editor-set-field');
  await action.getByLabel('Field').selectOption('renewal_date');
  // The coverage model chosen before is gone: it means nothing for a date.
  expect(await value.getAttribute('type')).toBe('date');
  expect(await value.inputValue()).toBe('');
  await value.fill('2027-03-01');
  await page.getByRole('button', { name: 'Create rule' }).click();
  await page.waitForURL(/\/settings\/rules\/[0-9a-f-]{36}$/);
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const { data } = await admin.get<{ data: { name: string; actions: unknown[] }[] }>('/rules');
  expect(data.find((r) => r.name === name)?.actions).toEqual([
    { type: 'set_field', field: 'renewal_date', value: '2027-03-01' },
  ]);
});

it('shows a failed webhook delivery in the log, and Retry sends it again', async () => {
  let failing = true;
  const receiver = await startHttpReceiver(() => (failing ? 500 : 200));
  try {
    const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
    const stamp = Date.now();
    const channel = await admin.send<{ id: string }>('POST', '/notifications/channels', {
      kind: 'webhook',
      name: `E2E receiver ${stamp}`,
      url: receiver.url,
    });
    const account = `e2e-delivery-${stamp}`;
    await admin.send('POST', '/accounts', { name: `Delivery Co ${stamp}`, external_id: account });
    const event = `Delivery Check ${stamp}`;
    await admin.send('POST', '/rules', {
      name: `E2E webhook ${stamp}`,
      enabled: true,
      trigger: { type: 'product_event', event },
      actions: [{ type: 'call_webhook', channel_id: channel.id }],
    });
    const { key } = await admin.send<{ key: string }>('POST', '/api-keys', {
      name: 'E2E deliveries',
      scopes: ['ingest'],
      current_password: ADMIN_PASSWORD,
    });
    const analytics = new Analytics({ writeKey: key, host: baseUrl(), flushAt: 1, maxRetries: 1 });
    analytics.track({ userId: 'e2e-delivery', event, context: { groupId: account } });
    await analytics.closeAndFlush();

    type Row = { id: string; channel_name: string | null; status: string };
    const mine = async () =>
      (await admin.get<{ data: Row[] }>('/notifications/deliveries')).data.find(
        (d) => d.channel_name === `E2E receiver ${stamp}`,
      );
    // Three attempts, 1 s, 2 s and 4 s apart, before the delivery counts as failed.
    await expect
      .poll(async () => (await mine())?.status, { timeout: 60_000, interval: 1_000 })
      .toBe('failed');

    await page.goto('/settings/deliveries');
    await page.getByRole('button', { name: 'Failed', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(`E2E receiver ${stamp}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('The receiver answered 500');
    await screenshot(page, 'deliveries-failed');

    failing = false;
    await row.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Queued again').first().waitFor();
    await expect.poll(async () => (await mine())?.status, { timeout: 30_000, interval: 500 }).toBe('sent');
    expect(receiver.received.length).toBeGreaterThan(1);
  } finally {
    await receiver.close();
  }
});
