import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

// Its own app: the address key ('unknown' under app.request) is shared by every login of the app.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ TEND_LOGIN_ATTEMPTS: '10' });
});
afterAll(() => t?.close());
// Each test starts with the shared address's count at zero, so only the email's limit is in play.
beforeEach(async () => {
  await t.db.deleteFrom('login_attempts').where('key', 'like', 'ip:%').execute();
});

const login = (email: string, password: string) => t.anonymous.post('/api/auth/login', { email, password });

describe('login rate limit', () => {
  it('lets at most the limit of 30 concurrent wrong passwords through to 401, the rest 429 with Retry-After', async () => {
    const csm = await t.as('csm');
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(csm.email, `wrong-${i}`)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    for (const res of answers.filter((r) => r.status === 429)) {
      const seconds = Number(res.headers.get('retry-after'));
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(15 * 60);
      expect((await res.json()).error).toMatchObject({
        code: 'rate_limited',
        details: { retry_after_seconds: seconds },
      });
    }

    // The right password is refused too until the window has passed.
    const blocked = await login(csm.email, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // The window passing, without waiting 15 minutes: every counted attempt moves 15 minutes back.
    await sql`update login_attempts set attempts = array(select a - interval '15 minutes' from unnest(attempts) a)
      where key = ${`email:${csm.email}`}`.execute(t.db);
    expect((await login(csm.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('clears the email’s failures on a successful login', async () => {
    const csm = await t.as('csm');
    for (let i = 0; i < 9; i++) expect((await login(csm.email, `wrong-${i}`)).status).toBe(401);
    expect((await login(csm.email, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await login(csm.email, `wrong-${i}`)).status).toBe(401);
    expect((await login(csm.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('counts an email the same whatever its case', async () => {
    const csm = await t.as('csm');
    for (let i = 0; i < 10; i++) {
      const email = i % 2 ? csm.email.toUpperCase() : csm.email;
      expect((await login(email, `wrong-${i}`)).status).toBe(401);
    }
    expect((await login(csm.email, TEST_PASSWORD)).status).toBe(429);
  });

  it('gives the client address five times the room of one email', async () => {
    const emails = await Promise.all(Array.from({ length: 6 }, () => t.as('viewer')));
    const statuses: number[] = [];
    for (const { email } of emails)
      for (let i = 0; i < 9; i++) statuses.push((await login(email, `wrong-${i}`)).status);
    expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(50).every((s) => s === 429)).toBe(true);
  });
});
