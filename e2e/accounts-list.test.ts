import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Account } from '../src/shared/accounts.ts';
import { baseUrl, launchBrowser, logIn, newPage } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ApiSession, apiLogin } from './harness.ts';

let browser: Browser;
let page: Page;
let admin: ApiSession;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  await logIn(page);
});
afterAll(() => browser?.close());

const firstRowName = () => page.locator('tbody tr').first().locator('.cell-name-link').textContent();
const totalText = () => page.getByText(/^[\d,]+ accounts?$/).textContent();
type List = { data: Account[]; total: number };

it('keeps only the rows in view in the page and loads the next page while scrolling', async () => {
  const { data, total } = await admin.get<List>('/accounts?limit=1&sort=name&order=desc');
  const grid = page.locator('.data-grid');
  const lastRowName = () => page.locator('tbody tr').last().locator('.cell-name-link').textContent();
  await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(5);
  expect(total).toBeGreaterThan(200); // more than one page of 150

  for (let i = 0; i < 40 && (await lastRowName()) !== data[0]!.name; i++) {
    await grid.evaluate((el) => el.scrollBy(0, 5000));
    await page.waitForTimeout(100);
  }
  expect(await lastRowName()).toBe(data[0]!.name);
  expect(await page.locator('tbody tr').count()).toBeLessThan(60);
});

// Runs after the scroll above: a new sort must start at the top, not where the old list was.
it('sorts by ARR on header clicks: ascending, then descending', async () => {
  const lowest = (await admin.get<List>('/accounts?limit=1&sort=arr&order=asc')).data[0]!;
  const highest = (await admin.get<List>('/accounts?limit=1&sort=arr&order=desc')).data[0]!;

  await page.getByRole('button', { name: 'ARR', exact: true }).click();
  await expect.poll(firstRowName).toBe(lowest.name);
  expect(page.url()).toContain('sort=arr');

  await page.getByRole('button', { name: 'ARR', exact: true }).click();
  await expect.poll(firstRowName).toBe(highest.name);
  expect(page.url()).toContain('order=desc');
});

it('filters by coverage model and updates the total', async () => {
  const all = await admin.get<List>('/accounts?limit=1');
  const dedicated = await admin.get<List>('/accounts?limit=1&coverage_model=dedicated');
  expect(dedicated.total).toBeLessThan(all.total);
  expect(await totalText()).toBe(`${all.total.toLocaleString('en')} accounts`);

  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  await page.getByRole('option', { name: 'Dedicated' }).click();
  await page.keyboard.press('Escape');

  await expect.poll(totalText).toBe(`${dedicated.total.toLocaleString('en')} accounts`);
  // Name, Health, Segment, Tier, Coverage.
  const badges = await page.locator('tbody tr td:nth-child(5)').allInnerTexts();
  expect(badges.length).toBeGreaterThan(0);
  expect(new Set(badges)).toEqual(new Set(['Dedicated']));

  // Filters and sort live in the URL, so a reload keeps them.
  await page.reload();
  await expect.poll(totalText).toBe(`${dedicated.total.toLocaleString('en')} accounts`);
  expect(await page.getByRole('button', { name: /Coverage/ }).textContent()).toContain('Dedicated');
});
