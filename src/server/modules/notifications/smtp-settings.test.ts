import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { readSmtpSettings } from './smtp-settings.ts';

let t: TestApp;
let admin: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
}, 60_000);
afterAll(() => t?.close());

const settings = { host: 'smtp.example.com', port: 587, user: 'tend', from: 'tend@example.com' };
const put = async (body: object) => {
  const res = await admin.request('PUT', '/api/notifications/smtp', body);
  expect(res.status).toBe(200);
  return res.json();
};

it('keeps the stored password when a PUT leaves it out, and clears it on password: null', async () => {
  await put({ ...settings, password: 'smtp-secret-password' });
  const kept = await put({ ...settings, port: 2525 });
  expect(kept).toMatchObject({ port: 2525, password_set: true });
  expect((await readSmtpSettings(t.db))?.password).toBe('smtp-secret-password');
  expect(await (await admin.get('/api/notifications/smtp')).json()).toMatchObject({ password_set: true });

  const cleared = await put({ ...settings, password: null });
  expect(cleared).toMatchObject({ password_set: false });
  expect((await readSmtpSettings(t.db))?.password ?? null).toBeNull();
});
