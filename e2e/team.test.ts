// Hiring end to end in the browser: open a requisition, add a candidate, submit an evaluation, hire them,
// and see them on the roster and in the headcount chart. Then a look at every team page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { createUser } from './harness.ts';

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

it('sets a CSM’s quarterly goals and shows a wrong target as an error on its field', async () => {
  await page.goto('/team/capacity');
  const kpis = page.getByRole('table', { name: 'Per-CSM KPIs' });
  await kpis.waitFor();
  await page.getByRole('columnheader', { name: 'Health mix' }).waitFor();
  await page.getByRole('heading', { name: 'Effort against value' }).waitFor();
  const row = kpis.getByRole('row').nth(1);
  await row.getByRole('button', { name: 'Edit goals' }).click();
  const dialog = page.getByRole('dialog', { name: /^Goals for / });
  await dialog.getByLabel('CSAT').fill('5000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('must be between 0 and 1000').waitFor();
  await screenshot(page, 'team-goals-error');
  await dialog.getByLabel('CSAT').fill('90');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await row.getByText(/CSAT .* of 90%/).waitFor();
  await screenshot(page, 'team-capacity-goals');
});

it('changes team settings, showing what the server refuses next to the field', async () => {
  await page.goto('/team/settings');
  await page.getByRole('heading', { name: 'Team settings', level: 1 }).waitFor();
  const dedicated = page.getByLabel('Dedicated');
  await dedicated.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('.field-error').first().waitFor();
  expect(await dedicated.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'team-settings-error');
  await dedicated.fill('14');
  await page.getByRole('button', { name: 'Add reason' }).click();
  await page.getByRole('textbox', { name: 'Label' }).last().fill('Moved to a startup');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Team settings saved').waitFor();
  await page.getByText('moved_to_a_startup').waitFor();
  await page.reload();
  expect(await page.getByLabel('Dedicated').inputValue()).toBe('14');
  await screenshot(page, 'team-settings');
  await page.getByLabel('Dedicated').fill('15');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Team settings saved').waitFor();
});

it('shows every team page in Russian', async () => {
  // A manager of their own: the language is saved on the user and must not leak into other tests.
  const user = await createUser(baseUrl(), 'cs_manager', 'ru');
  const russian = await newPage(browser);
  await logIn(russian, user.email, user.password);
  await russian.locator('html[lang="ru"]').waitFor();
  for (const [path, name] of [
    ['/team', 'roster'],
    ['/team/metrics', 'metrics'],
    ['/team/capacity', 'capacity'],
    ['/team/settings', 'settings'],
    ['/hiring', 'hiring'],
  ] as const) {
    await russian.goto(path);
    await russian.getByRole('heading', { level: 1 }).waitFor();
    await russian.getByRole('navigation', { name: 'Разделы команды' }).waitFor();
    // Every section loaded: no skeleton left on the page.
    await expect.poll(() => russian.locator('[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
    await screenshot(russian, `team-ru-${name}`);
  }
  await russian.context().close();
});
