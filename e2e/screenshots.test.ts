import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import type { Account } from '../src/shared/accounts.ts';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, apiLogin, createUser } from './harness.ts';

// Not assertions: pictures of every page for a person to look at (e2e/screenshots, not committed).

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

async function settle() {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

it('captures the login page, with and without an error', async () => {
  await page.goto('/login');
  await settle();
  await screenshot(page, 'login');
  await page.getByLabel('Email').fill('nobody@tend.local');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  await screenshot(page, 'login-error');
});

it('captures the accounts list, filtered, and the new account dialog', async () => {
  await logIn(page);
  await settle();
  await screenshot(page, 'accounts');
  await page.goto('/accounts?lifecycle_stage=at_risk,renewal&sort=arr&order=desc');
  await settle();
  await screenshot(page, 'accounts-filtered');
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill('Renewals at risk');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('tab', { name: 'Renewals at risk' }).waitFor();
  await page.getByRole('button', { name: 'Lifecycle' }).click();
  await settle();
  await screenshot(page, 'accounts-saved-view-and-filter');
  await page.keyboard.press('Escape');
  await page.goto('/accounts?q=zzzz-no-such-account');
  await settle();
  await screenshot(page, 'accounts-empty');
  await page.goto('/accounts');
  await page.getByRole('button', { name: 'New account' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Screenshot Corp');
  await dialog.getByLabel('Domain').fill('not a domain');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await dialog.getByText('must be a domain', { exact: false }).waitFor();
  await screenshot(page, 'accounts-new-dialog-errors');
  await page.keyboard.press('Escape');
});

it('captures every tab of an account page', async () => {
  const admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const { data } = await admin.get<{ data: Account[] }>('/accounts?limit=50&sort=arr&order=desc');
  const account = data.find((a) => a.parent_id && a.contact_count > 2) ?? data[0]!;
  await page.goto(`/accounts/${account.id}`);
  await page.getByRole('heading', { name: account.name, level: 1 }).waitFor();
  await settle();
  await screenshot(page, 'account-overview');
  await page.locator('.inline-field', { hasText: 'Lifecycle stage' }).getByRole('button').click();
  await screenshot(page, 'account-overview-editing');
  await page.keyboard.press('Escape');
  // The account's own tabs: the main navigation has links of the same names (Team, Health).
  const sections = page.getByRole('navigation', { name: 'Account sections' });
  for (const tab of ['Contacts', 'Team', 'Contracts', 'Health']) {
    await sections.getByRole('link', { name: new RegExp(`^${tab}`) }).click();
    await settle();
    await screenshot(page, `account-${tab.toLowerCase()}`);
  }
  await page.getByRole('link', { name: /^Contacts/ }).click();
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  await settle();
  await screenshot(page, 'account-contact-dialog');
  await page.keyboard.press('Escape');
});

it('captures every settings section', async () => {
  for (const [name, path] of [
    ['settings-users', '/settings/users'],
    ['settings-api-keys', '/settings/api-keys'],
    ['settings-audit-log', '/settings/audit-log'],
    ['settings-profile', '/settings/profile'],
  ] as const) {
    await page.goto(path);
    await settle();
    await screenshot(page, name);
  }
  await page.goto('/settings/audit-log');
  await page.getByRole('button', { name: 'Show changes' }).first().click();
  await screenshot(page, 'settings-audit-log-expanded');
  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Invite user' }).click();
  await settle();
  await screenshot(page, 'settings-invite-user');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Account menu' }).click();
  await screenshot(page, 'shell-user-menu');
});

it('captures what a viewer sees: no write controls', async () => {
  const viewer = await createUser(baseUrl(), 'viewer');
  const viewerPage = await newPage(browser);
  await logIn(viewerPage, viewer.email, viewer.password);
  await viewerPage.waitForLoadState('networkidle');
  await screenshot(viewerPage, 'viewer-accounts');
  await viewerPage.locator('tbody tr').first().click();
  await viewerPage.waitForLoadState('networkidle');
  await screenshot(viewerPage, 'viewer-account');
  await viewerPage.goto('/settings');
  await viewerPage.waitForLoadState('networkidle');
  await screenshot(viewerPage, 'viewer-settings');
  await viewerPage.context().close();
});
