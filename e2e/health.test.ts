import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Account } from '../src/shared/accounts.ts';
import type { AccountHealth, Scorecard, ScorecardInput } from '../src/shared/health.ts';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type ApiSession, apiLogin } from './harness.ts';

let browser: Browser;
let page: Page;
let admin: ApiSession;
const ids: Record<'steady' | 'sliding' | 'full', string> = { steady: '', sliding: '', full: '' };

// A scorecard over a custom field and NPS, so the test decides every account's score itself.
const card: ScorecardInput = {
  name: 'E2E health',
  description: 'Adoption from a custom field, relationship from NPS',
  is_default: true,
  measures: [
    {
      key: 'adoption',
      label: 'Adoption',
      group: 'Product',
      weight: 60,
      source: { type: 'custom_field', field: 'e2e_adoption', kind: 'number' },
      scoring: { kind: 'linear', from: 0, to: 100 },
    },
    {
      key: 'nps',
      label: 'NPS',
      group: 'Relationship',
      weight: 40,
      source: { type: 'nps', days: 365 },
      scoring: { kind: 'linear', from: 0, to: 10 },
    },
  ],
};

async function health(id: string) {
  return admin.get<AccountHealth>(`/accounts/${id}/health`);
}

/** Waits (outside a test, where expect.poll cannot run) until an account has been scored `score`. */
async function scored(id: string, score: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last: number | null = null;
  while (Date.now() < deadline) {
    last = (await health(id)).score;
    if (last === score) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`account ${id} scored ${last}, not ${score}, within ${timeoutMs} ms`);
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  admin = await apiLogin(baseUrl(), ADMIN_EMAIL, ADMIN_PASSWORD);
  const make = async (name: string, adoption: number, nps: number | null) => {
    const a = await admin.send<Account>('POST', '/accounts', { name, custom: { e2e_adoption: adoption } });
    if (nps !== null)
      await admin.send('POST', `/accounts/${a.id}/survey-responses`, { kind: 'nps', score: nps });
    return a.id;
  };
  ids.steady = await make('E2E Health Steady', 20, 4); // 12 + 16 = 28, red either way
  ids.sliding = await make('E2E Health Sliding', 90, 9); // 54 + 36 = 90, green
  ids.full = await make('E2E Health Full', 100, null); // NPS missing: 100, green
  await admin.send('POST', '/scorecards', card);
  // The health worker recomputes every account after a scorecard change; wait for the ones we made.
  await scored(ids.sliding, 90);
  await scored(ids.full, 100);
  await logIn(page);
});
afterAll(() => browser?.close());

it('edits the default scorecard with a live preview, saves it and shows the recompute finishing', async () => {
  const { data } = await admin.get<{ data: Scorecard[] }>('/scorecards');
  const ours = data.find((c) => c.name === card.name);
  expect(ours?.is_default).toBe(true);

  await page.goto('/settings/scorecards');
  await page.getByRole('heading', { name: 'Health scorecards' }).waitFor();
  await page.getByRole('link', { name: 'E2E health' }).click();
  await page.getByRole('heading', { name: 'Live preview' }).waitFor();
  const preview = page.getByTestId('scorecard-preview');
  await preview.getByTestId('preview-colors').waitFor();
  expect(await page.getByTestId('weight-total').textContent()).toContain('100 / 100');

  // A weight that no longer adds up is caught at the field before anything is sent.
  await page.getByTestId('weight-0').fill('50');
  await page.getByTestId('weight-total').getByText('90 / 100').waitFor();
  await page.getByText('weights must add up to 100').first().waitFor();
  await page.getByTestId('weight-0').fill('60');

  // Only the server knows one scorecard must stay the default: its 422 is shown at that checkbox.
  await page.getByLabel('Default scorecard').uncheck();
  await page.getByTestId('save-scorecard').click();
  const notDefault = page.getByTestId('is-default-error');
  await notDefault.waitFor();
  expect(await notDefault.textContent()).toContain('one scorecard must stay the default');
  await page.getByLabel('Default scorecard').check();

  // Adoption now needs 200 for full marks: Sliding (90 -> 63) and Full (100 -> 50) change color.
  await page.getByTestId('measure-0').getByLabel('scores 100 at').fill('200');
  const changes = preview.getByTestId('preview-changes');
  await changes.getByText('E2E Health Sliding').waitFor({ timeout: 15_000 });
  await changes.getByText('E2E Health Full').waitFor();
  expect(await changes.textContent()).not.toContain('E2E Health Steady');
  await screenshot(page, 'health-scorecard-editor');

  await page.getByTestId('save-scorecard').click();
  const progress = page.getByTestId('run-progress');
  await progress.waitFor();
  await expect.poll(() => progress.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
  expect(await progress.textContent()).toContain('All accounts recomputed');
  await screenshot(page, 'health-scorecard-saved');
});

it("shows an account's score, measures and the explanation of its last change on its health tab", async () => {
  await expect.poll(async () => (await health(ids.sliding)).score, { timeout: 30_000 }).toBe(63);
  await page.goto(`/accounts/${ids.sliding}?tab=health`);
  const score = page.getByTestId('health-score');
  await score.waitFor();
  expect(await score.textContent()).toContain('63');
  expect(await score.textContent()).toContain('Yellow');

  const explanation = await page.getByTestId('health-explanation').textContent();
  expect(explanation).toContain('Health fell from 90 to 63');
  expect(explanation).toMatch(/Adoption 90 → 90 \(-27\)/);

  const measures = page.getByTestId('health-measures');
  await measures.getByRole('cell', { name: 'Adoption' }).waitFor();
  await measures.getByRole('cell', { name: 'NPS' }).waitFor();
  expect(await page.getByTestId('header-health').textContent()).toContain('63');
  await page
    .getByRole('img', { name: /Health score over time/ })
    .locator('canvas')
    .first()
    .waitFor();
  await screenshot(page, 'health-account-tab');

  // An account without NPS shows the measure as missing and says where its weight went.
  await page.goto(`/accounts/${ids.full}?tab=health`);
  await page.getByTestId('health-measures').getByText('No data').waitFor();
  await page.getByText(/their weight is spread over the others/).waitFor();
});

it('sorts the accounts list by health', async () => {
  await page.goto('/accounts?q=E2E%20Health');
  const names = () => page.locator('tbody tr .cell-name-link').allTextContents();
  await expect.poll(names).toHaveLength(3);
  await page.getByRole('button', { name: 'Health', exact: true }).click();
  await expect.poll(names).toEqual(['E2E Health Steady', 'E2E Health Full', 'E2E Health Sliding']);
  expect(page.url()).toContain('sort=health');
  await page.getByRole('button', { name: 'Health', exact: true }).click();
  await expect.poll(names).toEqual(['E2E Health Sliding', 'E2E Health Full', 'E2E Health Steady']);
  await screenshot(page, 'health-accounts-column');
});
