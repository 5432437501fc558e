// Stored XSS sweep: hostile names in every named thing (some written with only an ingest key), then every
// page of the app, every chart hovered, and no script may run, no injected element may appear and the
// Content-Security-Policy may block nothing. Its own server: the names would leak into other tests' pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACCOUNT_TABS } from '../src/web/modules/accounts/account-tabs.ts';
import { appPagePaths } from './app-routes.ts';
import { cspViolations, launchBrowser, logIn, newPage } from './browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, apiLogin, startServer, type TendServer } from './harness.ts';
import { type HostileRecords, PAYLOADS, seedHostileNames } from './hostile-seed.ts';

let server: TendServer;
let browser: Browser;
let page: Page;
let records: HostileRecords;
const dialogs: string[] = [];

/** The URLs of a routed page, its parameters filled by the hostile records; an account once per tab. */
function urlsFor(path: string): string[] {
  const params: Record<string, string> = {
    $accountId: records.accountId,
    $scorecardId: records.scorecardId,
    $ruleId: records.ruleId,
    $memberId: records.memberId,
    $requisitionId: records.requisitionId,
  };
  const filled = path.replace(/\$\w+/g, (p) => {
    const value = params[p];
    if (!value) throw new Error(`No hostile record for ${p} in ${path}: add one to hostile-seed.ts`);
    return value;
  });
  return path === '/accounts/$accountId' ? ACCOUNT_TABS.map((tab) => `${filled}?tab=${tab}`) : [filled];
}

/** Waits until the ingest key's rename has landed and the hostile account is in the heat map. */
async function healthReady(admin: Awaited<ReturnType<typeof apiLogin>>) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const map = await admin.get<{ accounts: { account_id: string; name: string }[] }>(
      `/health/heatmap?scorecard_id=${records.scorecardId}`,
    );
    const ours = map.accounts.find((a) => a.account_id === records.accountId);
    if (ours?.name.startsWith('Ingest-renamed account')) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the ingest key did not rename the hostile account, or it never reached the heat map');
}

beforeAll(async () => {
  server = await startServer({ TEND_DEMO_ACCOUNTS: '40' });
  const admin = await apiLogin(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  records = await seedHostileNames(server.url, admin);
  await healthReady(admin);
  browser = await launchBrowser();
  page = await newPage(browser, server.url);
  // Records elements that a name turned into, even if a tooltip removes them again a moment later.
  await page.addInitScript(() => {
    const w = window as unknown as { __injected: string[] };
    w.__injected = [];
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof Element)
            for (const el of [node, ...node.querySelectorAll('*')])
              if (el.matches('img[src="x"], svg[onload], [onerror], [onload]'))
                w.__injected.push(el.outerHTML);
    }).observe(document, { childList: true, subtree: true });
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await logIn(page);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Moves the mouse over a grid of points on every chart canvas, so each tooltip renders its names. */
async function hoverEveryChart() {
  const canvases = page.locator('canvas');
  const count = await canvases.count();
  for (let i = 0; i < count; i++) {
    const canvas = canvases.nth(i);
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box || box.width < 20 || box.height < 20) continue;
    const rows = Math.min(12, Math.max(4, Math.round(box.height / 40)));
    for (let r = 1; r < rows; r++)
      for (let c = 1; c < 10; c++) {
        const y = box.y + (box.height * r) / rows;
        if (y < 0 || y > 900) continue;
        await page.mouse.move(box.x + (box.width * c) / 10, y);
      }
    await page.waitForTimeout(100);
  }
  return count;
}

async function injected(): Promise<{ xss: unknown; elements: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __injected: string[] };
    const now = [...document.querySelectorAll('img[src="x"], svg[onload]')].map((e) => e.outerHTML);
    return { xss: w.__xss ?? null, elements: [...w.__injected, ...now] };
  });
}

let chartsHovered = 0;
for (const path of appPagePaths()) {
  it(`runs no hostile name as script on ${path}`, async () => {
    for (const url of urlsFor(path)) {
      await page.goto(url);
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
      chartsHovered += await hoverEveryChart();
      expect({ url, ...(await injected()), dialogs, csp: cspViolations(page) }).toEqual({
        url,
        xss: null,
        elements: [],
        dialogs: [],
        csp: [],
      });
    }
  });
}

it('hovered the charts, and the heat map tooltip shows the name an ingest key gave as text', async () => {
  expect(chartsHovered).toBeGreaterThan(5);
  // Tall enough for the whole heat map, so every row can be hovered without scrolling.
  await page.setViewportSize({ width: 1440, height: 2400 });
  await page.goto('/health');
  const heatmap = page.getByTestId('health-heatmap');
  const canvas = heatmap.locator('canvas').first();
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the heat map has no canvas');
  const shown = async () =>
    ((await heatmap.textContent()) ?? '').includes(`Ingest-renamed account ${PAYLOADS[0]}`);
  // Down one column, row by row (24 px each), until the hostile account's tooltip shows.
  for (let y = 10; y < box.height - 60 && !(await shown()); y += 8)
    await page.mouse.move(box.x + box.width * 0.6, box.y + y);
  expect(await shown()).toBe(true);
  expect(await injected()).toEqual({ xss: null, elements: [] });
});
