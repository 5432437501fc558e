// Logins and keys are made by people: an API key, whatever its scope, cannot create users, change roles or
// passwords, or create, list or revoke keys; an admin creating an admin or a key re-enters their password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

const count = async (table: 'users' | 'api_keys') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('what an admin-scope API key cannot do', () => {
  it('cannot create a user, so it cannot make itself a login (an admin with a known password)', async () => {
    const key = await t.withKey(['admin']);
    const users = await count('users');
    const email = 'backdoor@credentials.test';
    const res = await key.post('/api/users', {
      email,
      name: 'Backdoor',
      role: 'admin',
      password: 'known-password-1',
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
    expect(await count('users')).toBe(users);
    expect((await t.anonymous.post('/api/auth/login', { email, password: 'known-password-1' })).status).toBe(
      401,
    );
  });

  it('cannot change a role or a password, but may rename or deactivate (an HR sync)', async () => {
    const key = await t.withKey(['admin']);
    const csm = await t.as('csm');
    for (const change of [{ role: 'admin' }, { password: 'known-password-1' }]) {
      const res = await key.patch(`/api/users/${csm.userId}`, change);
      expect(res.status).toBe(403);
    }
    const row = await t.db
      .selectFrom('users')
      .select('role')
      .where('id', '=', csm.userId)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('csm');
    expect(
      (await t.anonymous.post('/api/auth/login', { email: csm.email, password: TEST_PASSWORD })).status,
    ).toBe(200);
    expect((await key.patch(`/api/users/${csm.userId}`, { name: 'Renamed by HR' })).status).toBe(200);
    expect((await key.patch(`/api/users/${csm.userId}`, { active: false })).status).toBe(200);
  });

  it('cannot create, list or revoke API keys', async () => {
    const key = await t.withKey(['admin']);
    const keys = await count('api_keys');
    const created = await key.post('/api/api-keys', { name: 'Made by a key', scopes: ['admin', 'write'] });
    expect(created.status).toBe(403);
    expect(await count('api_keys')).toBe(keys);
    expect((await key.get('/api/api-keys')).status).toBe(403);
    const other = await admin.post('/api/api-keys', {
      name: 'Another integration',
      scopes: ['read'],
      current_password: TEST_PASSWORD,
    });
    const { id } = await other.json();
    expect((await key.delete(`/api/api-keys/${id}`)).status).toBe(403);
    const row = await t.db
      .selectFrom('api_keys')
      .select('revoked_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });
});

describe('re-entering the password', () => {
  it('is needed to create an API key, and a wrong one creates nothing', async () => {
    const keys = await count('api_keys');
    for (const current_password of [undefined, 'not-my-password']) {
      const res = await admin.post('/api/api-keys', { name: 'CRM', scopes: ['read'], current_password });
      expect(res.status).toBe(422);
      expect((await res.json()).error).toMatchObject({
        code: 'validation_failed',
        details: [{ path: ['current_password'] }],
      });
    }
    expect(await count('api_keys')).toBe(keys);
    const res = await admin.post('/api/api-keys', {
      name: 'CRM',
      scopes: ['read'],
      current_password: TEST_PASSWORD,
    });
    expect(res.status).toBe(201);
  });

  it('is needed to create or promote an admin, not a csm', async () => {
    const body = (role: string, n: number) => ({
      email: `person${n}@credentials.test`,
      name: `Person ${n}`,
      role,
      password: 'initial-password-1',
    });
    const refused = await admin.post('/api/users', body('admin', 1));
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.details).toEqual([
      expect.objectContaining({ path: ['current_password'] }),
    ]);
    expect(
      await t.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'person1@credentials.test')
        .executeTakeFirst(),
    ).toBeUndefined();
    expect(
      (await admin.post('/api/users', { ...body('admin', 1), current_password: TEST_PASSWORD })).status,
    ).toBe(201);
    const csm = await admin.post('/api/users', body('csm', 2));
    expect(csm.status).toBe(201);
    const { id } = await csm.json();
    expect((await admin.patch(`/api/users/${id}`, { role: 'admin' })).status).toBe(422);
    expect(
      (await admin.patch(`/api/users/${id}`, { role: 'admin', current_password: TEST_PASSWORD })).status,
    ).toBe(200);
  });
});
