import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';
import { sha256 } from './tokens.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function createKey(name: string, scopes: string[]) {
  const res = await admin.post('/api/api-keys', { name, scopes, current_password: TEST_PASSWORD });
  expect(res.status).toBe(201);
  return res.json() as Promise<{
    id: string;
    key: string;
    prefix: string;
    scopes: string[];
    created_by: string;
  }>;
}

describe('API keys API', () => {
  it('returns the key once, on creation, and works as a Bearer token', async () => {
    const created = await createKey('CRM sync', ['read', 'read']);
    expect(created).toMatchObject({
      name: 'CRM sync',
      scopes: ['read'],
      created_by: admin.userId,
      revoked_at: null,
    });
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    const res = await t.anonymous.request('GET', '/api/accounts', undefined, bearer(created.key));
    expect(res.status).toBe(200);
  });

  it('never shows a key in the list', async () => {
    const created = await createKey('Listed', ['write']);
    const res = await admin.get('/api/api-keys');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(created.key);
    const listed = JSON.parse(text).data.find((k: { id: string }) => k.id === created.id);
    expect(listed).toMatchObject({ name: 'Listed', prefix: created.prefix, scopes: ['write'] });
    expect(listed).not.toHaveProperty('key');
    expect(listed).not.toHaveProperty('key_hash');
  });

  it('stores only a hash of the key', async () => {
    const created = await createKey('Hashed', ['read']);
    const row = await t.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).not.toBe(created.key);
    expect(row.key_hash).toBe(sha256(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
  });

  it('revokes a key: it answers 401 from then on and shows as revoked', async () => {
    const created = await createKey('Short-lived', ['read']);
    expect((await admin.delete(`/api/api-keys/${created.id}`)).status).toBe(204);
    const res = await t.anonymous.request('GET', '/api/accounts', undefined, bearer(created.key));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
    const listed = (await (await admin.get('/api/api-keys')).json()).data.find(
      (k: { id: string }) => k.id === created.id,
    );
    expect(listed.revoked_at).toEqual(expect.any(String));
    expect((await admin.delete(`/api/api-keys/${created.id}`)).status).toBe(404);
  });

  it.each([
    ['a made-up key', 'Bearer tend_made_up_key'],
    ['an empty Bearer', 'Bearer '],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('answers 401 for %s', async (_, authorization) => {
    const res = await t.anonymous.request('GET', '/api/accounts', undefined, { authorization });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
  });

  it('records a new key in the audit log without the key', async () => {
    const created = await createKey('Audited', ['ingest']);
    expect(created.created_by).toBe(admin.userId);
    const log = await (await admin.get(`/api/audit-log?entity_type=api_key&entity_id=${created.id}`)).json();
    expect(log.data).toHaveLength(1);
    expect(log.data[0]).toMatchObject({
      action: 'api_key.created',
      actor_type: 'user',
      after: { name: 'Audited' },
    });
    expect(JSON.stringify(log.data)).not.toContain(created.key);
  });
});
