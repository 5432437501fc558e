import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({
  viewport: { width: 1440, height: 900 },
  baseURL: 'http://localhost:3000',
});
page.on('console', (m) =>
  m.text().startsWith('reset') || m.text().startsWith('after') ? console.log(m.text()) : null,
);
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('/login');
await page.getByLabel('Email').fill('admin@tend.local');
await page.getByLabel('Password').fill('admin-password-1');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL('**/accounts');
await page.getByText(/^[\d,]+ accounts$/).waitFor();
const grid = page.locator('.data-grid');
page.setDefaultTimeout(8000);
let t = Date.now();
for (let i = 0; i < 40; i++) {
  const t0 = Date.now();
  const r = await grid.evaluate((el) => {
    el.scrollBy(0, 3000);
    return [el.scrollTop, el.scrollHeight];
  });
  if (i % 40 === 0)
    console.log(i, 'scroll', r, 'rows in DOM', await page.locator('tbody tr').count(), Date.now() - t0, 'ms');
  await page.waitForTimeout(60);
}
console.log('total', Date.now() - t, 'ms');
await page.waitForTimeout(1500);
console.log(
  'end',
  await grid.evaluate((el) => [el.scrollTop, el.scrollHeight]),
  await page.locator('tbody tr').last().textContent(),
);
await page.screenshot({ path: 'e2e/screenshots/dev-10k-bottom.png' });
t = Date.now();
await page.getByRole('button', { name: 'ARR', exact: true }).click();
for (let k = 0; k < 15; k++) {
  console.log(k * 100, await grid.evaluate((el) => [el.scrollTop, el.scrollHeight]));
  await page.waitForTimeout(100);
}
console.log('sort arr', Date.now() - t, 'ms', await grid.evaluate((el) => el.scrollTop));
await browser.close();
