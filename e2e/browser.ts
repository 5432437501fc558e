import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PROJECT_ROOT } from './harness.ts';

const SCREENSHOTS = path.join(PROJECT_ROOT, 'e2e/screenshots');

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (no cookies, no localStorage) at desktop size, in English, on the shared server or `url`. */
export async function newPage(browser: Browser, url = baseUrl()): Promise<Page> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await watchCsp(page);
  return page;
}

const violations = new WeakMap<Page, string[]>();

/**
 * Records what the Content-Security-Policy blocks on `page` (the DOM event and Chromium's console report),
 * so a test can show that the app runs under its own policy. logIn and screenshot check the record.
 */
export async function watchCsp(page: Page): Promise<void> {
  const seen: string[] = [];
  violations.set(page, seen);
  await page.exposeFunction('__tendCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tendCspViolation: (t: string) => void }).__tendCspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
}

/** What the policy blocked on `page` since it opened. */
export function cspViolations(page: Page): string[] {
  return [...(violations.get(page) ?? [])];
}

export function assertNoCspViolations(page: Page): void {
  const seen = cspViolations(page);
  if (seen.length)
    throw new Error(`Content-Security-Policy violations on ${page.url()}:\n${seen.join('\n')}`);
}

/** Signs in through the login form and waits for the home page (the cockpit for CSMs, else accounts). */
export async function logIn(page: Page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(accounts|cockpit)$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assertNoCspViolations(page);
}

/** Saves a full-window screenshot under e2e/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  assertNoCspViolations(page);
}
