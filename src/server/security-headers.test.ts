import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** The CSP header as directive -> sources. */
function policyOf(res: Response): Record<string, string[]> {
  const header = res.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attrs, body]) => !/\bsrc=/.test(attrs as string) || (body as string).trim() !== '',
  );

function expectAppPolicy(res: Response) {
  const policy = policyOf(res);
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['script-src']).toEqual(["'self'"]);
  expect(policy['style-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['frame-ancestors']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  expect(policy['form-action']).toEqual(["'self'"]);
  // Nothing in the app's policy may allow inline or eval'd script, or any other origin.
  const header = res.headers.get('content-security-policy') ?? '';
  expect(header.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(/unsafe-|https?:|\*/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

describe('security headers', () => {
  it('sends the strict policy and headers on API answers, errors included, and no HSTS over plain HTTP', async () => {
    const viewer = await t.as('viewer');
    const answers = [
      await t.anonymous.get('/healthz'),
      await t.anonymous.get('/openapi.json'),
      await t.anonymous.get('/api/accounts'),
      await viewer.get('/api/accounts'),
      await viewer.get('/api/nothing-here'),
      await t.anonymous.post('/api/auth/login', { email: 'nobody@example.com' }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 200, 404, 422]);
    for (const res of answers) {
      expectAppPolicy(res);
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('sends HSTS when the instance is served over HTTPS (TEND_SECURE_COOKIES=true)', async () => {
    const secure = await createTestApp({ TEND_SECURE_COOKIES: 'true' });
    try {
      const res = await secure.anonymous.get('/healthz');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
      expectAppPolicy(res);
    } finally {
      await secure.close();
    }
  });

  it('gives the Swagger UI page its own policy and no inline script, and leaves the app policy alone', async () => {
    const docs = await t.anonymous.get('/docs');
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(inlineScripts(html)).toEqual([]);
    expect(html).toContain('<script src="/docs/init.js">');
    const policy = policyOf(docs);
    expect(policy['script-src']).toEqual(["'self'", 'https://cdn.jsdelivr.net']);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);

    const init = await t.anonymous.get('/docs/init.js');
    expect(init.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await init.text()).toContain("url: '/openapi.json'");
    expectAppPolicy(await t.anonymous.get('/openapi.json'));
  });

  it('serves the web app page and its assets under the strict policy; its index.html has no inline script', async () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, '../web/index.html'), 'utf8');
    expect(inlineScripts(source)).toEqual([]);

    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), source);
    fs.writeFileSync(path.join(webDir, 'assets/app.js'), 'export {};');
    const config = loadConfig({ LOG_LEVEL: 'silent', TEND_PASSWORD_COST: '14' });
    const web = createApp({ db: t.db, config, logger: createLogger('silent') }, { webDir });
    try {
      for (const url of ['/accounts', '/assets/app.js']) {
        const res = await web.request(url);
        expect(res.status).toBe(200);
        expectAppPolicy(res);
      }
    } finally {
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });
});
