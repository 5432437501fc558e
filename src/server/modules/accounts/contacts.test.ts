import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let csm: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
});
afterAll(() => t?.close());

async function newAccount(name: string): Promise<string> {
  const res = await csm.post('/api/accounts', { name });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

async function contactCount(accountId: string): Promise<number> {
  return (await (await csm.get(`/api/accounts/${accountId}`)).json()).contact_count;
}

describe('contacts API', () => {
  it('creates, reads, updates and deletes a contact, keeping the account contact_count', async () => {
    const accountId = await newAccount('Contacts Co');
    const created = await csm.post(`/api/accounts/${accountId}/contacts`, {
      name: '  Dana Reyes ',
      email: 'Dana.Reyes@Example.COM',
      title: 'VP Operations',
      role: 'champion',
    });
    expect(created.status).toBe(201);
    const contact = await created.json();
    expect(contact).toMatchObject({
      account_id: accountId,
      name: 'Dana Reyes',
      email: 'dana.reyes@example.com',
      title: 'VP Operations',
      phone: null,
      role: 'champion',
    });
    expect(await contactCount(accountId)).toBe(1);

    const read = await csm.get(`/api/contacts/${contact.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(contact);

    const patched = await csm.patch(`/api/contacts/${contact.id}`, { phone: '+1 555 0100', title: null });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ phone: '+1 555 0100', title: null, name: 'Dana Reyes' });

    expect((await csm.delete(`/api/contacts/${contact.id}`)).status).toBe(204);
    expect((await csm.get(`/api/contacts/${contact.id}`)).status).toBe(404);
    expect((await csm.delete(`/api/contacts/${contact.id}`)).status).toBe(404);
    expect(await contactCount(accountId)).toBe(0);
  });

  it('defaults the contact role to user and allows a contact without email', async () => {
    const accountId = await newAccount('Defaults Co');
    const res = await csm.post(`/api/accounts/${accountId}/contacts`, { name: 'No Email' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ role: 'user', email: null });
  });

  it('answers 409 for a second contact with the same email on one account, but allows it on another', async () => {
    const first = await newAccount('Dup Email One');
    const second = await newAccount('Dup Email Two');
    expect(
      (await csm.post(`/api/accounts/${first}/contacts`, { name: 'A', email: 'same@x.io' })).status,
    ).toBe(201);
    const dup = await csm.post(`/api/accounts/${first}/contacts`, { name: 'B', email: 'SAME@x.io' });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.code).toBe('conflict');
    expect(
      (await csm.post(`/api/accounts/${second}/contacts`, { name: 'C', email: 'same@x.io' })).status,
    ).toBe(201);
    expect(await contactCount(first)).toBe(1);
  });

  it('lists contacts by name with search, role filter and cursor pages without gaps or repeats', async () => {
    const accountId = await newAccount('Listing Co');
    for (let i = 0; i < 12; i++) {
      const body = {
        name: `Person ${String(i).padStart(2, '0')}`,
        email: `p${i}@list.io`,
        role: i % 3 === 0 ? 'billing' : 'user',
      };
      expect((await csm.post(`/api/accounts/${accountId}/contacts`, body)).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/accounts/${accountId}/contacts?limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await (await csm.get(url)).json();
      expect(page.total).toBe(12);
      seen.push(...page.data.map((c: { name: string }) => c.name));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(12);

    const billing = await (await csm.get(`/api/accounts/${accountId}/contacts?role=billing`)).json();
    expect(billing.total).toBe(4);
    const byEmail = await (await csm.get(`/api/accounts/${accountId}/contacts?q=P11@LIST`)).json();
    expect(byEmail.data.map((c: { name: string }) => c.name)).toEqual(['Person 11']);
  });

  it('takes search wildcards literally', async () => {
    const accountId = await newAccount('Wildcards Co');
    await csm.post(`/api/accounts/${accountId}/contacts`, { name: '100% Sure' });
    await csm.post(`/api/accounts/${accountId}/contacts`, { name: 'Plain' });
    const page = await (
      await csm.get(`/api/accounts/${accountId}/contacts?q=${encodeURIComponent('%')}`)
    ).json();
    expect(page.data.map((c: { name: string }) => c.name)).toEqual(['100% Sure']);
  });

  it('answers 404 for the contacts of an unknown account', async () => {
    const res = await csm.get('/api/accounts/00000000-0000-7000-8000-000000000000/contacts');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('deletes the contacts of a deleted account', async () => {
    const manager = await t.as('cs_manager');
    const accountId = await newAccount('Going Away');
    const contact = await (
      await csm.post(`/api/accounts/${accountId}/contacts`, { name: 'Left Behind' })
    ).json();
    expect((await manager.delete(`/api/accounts/${accountId}`)).status).toBe(204);
    expect((await csm.get(`/api/contacts/${contact.id}`)).status).toBe(404);
  });

  it('records who created, changed and deleted a contact in the audit log', async () => {
    const admin = await t.as('admin');
    const accountId = await newAccount('Audited Contacts');
    const contact = await (await csm.post(`/api/accounts/${accountId}/contacts`, { name: 'Audited' })).json();
    await csm.patch(`/api/contacts/${contact.id}`, { title: 'CFO' });
    await csm.delete(`/api/contacts/${contact.id}`);
    const log = await (await admin.get(`/api/audit-log?entity_type=contact&entity_id=${contact.id}`)).json();
    expect(log.data.map((e: { action: string }) => e.action)).toEqual([
      'contact.deleted',
      'contact.updated',
      'contact.created',
    ]);
    for (const entry of log.data)
      expect(entry).toMatchObject({ actor_type: 'user', actor_id: csm.userId, actor_label: csm.email });
    const [deleted, updated, created] = log.data;
    expect(created).toMatchObject({ before: null, after: { name: 'Audited', title: null } });
    expect(updated).toMatchObject({ before: { title: null }, after: { title: 'CFO' } });
    expect(deleted).toMatchObject({ before: { title: 'CFO' }, after: null });
  });
});
