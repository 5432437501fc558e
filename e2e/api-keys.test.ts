import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { ADMIN_PASSWORD } from './harness.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

it('creates an API key in Settings and shows the full key exactly once', async () => {
  await logIn(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'API keys' }).click();
  await page.getByRole('heading', { name: 'API keys', level: 2 }).waitFor();

  await page.getByRole('button', { name: 'Create API key' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Billing sync');
  await dialog.getByRole('checkbox', { name: /Write/ }).check();
  // Creating a key asks for the admin's own password again.
  await dialog.getByLabel('Your password').fill(ADMIN_PASSWORD);
  await dialog.getByRole('button', { name: 'Create API key' }).click();

  await dialog.getByText('It will not be shown again', { exact: false }).waitFor();
  const key = ((await dialog.locator('code').textContent()) ?? '').trim();
  expect(key.length).toBeGreaterThan(20);
  await screenshot(page, 'settings-api-key-created');

  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await dialog.getByRole('button', { name: 'Copied', exact: true }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  await dialog.getByRole('button', { name: 'I have copied the key' }).click();
  const row = page.getByRole('row', { name: /Billing sync/ });
  await row.waitFor();
  expect(await row.textContent()).toMatch(/Read[\s\S]*Write/);
  // Only the prefix is listed; the secret is gone for good.
  expect(await page.content()).not.toContain(key);
  await page.reload();
  await page.getByRole('row', { name: /Billing sync/ }).waitFor();
  expect(await page.content()).not.toContain(key);
});
