// Hiring end to end in the browser: open a requisition, add a candidate, submit an evaluation, hire them,
// and see them on the roster and in the headcount chart. Then a look at every team page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, screenshot } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await logIn(page);
});
afterAll(() => browser?.close());

async function headcountNow(): Promise<number> {
  await page.goto('/team/metrics');
  const chart = page.getByRole('img', { name: /Headcount chart/ });
  await chart.locator('canvas').first().waitFor();
  const label = (await chart.getAttribute('aria-label')) ?? '';
  return Number(/: (\d+)/.exec(label)?.[1]);
}

it('hires a candidate through a requisition onto the roster and into the headcount', async () => {
  const before = await headcountNow();
  expect(before).toBeGreaterThan(0);

  await page.goto('/hiring');
  await page.getByRole('heading', { name: 'Hiring', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Open requisition' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Open requisition' });
  await dialog.getByLabel('Role title').fill('E2E Onboarding CSM');
  await dialog.getByLabel('Mission').fill('Bring new mid-market customers to first value within 30 days.');
  await dialog.getByRole('button', { name: 'Open requisition' }).click();
  await page.getByRole('heading', { name: 'E2E Onboarding CSM', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Interview kit' }).waitFor();
  expect(await page.getByText('Strong answer:').count()).toBeGreaterThan(0);

  await page.getByLabel('Name').fill('Robin Example');
  await page.getByLabel('Email').fill('robin@example.com');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const row = page.getByRole('row', { name: /Robin Example/ });
  await row.waitFor();

  await row.getByRole('button', { name: 'Evaluate' }).click();
  const evaluate = page.getByRole('dialog', { name: 'Evaluate Robin Example' });
  await evaluate.getByRole('button', { name: 'Relationship building 4' }).click();
  await evaluate.getByRole('button', { name: 'Renewals and upsell 3' }).click();
  await evaluate.getByLabel('Recommendation').selectOption('strong_yes');
  await evaluate.getByLabel('Notes').fill('Concrete renewal story with numbers.');
  await evaluate.getByRole('button', { name: 'Submit evaluation' }).click();
  await row.getByRole('button', { name: 'Evaluations (1)' }).click();
  await page.getByText('Strong hire').waitFor();
  await screenshot(page, 'team-requisition');

  await row.getByRole('button', { name: 'Hire' }).click();
  const hire = page.getByRole('dialog', { name: 'Hire Robin Example' });
  await hire.getByRole('button', { name: 'Hire' }).click();
  await page.waitForURL('**/team');
  await page.getByRole('row', { name: /Robin Example/ }).waitFor();
  await screenshot(page, 'team-roster');

  expect(await headcountNow()).toBe(before + 1);
  await screenshot(page, 'team-metrics');
});

it('shows capacity, the requisition list and a member with private notes', async () => {
  await page.goto('/team/capacity');
  await page.getByRole('table', { name: 'Capacity and workload' }).waitFor();
  await page.getByRole('heading', { name: /Book KPIs/ }).waitFor();
  await screenshot(page, 'team-capacity');

  await page.goto('/hiring');
  await page.getByRole('link', { name: 'Senior CSM, EMEA' }).waitFor();
  await screenshot(page, 'team-hiring');

  await page.goto('/team');
  await page.getByRole('link', { name: 'Daniel Brooks' }).click();
  await page.getByRole('heading', { name: 'Career conversations' }).waitFor();
  await page.getByText('Ready for Senior').waitFor();
  await page.getByRole('button', { name: 'Promote' }).waitFor();
  await screenshot(page, 'team-member');
});
