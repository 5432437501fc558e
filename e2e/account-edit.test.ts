import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Account } from '../src/shared/accounts.ts';
import { baseUrl, launchBrowser, logIn, newPage } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, apiLogin } from './harness.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

it('finds an account by name, edits a field in place, and keeps the change after a reload', async () => {
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const { data } = await admin.get<{ data: Account[] }>('/accounts?limit=1&sort=name&order=desc');
  const target = data[0]!;

  await logIn(page);
  await page.getByRole('combobox', { name: 'Search accounts' }).fill(target.name);
  // The option whose name starts with the account's; the last option is "See all results for …".
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(target.name)}`) }).click();
  await page.getByRole('heading', { name: target.name, level: 1 }).waitFor();

  const segment = page.locator('.inline-field', { hasText: 'Segment' });
  await segment.getByRole('button').click();
  const input = segment.getByRole('textbox', { name: 'Segment' });
  await input.fill('Strategic');
  await input.press('Enter');
  await expect.poll(() => segment.textContent()).toContain('Strategic');
  // The save reached the server before we reload.
  await expect
    .poll(async () => (await admin.get<Account>(`/accounts/${target.id}`)).segment)
    .toBe('Strategic');

  await page.reload();
  await page.getByRole('heading', { name: target.name, level: 1 }).waitFor();
  expect(await page.locator('.inline-field', { hasText: 'Segment' }).textContent()).toContain('Strategic');
});

it('shows the server’s validation message under a field it refuses', async () => {
  await page.locator('.inline-field', { hasText: 'Domain' }).getByRole('button').click();
  const input = page.getByRole('textbox', { name: 'Domain' });
  await input.fill('not a domain');
  await input.press('Enter');
  await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/domain/i);
});
