import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseUrl, launchBrowser, logIn, newPage, screenshot } from './browser.ts';
import { apiLogin, createUser } from './harness.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

it('switches the whole shell to Korean at once and remembers it', async () => {
  // A user of its own: the choice is saved on the user and must not leak into other tests.
  const user = await createUser(baseUrl(), 'csm');
  await logIn(page, user.email, user.password);
  // A CSM starts in the cockpit; the accounts list has the most to translate.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitemradio', { name: '한국어' }).click();

  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  await nav.getByRole('link', { name: '고객사' }).waitFor();
  expect(await nav.getByRole('link', { name: '설정' }).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('고객사');
  expect(await page.getByRole('columnheader', { name: '라이프사이클' }).isVisible()).toBe(true);
  expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  await page.getByText(/^고객사 [\d,]+곳$/).waitFor();
  await screenshot(page, 'korean-accounts');

  await page.getByRole('link', { name: '설정' }).click();
  await page.getByRole('heading', { name: '내 프로필', level: 2 }).waitFor();
  await screenshot(page, 'korean-settings');

  // The server's errors come in the UI's language too: a wrong current password, next to its field.
  await page.getByLabel('현재 비밀번호').fill('not-my-password');
  await page.getByLabel('새 비밀번호', { exact: true }).fill('a-new-password-1');
  await page.getByLabel('새 비밀번호 확인').fill('a-new-password-1');
  await page.getByRole('button', { name: '비밀번호 변경' }).click();
  await page.getByText('비밀번호가 올바르지 않습니다', { exact: true }).waitFor();
  await screenshot(page, 'korean-password-error');

  // Saved on the server, so another device (or a new session) opens in Korean too.
  const session = await apiLogin(baseUrl(), user.email, user.password);
  await expect
    .poll(async () => (await session.get<{ user: { locale: string } }>('/auth/session')).user.locale)
    .toBe('ko');
  await page.reload();
  await page.getByRole('heading', { name: '설정', level: 1 }).waitFor();
});
