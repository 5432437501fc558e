import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/accounts.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let csm: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
});
afterAll(() => t?.close());

async function newAccount(currency = 'USD'): Promise<string> {
  const res = await csm.post('/api/accounts', { name: `Contracts ${currency} ${Math.random()}`, currency });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const annual = { product: 'Platform', start_date: '2026-01-01', end_date: '2026-12-31', arr: 48_000_00 };

describe('contracts API', () => {
  it('creates, reads, updates and deletes a contract', async () => {
    const accountId = await newAccount();
    const created = await csm.post(`/api/accounts/${accountId}/contracts`, {
      ...annual,
      currency: 'EUR',
      status: 'draft',
    });
    expect(created.status).toBe(201);
    const contract: Contract = await created.json();
    expect(contract).toMatchObject({ account_id: accountId, ...annual, currency: 'EUR', status: 'draft' });

    const read = await csm.get(`/api/contracts/${contract.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(contract);

    const patched = await csm.patch(`/api/contracts/${contract.id}`, {
      status: 'active',
      arr: 50_000_00,
      end_date: '2027-01-31',
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      status: 'active',
      arr: 50_000_00,
      end_date: '2027-01-31',
      start_date: '2026-01-01',
    });

    expect((await csm.delete(`/api/contracts/${contract.id}`)).status).toBe(204);
    expect((await csm.get(`/api/contracts/${contract.id}`)).status).toBe(404);
    expect((await csm.delete(`/api/contracts/${contract.id}`)).status).toBe(404);
  });

  it('takes the account currency and active status when none is given', async () => {
    const accountId = await newAccount('GBP');
    const res = await csm.post(`/api/accounts/${accountId}/contracts`, annual);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ currency: 'GBP', status: 'active' });
  });

  it('accepts a one-day contract and a leap day', async () => {
    const accountId = await newAccount();
    const res = await csm.post(`/api/accounts/${accountId}/contracts`, {
      ...annual,
      start_date: '2028-02-29',
      end_date: '2028-02-29',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ start_date: '2028-02-29', end_date: '2028-02-29' });
  });

  it('lists an account contracts newest first and only that account', async () => {
    const accountId = await newAccount();
    const otherId = await newAccount();
    for (const year of [2024, 2026, 2025]) {
      const body = { ...annual, start_date: `${year}-01-01`, end_date: `${year}-12-31` };
      expect((await csm.post(`/api/accounts/${accountId}/contracts`, body)).status).toBe(201);
    }
    await csm.post(`/api/accounts/${otherId}/contracts`, annual);
    const res = await csm.get(`/api/accounts/${accountId}/contracts`);
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.map((c: Contract) => c.start_date)).toEqual(['2026-01-01', '2025-01-01', '2024-01-01']);
  });

  it('checks a changed date against the stored other date', async () => {
    const accountId = await newAccount();
    const contract: Contract = await (await csm.post(`/api/accounts/${accountId}/contracts`, annual)).json();
    const earlyEnd = await csm.patch(`/api/contracts/${contract.id}`, { end_date: '2025-12-31' });
    expect(earlyEnd.status).toBe(422);
    expect((await earlyEnd.json()).error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: ['end_date'] }],
    });
    expect((await csm.patch(`/api/contracts/${contract.id}`, { start_date: '2027-01-01' })).status).toBe(422);
    expect(await (await csm.get(`/api/contracts/${contract.id}`)).json()).toEqual(contract);
  });

  it('answers 404 for the contracts of an unknown account', async () => {
    const unknown = '00000000-0000-7000-8000-000000000000';
    expect((await csm.get(`/api/accounts/${unknown}/contracts`)).status).toBe(404);
    expect((await csm.post(`/api/accounts/${unknown}/contracts`, annual)).status).toBe(404);
  });

  it('deletes the contracts of a deleted account', async () => {
    const manager = await t.as('cs_manager');
    const accountId = await newAccount();
    const contract: Contract = await (await csm.post(`/api/accounts/${accountId}/contracts`, annual)).json();
    expect((await manager.delete(`/api/accounts/${accountId}`)).status).toBe(204);
    expect((await csm.get(`/api/contracts/${contract.id}`)).status).toBe(404);
  });

  it('records each contract change with before and after in the audit log', async () => {
    const key = await t.withKey(['write']);
    const admin = await t.withKey(['admin']);
    const accountId = await newAccount();
    const created = await key.post(`/api/accounts/${accountId}/contracts`, annual);
    expect(created.status).toBe(201);
    const contract: Contract = await created.json();
    await key.patch(`/api/contracts/${contract.id}`, { status: 'cancelled' });
    await key.delete(`/api/contracts/${contract.id}`);
    const log = await (
      await admin.get(`/api/audit-log?entity_type=contract&entity_id=${contract.id}`)
    ).json();
    expect(log.data.map((e: { action: string }) => e.action)).toEqual([
      'contract.deleted',
      'contract.updated',
      'contract.created',
    ]);
    for (const entry of log.data)
      expect(entry).toMatchObject({ actor_type: 'api_key', actor_label: 'API key "test write"' });
    expect(log.data[1]).toMatchObject({ before: { status: 'active' }, after: { status: 'cancelled' } });
  });
});
