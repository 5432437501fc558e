import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('login', () => {
  it('sets an HttpOnly, SameSite session cookie and returns the user and a CSRF token', async () => {
    const csm = await t.as('csm');
    const res = await t.anonymous.post('/api/auth/login', {
      email: csm.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^tend_session=[^;]+;/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
    const body = await res.json();
    expect(body).toEqual({
      user: expect.objectContaining({ id: csm.userId, email: csm.email, role: 'csm' }),
      csrf_token: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain(cookieOf(res).split('=')[1]);
  });

  it('stores only a hash of the session token', async () => {
    const viewer = await t.as('viewer');
    const token = viewer.cookie.split('=')[1] ?? '';
    const rows = await t.db.selectFrom('sessions').selectAll().where('user_id', '=', viewer.userId).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers 401 invalid_credentials for a wrong password or an unknown email, alike', async () => {
    const csm = await t.as('csm');
    const wrong = await t.anonymous.post('/api/auth/login', {
      email: csm.email,
      password: 'not-the-password',
    });
    const unknown = await t.anonymous.post('/api/auth/login', {
      email: 'nobody@nowhere.test',
      password: TEST_PASSWORD,
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({
        error: { code: 'invalid_credentials', message: 'Email or password is incorrect', details: null },
      });
    }
  });
});

describe('session', () => {
  it('GET /api/auth/session returns the user and the CSRF token of the session', async () => {
    const manager = await t.as('cs_manager');
    const res = await manager.get('/api/auth/session');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: expect.objectContaining({ id: manager.userId, role: 'cs_manager' }),
      csrf_token: manager.csrf,
    });
  });

  it('answers 401 without a session and for a made-up cookie', async () => {
    expect((await t.anonymous.get('/api/auth/session')).status).toBe(401);
    const res = await t.anonymous.request('GET', '/api/auth/session', undefined, {
      cookie: 'tend_session=made-up',
    });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
  });

  it('refuses a cookie write without the X-CSRF-Token header, or with another session token, and writes nothing', async () => {
    const csm = await t.as('csm');
    const other = await t.as('csm');
    const before = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const csrf of [undefined, '', other.csrf]) {
      const headers = {
        'content-type': 'application/json',
        cookie: csm.cookie,
        ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
      };
      const res = await t.app.request('/api/accounts', {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Forged' }),
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('csrf_failed');
    }
    const after = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // Reads need no CSRF token.
    expect((await t.app.request('/api/accounts', { headers: { cookie: csm.cookie } })).status).toBe(200);
  });

  it('lets an API key write without a CSRF token', async () => {
    const key = await t.withKey(['write']);
    expect((await key.post('/api/accounts', { name: 'Written by key' })).status).toBe(201);
  });
});

describe('logout', () => {
  it('ends the session and clears the cookie', async () => {
    const csm = await t.as('csm');
    const res = await csm.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^tend_session=;.*Max-Age=0/i);
    expect((await csm.get('/api/auth/session')).status).toBe(401);
    expect((await csm.get('/api/accounts')).status).toBe(401);
    const rows = await t.db.selectFrom('sessions').select('id').where('user_id', '=', csm.userId).execute();
    expect(rows).toHaveLength(0);
  });

  it('answers 403 to an API key, which has no session to end', async () => {
    const key = await t.withKey(['ingest']);
    const res = await key.post('/api/auth/logout');
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  it('needs the CSRF token, so another site cannot log a user out', async () => {
    const csm = await t.as('csm');
    const res = await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie: csm.cookie } });
    expect(res.status).toBe(403);
    expect((await csm.get('/api/auth/session')).status).toBe(200);
  });
});

describe('password change', () => {
  it('requires the current password and changes nothing without it', async () => {
    const csm = await t.as('csm');
    const res = await csm.post('/api/auth/password', {
      current_password: 'wrong-password',
      new_password: 'brand-new-password',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: ['current_password'] }],
    });
    expect(
      (await t.anonymous.post('/api/auth/login', { email: csm.email, password: TEST_PASSWORD })).status,
    ).toBe(200);
    expect((await csm.get('/api/auth/session')).status).toBe(200);
  });

  it('ends the other sessions, keeps this one, and swaps the passwords', async () => {
    const csm = await t.as('csm');
    const elsewhere = await t.logIn(csm.email);
    const res = await csm.post('/api/auth/password', {
      current_password: TEST_PASSWORD,
      new_password: 'brand-new-password',
    });
    expect(res.status).toBe(204);
    expect((await csm.get('/api/auth/session')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/session')).status).toBe(401);
    expect(
      (await t.anonymous.post('/api/auth/login', { email: csm.email, password: TEST_PASSWORD })).status,
    ).toBe(401);
    expect(
      (await t.anonymous.post('/api/auth/login', { email: csm.email, password: 'brand-new-password' }))
        .status,
    ).toBe(200);
  });

  it('answers 403 for an API key, which has no password', async () => {
    const key = await t.withKey(['admin']);
    const res = await key.post('/api/auth/password', {
      current_password: 'x',
      new_password: 'brand-new-password',
    });
    expect(res.status).toBe(403);
  });
});

describe('login rate limit and secure cookies', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ TEND_LOGIN_ATTEMPTS: '3', TEND_SECURE_COOKIES: 'true' });
  });
  afterAll(() => limited?.close());

  it('marks the cookie Secure when TEND_SECURE_COOKIES is on', async () => {
    const csm = await limited.as('csm');
    const res = await limited.anonymous.post('/api/auth/login', {
      email: csm.email,
      password: TEST_PASSWORD,
    });
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('answers 429 after TEND_LOGIN_ATTEMPTS failures, even for the right password', async () => {
    const csm = await limited.as('csm');
    for (let i = 0; i < 3; i++) {
      const res = await limited.anonymous.post('/api/auth/login', {
        email: csm.email,
        password: `wrong-${i}`,
      });
      expect(res.status).toBe(401);
    }
    const blocked = await limited.anonymous.post('/api/auth/login', {
      email: csm.email,
      password: TEST_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    const body = await blocked.json();
    expect(body.error).toMatchObject({
      code: 'rate_limited',
      details: { retry_after_seconds: expect.any(Number) },
    });
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // The existing session is not affected.
    expect((await csm.get('/api/auth/session')).status).toBe(200);
  });
});
