import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/auth.ts';
import { createTestApp, type SessionClient, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

async function auditOf(entityType: string, entityId: string): Promise<AuditEntry[]> {
  const res = await admin.get(`/api/audit-log?entity_type=${entityType}&entity_id=${entityId}`);
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

async function json(res: Promise<Response>, status: number) {
  const r = await res;
  expect(r.status).toBe(status);
  return r.status === 204 ? null : r.json();
}

describe('audit log', () => {
  it('records who changed an account, the action, and the record before and after', async () => {
    const account = await json(admin.post('/api/accounts', { name: 'Audited Inc', arr: 100 }), 201);
    await json(admin.patch(`/api/accounts/${account.id}`, { arr: 250, tier: 'Gold' }), 200);
    await json(admin.delete(`/api/accounts/${account.id}`), 204);

    const [deleted, updated, created] = await auditOf('account', account.id);
    const who = { actor_type: 'user', actor_id: admin.userId, actor_label: admin.email };
    expect(created).toMatchObject({
      ...who,
      action: 'account.created',
      before: null,
      after: { id: account.id, arr: 100, tier: null },
    });
    expect(updated).toMatchObject({
      ...who,
      action: 'account.updated',
      before: { arr: 100, tier: null },
      after: { arr: 250, tier: 'Gold' },
    });
    expect(deleted).toMatchObject({ ...who, action: 'account.deleted', before: { arr: 250 }, after: null });
    expect(Date.parse(created?.at ?? '')).not.toBeNaN();
  });

  it('writes no entry for an empty change', async () => {
    const account = await json(admin.post('/api/accounts', { name: 'Untouched' }), 201);
    // An empty change is refused as "nothing to change" before anything is written.
    await json(admin.patch(`/api/accounts/${account.id}`, {}), 422);
    expect((await auditOf('account', account.id)).map((e) => e.action)).toEqual(['account.created']);
  });

  it('records user, password and API key changes without any secret', async () => {
    const secrets = ['first-user-password', 'reset-user-password', 'new-admin-password', TEST_PASSWORD];
    const user = await json(
      admin.post('/api/users', { email: 'audited@x.io', name: 'Audited', role: 'csm', password: secrets[0] }),
      201,
    );
    await json(admin.patch(`/api/users/${user.id}`, { role: 'viewer' }), 200);
    await json(admin.patch(`/api/users/${user.id}`, { password: secrets[1] }), 200);
    await json(
      admin.post('/api/auth/password', { current_password: TEST_PASSWORD, new_password: secrets[2] }),
      204,
    );
    await json(admin.patch('/api/auth/me', { name: 'Audit Admin' }), 200);
    const key = await json(
      admin.post('/api/api-keys', { name: 'Audited key', scopes: ['read'], current_password: secrets[2] }),
      201,
    );
    await json(admin.delete(`/api/api-keys/${key.id}`), 204);

    const userLog = await auditOf('user', user.id);
    expect(userLog.map((e) => e.action)).toEqual(['user.updated', 'user.updated', 'user.created']);
    expect(userLog[1]).toMatchObject({ before: { role: 'csm' }, after: { role: 'viewer' } });
    expect(userLog[0]?.after).toMatchObject({ password: '[redacted]' });
    // Sign-ins are recorded too (audit-sessions.test.ts); here only the changes.
    expect(
      (await auditOf('user', admin.userId)).map((e) => e.action).filter((a) => a !== 'user.logged_in'),
    ).toEqual(['user.updated', 'user.password_changed', 'user.created']);
    expect((await auditOf('api_key', key.id)).map((e) => e.action)).toEqual([
      'api_key.revoked',
      'api_key.created',
    ]);

    const sessions = await t.db.selectFrom('sessions').select('csrf_token').execute();
    const stored = await t.db.selectFrom('users').select('password_hash').execute();
    const keyHashes = await t.db.selectFrom('api_keys').select('key_hash').execute();
    const forbidden = [
      ...secrets,
      key.key,
      admin.cookie.split('=')[1] ?? '',
      ...sessions.map((s) => s.csrf_token),
      ...stored.map((u) => u.password_hash),
      ...keyHashes.map((k) => k.key_hash),
    ];
    const everything = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
    for (const secret of forbidden) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('scrypt$');
  });

  it('pages newest first with a cursor and filters by actor', async () => {
    const csm = await t.as('csm');
    for (let i = 0; i < 5; i++) await json(csm.post('/api/accounts', { name: `Paged audit ${i}` }), 201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/audit-log?actor_id=${csm.userId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await json(admin.get(url), 200);
      seen.push(...page.data.map((e: AuditEntry) => e.id));
      cursor = page.next_cursor;
    } while (cursor);
    // Five accounts and the csm's sign-in.
    expect(seen).toHaveLength(6);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
  });

  it('names the API key that made a change', async () => {
    const key = await t.withKey(['write']);
    const account = await json(key.post('/api/accounts', { name: 'By key' }), 201);
    const [entry] = await auditOf('account', account.id);
    expect(entry).toMatchObject({
      actor_type: 'api_key',
      actor_id: expect.any(String),
      actor_label: 'API key "test write"',
    });
  });
});
