import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({
  viewport: { width: 1440, height: 900 },
  baseURL: 'http://localhost:3000',
});
await page.goto('/login');
await page.getByLabel('Email').fill('admin@tend.local');
await page.getByLabel('Password').fill('admin-password-1');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL('**/accounts');
await page.getByText(/^[\d,]+ accounts$/).waitFor();
console.log(
  await page.evaluate(() =>
    ['#root', '.app', '.main', '.content', '.page-fill', '.data-grid', '.data-grid-table', '.data-grid-body']
      .map((s) => {
        const el = document.querySelector(s);
        const r = el.getBoundingClientRect();
        return `${s} h=${Math.round(r.height)} sh=${el.scrollHeight} disp=${getComputedStyle(el).display}`;
      })
      .join('\n'),
  ),
);
console.log('rows', await page.locator('tbody tr').count());
await browser.close();
