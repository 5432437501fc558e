// Sign-ins, failed sign-ins, sign-outs and saved-view changes are in the audit log; passwords never are.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/auth.ts';
import { createTestApp, type SessionClient, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

const entries = async (userId: string): Promise<AuditEntry[]> =>
  (await (await admin.get(`/api/audit-log?entity_type=user&entity_id=${userId}&limit=200`)).json()).data;

it('records a sign-in, a failed sign-in and a sign-out of a user, without the password', async () => {
  const csm = await t.as('csm');
  const wrong = await t.anonymous.post('/api/auth/login', { email: csm.email, password: 'wrong-password-1' });
  expect(wrong.status).toBe(401);
  expect((await csm.post('/api/auth/logout')).status).toBe(204);
  const log = await entries(csm.userId);
  expect(log.map((e) => e.action).sort()).toEqual(
    ['user.created', 'user.logged_in', 'user.login_failed', 'user.logged_out'].sort(),
  );
  expect(log.find((e) => e.action === 'user.logged_in')).toMatchObject({
    actor_type: 'user',
    actor_id: csm.userId,
  });
  expect(log.find((e) => e.action === 'user.login_failed')).toMatchObject({ after: { email: csm.email } });
  expect(log.find((e) => e.action === 'user.logged_out')).toMatchObject({ actor_id: csm.userId });
  expect(JSON.stringify(log)).not.toContain('wrong-password-1');
  expect(JSON.stringify(log)).not.toContain(TEST_PASSWORD);
});

it('records a failed sign-in for an email nobody has', async () => {
  await t.anonymous.post('/api/auth/login', { email: 'nobody@audit.test', password: 'guess-1234' });
  const log = (await (await admin.get('/api/audit-log?entity_type=user&limit=200')).json())
    .data as AuditEntry[];
  expect(log).toContainEqual(
    expect.objectContaining({
      action: 'user.login_failed',
      entity_id: null,
      after: expect.objectContaining({ email: 'nobody@audit.test' }),
    }),
  );
});

it('records creating and deleting a saved view', async () => {
  const csm = await t.as('csm');
  const created = await csm.post('/api/saved-views', { name: 'At risk', query: { health: 'red' } });
  expect(created.status).toBe(201);
  const { id } = await created.json();
  expect((await csm.delete(`/api/saved-views/${id}`)).status).toBe(204);
  const log = (await (await admin.get(`/api/audit-log?entity_type=saved_view&entity_id=${id}`)).json())
    .data as AuditEntry[];
  expect(log.map((e) => e.action).sort()).toEqual(['saved_view.created', 'saved_view.deleted']);
  expect(log.every((e) => e.actor_id === csm.userId)).toBe(true);
});
