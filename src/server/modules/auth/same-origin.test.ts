import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

// app.request serves http://localhost, so that is this app's own origin.
const OWN = 'http://localhost';
const EVIL = 'https://evil.example';

let t: TestApp;
let csm: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
});
afterAll(() => t?.close());

const saveView = (
  client: SessionClient | Awaited<ReturnType<TestApp['withKey']>>,
  headers: Record<string, string>,
) => client.request('POST', '/api/saved-views', { name: 'Mine', query: { sort: 'arr' } }, headers);

async function codeOf(res: Response) {
  return ((await res.json()) as { error?: { code: string } }).error?.code;
}

describe('Origin check on cookie-authenticated writes', () => {
  it('allows a write from the app itself, as a browser sends it', async () => {
    expect((await saveView(csm, { origin: OWN, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await saveView(csm, { origin: OWN })).status).toBe(201);
  });

  it('refuses a write from another site even with the right CSRF token', async () => {
    const answers = [
      await saveView(csm, { origin: EVIL, 'sec-fetch-site': 'cross-site' }),
      await saveView(csm, { origin: EVIL }),
      await saveView(csm, { 'sec-fetch-site': 'cross-site' }),
      await saveView(csm, { origin: 'null' }),
      await saveView(csm, { origin: 'http://localhost.evil.example' }),
      await csm.request('DELETE', '/api/saved-views/00000000-0000-7000-8000-000000000000', undefined, {
        origin: EVIL,
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    for (const res of answers) expect(await codeOf(res)).toBe('csrf_origin');
  });

  it('allows a write without Origin or Sec-Fetch-Site (curl, the CLI) when the CSRF token is right', async () => {
    expect((await saveView(csm, {})).status).toBe(201);
    const wrongToken = await saveView(csm, { 'x-csrf-token': 'wrong' });
    expect(wrongToken.status).toBe(403);
    expect(await codeOf(wrongToken)).toBe('csrf_failed');
  });

  it('lets reads from anywhere through, and leaves API keys and ingest alone', async () => {
    expect((await csm.request('GET', '/api/saved-views', undefined, { origin: EVIL })).status).toBe(200);
    const key = await t.withKey(['read', 'write']);
    const account = await key.request('POST', '/api/accounts', { name: 'Keyed' }, { origin: EVIL });
    expect(account.status).toBe(201);
    const ingest = await t.withKey(['ingest']);
    const tracked = await ingest.request(
      'POST',
      '/v1/track',
      { userId: 'u-1', event: 'Origin Checked' },
      { origin: EVIL, 'sec-fetch-site': 'cross-site' },
    );
    expect(tracked.status).toBe(200);
  });

  it('accepts the configured public URL as the app origin behind a proxy', async () => {
    const proxied = await createTestApp({ TEND_PUBLIC_URL: 'https://tend.example.com' });
    try {
      const user = await proxied.as('csm');
      expect((await saveView(user, { origin: 'https://tend.example.com' })).status).toBe(201);
      expect((await saveView(user, { origin: EVIL })).status).toBe(403);
    } finally {
      await proxied.close();
    }
  });
});
