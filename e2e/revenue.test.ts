import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** "$1,234.50" or "-$20.00" as a number of major units. */
const amount = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));

async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
}

it('renders the overview charts from the demo history, and an interval filter changes them', async () => {
  await page.goto('/revenue');
  await page.getByRole('heading', { name: 'Revenue overview', level: 1 }).waitFor();
  for (const name of [/ARR and retention chart/, /ARR waterfall chart/, /Churn trend chart/]) {
    const chart = page.getByRole('img', { name });
    await chart.locator('canvas').first().waitFor();
    expect((await chart.boundingBox())?.height).toBeGreaterThan(200);
  }
  const table = page.getByRole('table', { name: 'Waterfall by period' });
  await table.locator('tbody tr').first().waitFor();
  const monthly = await tableRows(table);
  expect(monthly.length).toBeGreaterThanOrEqual(12);
  // The demo has two years of contracts: the year shows ARR, new business and churn.
  expect(monthly.some((row) => amount(row[2] ?? '0') > 0)).toBe(true);
  expect(monthly.some((row) => amount(row[5] ?? '0') < 0)).toBe(true);
  const chart = page.getByRole('img', { name: /ARR waterfall chart/ });
  const before = await chart.screenshot();
  await screenshot(page, 'revenue-overview');

  await page.getByLabel('Interval').selectOption('quarter');
  await expect.poll(async () => (await tableRows(table)).length).toBeLessThanOrEqual(5);
  const quarterly = await tableRows(table);
  expect(quarterly[0]?.[0]).toMatch(/^Q[1-4] \d{4}$/);
  // The quarters chain the months: the last quarter ends where the last month ended.
  expect(quarterly.at(-1)?.[6]).toBe(monthly.at(-1)?.[6]);
  await expect.poll(async () => Buffer.compare(await chart.screenshot(), before) !== 0).toBe(true);
});

it('downloads the waterfall as CSV with the figures of the table', async () => {
  const table = page.getByRole('table', { name: 'Waterfall by period' });
  const rows = await tableRows(table);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export Waterfall by period as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tend-waterfall-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs
    .readFileSync((await download.path()) as string, 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toContain('Start (USD)');
  const body = csv.slice(1).map((line) => line.split(','));
  expect(body).toHaveLength(rows.length);
  body.forEach((cells, i) => {
    const row = rows[i] as string[];
    // CSV: group, start, end, start, new, reactivation, expansion, contraction, churn, end.
    expect(Number(cells[3])).toBeCloseTo(amount(row[1] as string), 2);
    expect(Number(cells[4])).toBeCloseTo(amount(row[2] as string), 2);
    expect(Number(cells[6])).toBeCloseTo(amount(row[3] as string), 2);
    expect(-Number(cells[7])).toBeCloseTo(amount(row[4] as string), 2);
    expect(-Number(cells[8])).toBeCloseTo(amount(row[5] as string), 2);
    expect(Number(cells[9])).toBeCloseTo(amount(row[6] as string), 2);
  });
});

it('shows the renewal pipeline with its forecast', async () => {
  await page.goto('/renewals');
  await page.getByRole('heading', { name: 'Renewals and expansion', level: 1 }).waitFor();
  const chart = page.getByRole('img', { name: /Forecast chart/ });
  await chart.locator('canvas').first().waitFor();
  await page.getByRole('region', { name: 'Open' }).waitFor();
  await screenshot(page, 'revenue-pipeline');
});

/** The leading count and the first percentage of a matrix cell ("12$1,234.00", "45.0%12.0% of ARR"). */
const countOf = (text: string) => Number(/^\d+/.exec(text.replaceAll(',', ''))?.[0] ?? Number.NaN);
const rateOf = (text: string) => Number(/^([\d.]+)%/.exec(text)?.[1] ?? Number.NaN);

it('shows health at renewal against the outcome: red churns more, CSV matches, a segment filter changes it and the waterfall', async () => {
  await page.goto('/revenue');
  const card = page.getByRole('region', { name: 'Health at renewal against the outcome' });
  await card
    .getByRole('img', { name: /for each health color at renewal/ })
    .locator('canvas')
    .waitFor();
  const table = card.getByRole('table', { name: 'Closed renewals by health color and outcome' });
  await table.locator('tbody tr').first().waitFor();
  const rows = await tableRows(table);
  expect(rows.map((r) => r[0])).toEqual(['Green', 'Yellow', 'Red', 'No score']);
  const [green, , red] = rows as string[][];
  expect(countOf(red?.[5] ?? '')).toBeGreaterThan(0);
  // The demo tells the story CS teams see: accounts red at renewal churn more often than green ones.
  expect(rateOf(red?.[7] ?? '')).toBeGreaterThan(rateOf(green?.[7] ?? ''));
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'revenue-renewal-health');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: 'Export Health at renewal against the outcome as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tend-renewal_health-.*\.csv$/);
  const csv = fs
    .readFileSync((await download.path()) as string, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
  // CSV: color, renewed, expanded, downgraded, churned (counts), the same as ARR, renewals, ARR, …
  expect(csv.map((c) => c[0])).toEqual(['green', 'yellow', 'red', 'none']);
  csv.forEach((cells, i) => {
    const row = rows[i] as string[];
    for (let k = 1; k <= 4; k++) expect(Number(cells[k])).toBe(countOf(row[k] as string));
    expect(Number(cells[9])).toBe(countOf(row[5] as string));
  });

  const waterfall = page.getByRole('table', { name: 'Waterfall by period' });
  const wholeBook = JSON.stringify(await tableRows(waterfall));
  // The label wraps its select, so the options are part of its name: pick the label that starts with it.
  const segment = page.locator('.revenue-filters label', { hasText: /^Segment/ }).locator('select');
  const options = await segment
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
  await segment.selectOption(options[0] as string);
  await expect.poll(async () => JSON.stringify(await tableRows(table))).not.toBe(JSON.stringify(rows));
  await expect.poll(async () => JSON.stringify(await tableRows(waterfall))).not.toBe(wholeBook);
});
