import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../../shared/auth.ts';
import { createTestApp, type SessionClient, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

let t: TestApp;
// The only admin of this app: the last-admin rule below depends on it.
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

let n = 0;
async function createUser(role: User['role'], password = 'initial-password-1'): Promise<User> {
  const res = await admin.post('/api/users', {
    email: `Person${++n}@Users.Test`,
    name: `Person ${n}`,
    role,
    password,
    current_password: TEST_PASSWORD,
  });
  expect(res.status).toBe(201);
  return res.json();
}

describe('users API', () => {
  it('creates a user who can log in, without ever returning the password or its hash', async () => {
    const res = await admin.post('/api/users', {
      email: 'New.Hire@Users.Test',
      name: 'New Hire',
      role: 'csm',
      locale: 'ko',
      password: 'first-day-password',
    });
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toContain('first-day-password');
    expect(text).not.toContain('password');
    expect(JSON.parse(text)).toMatchObject({
      email: 'new.hire@users.test',
      name: 'New Hire',
      role: 'csm',
      locale: 'ko',
      active: true,
    });

    const login = await t.anonymous.post('/api/auth/login', {
      email: 'new.hire@users.test',
      password: 'first-day-password',
    });
    expect(login.status).toBe(200);
    const list = await (await admin.get('/api/users')).text();
    expect(list).toContain('new.hire@users.test');
    expect(list).not.toContain('password');
    expect(list).not.toContain('scrypt');
  });

  it('answers 409 for an email already in use, whatever its case', async () => {
    const existing = await createUser('viewer');
    const res = await admin.post('/api/users', {
      email: existing.email.toUpperCase(),
      name: 'Twin',
      role: 'csm',
      password: 'another-password',
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('conflict');
  });

  it('changes a role, which takes effect on the user existing session', async () => {
    const user = await createUser('csm');
    const session = await t.logIn(user.email, 'initial-password-1');
    expect((await session.post('/api/accounts', { name: 'Before demotion' })).status).toBe(201);

    const res = await admin.patch(`/api/users/${user.id}`, { role: 'viewer' });
    expect(res.status).toBe(200);
    expect((await res.json()).role).toBe('viewer');
    const denied = await session.post('/api/accounts', { name: 'After demotion' });
    expect(denied.status).toBe(403);
    expect((await session.get('/api/accounts')).status).toBe(200);
  });

  it('deactivates a user: their session stops working and they cannot log in', async () => {
    const user = await createUser('csm');
    const session = await t.logIn(user.email, 'initial-password-1');
    expect((await session.get('/api/auth/session')).status).toBe(200);

    const res = await admin.patch(`/api/users/${user.id}`, { active: false });
    expect(res.status).toBe(200);
    expect((await res.json()).active).toBe(false);
    const after = await session.get('/api/auth/session');
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('unauthenticated');
    const login = await t.anonymous.post('/api/auth/login', {
      email: user.email,
      password: 'initial-password-1',
    });
    expect(login.status).toBe(401);
    expect((await login.json()).error.code).toBe('invalid_credentials');

    expect((await admin.patch(`/api/users/${user.id}`, { active: true })).status).toBe(200);
    expect(
      (await t.anonymous.post('/api/auth/login', { email: user.email, password: 'initial-password-1' }))
        .status,
    ).toBe(200);
  });

  it('resets a password: the old one stops working and the user sessions end', async () => {
    const user = await createUser('viewer');
    const session = await t.logIn(user.email, 'initial-password-1');
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'reset-by-admin-1' })).status).toBe(200);
    expect((await session.get('/api/auth/session')).status).toBe(401);
    expect(
      (await t.anonymous.post('/api/auth/login', { email: user.email, password: 'initial-password-1' }))
        .status,
    ).toBe(401);
    expect(
      (await t.anonymous.post('/api/auth/login', { email: user.email, password: 'reset-by-admin-1' })).status,
    ).toBe(200);
  });

  it('answers 409 when the last active admin would be demoted or deactivated, and allows it once another admin exists', async () => {
    for (const change of [{ role: 'cs_manager' }, { active: false }]) {
      const res = await admin.patch(`/api/users/${admin.userId}`, change);
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe('conflict');
    }
    const row = await t.db
      .selectFrom('users')
      .select(['role', 'active'])
      .where('id', '=', admin.userId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'admin', active: true });

    const second = await createUser('admin');
    const inactive = await admin.patch(`/api/users/${second.id}`, { active: false });
    expect(inactive.status).toBe(200);
    // An inactive admin does not count: the first admin is still the last active one.
    expect((await admin.patch(`/api/users/${admin.userId}`, { role: 'csm' })).status).toBe(409);

    expect((await admin.patch(`/api/users/${second.id}`, { active: true })).status).toBe(200);
    const demoted = await admin.patch(`/api/users/${admin.userId}`, { role: 'cs_manager' });
    expect(demoted.status).toBe(200);
    expect((await admin.get('/api/users')).status).toBe(200);
    expect(
      (
        await admin.post('/api/users', {
          email: 'x@y.io',
          name: 'X',
          role: 'csm',
          password: 'long-enough-pw',
        })
      ).status,
    ).toBe(403);
  });

  it('answers 404 for an unknown user', async () => {
    const res = await t
      .withKey(['admin'])
      .then((key) => key.patch('/api/users/00000000-0000-7000-8000-000000000000', { name: 'Ghost' }));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('lets a user change their own name and language', async () => {
    const viewer = await t.as('viewer');
    const res = await viewer.patch('/api/auth/me', { name: 'Renamed Viewer', locale: 'zh' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: viewer.userId,
      name: 'Renamed Viewer',
      locale: 'zh',
      role: 'viewer',
    });
    expect((await viewer.patch('/api/auth/me', { role: 'admin' })).status).toBe(422);
  });
});
