import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { advanceHealthRun } from '../health/advance-health-run.ts';
import { customFieldScorecard } from '../health/health.fixtures.ts';
import { drainHealthDirty } from '../health/process-health-work.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('accounts API', () => {
  it('creates, reads, updates and deletes an account', async () => {
    const csm = await t.as('cs_manager');
    const created = await csm.post('/api/accounts', {
      name: 'Acme Logistics',
      external_id: 'A-1',
      segment: 'Enterprise',
      arr: 12_000_00,
      currency: 'EUR',
    });
    expect(created.status).toBe(201);
    const account = await created.json();
    expect(account).toMatchObject({
      name: 'Acme Logistics',
      external_id: 'A-1',
      coverage_model: 'pooled',
      arr: 1_200_000,
      currency: 'EUR',
      contact_count: 0,
    });

    const patched = await csm.patch(`/api/accounts/${account.id}`, {
      tier: 'Tier 1',
      custom: { region: 'EMEA', seats: 40 },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ tier: 'Tier 1', custom: { region: 'EMEA', seats: 40 } });

    const read = await (await csm.get(`/api/accounts/${account.id}`)).json();
    expect(read.tier).toBe('Tier 1');

    expect((await csm.delete(`/api/accounts/${account.id}`)).status).toBe(204);
    expect((await csm.get(`/api/accounts/${account.id}`)).status).toBe(404);
  });

  it('lists with search, filters, sort and cursor pagination without gaps or repeats', async () => {
    const csm = await t.as('csm');
    for (let i = 0; i < 25; i++) {
      const res = await csm.post('/api/accounts', {
        name: `Paged ${String(i).padStart(2, '0')}`,
        segment: i % 2 ? 'SMB' : 'Mid-Market',
        arr: (i % 5) * 100,
      });
      expect(res.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/accounts?q=paged&sort=arr&order=desc&limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await (await csm.get(url)).json();
      expect(page.total).toBe(25);
      seen.push(...page.data.map((a: { name: string }) => a.name));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);

    const smb = await (await csm.get('/api/accounts?q=paged&segment=SMB&sort=name')).json();
    expect(smb.total).toBe(12);
    expect(smb.data[0].name).toBe('Paged 01');
  });

  it('shows each account health and sorts by it, unscored accounts last either way, across pages', async () => {
    const admin = await t.as('admin');
    const csm = await t.as('csm');
    const names: Record<string, number | null> = {
      'Healthy A': 90,
      'Healthy B': 20,
      'Healthy C': 55,
      'Healthy D': null,
    };
    for (const [name, adoption] of Object.entries(names)) {
      const custom = adoption === null ? {} : { adoption };
      expect((await csm.post('/api/accounts', { name, custom })).status).toBe(201);
    }
    const card = customFieldScorecard({
      measures: [{ ...customFieldScorecard().measures[0]!, weight: 100 }],
    });
    expect((await admin.post('/api/scorecards', card)).status).toBe(201);
    while (await advanceHealthRun(t.db)) {}
    while ((await drainHealthDirty(t.db)) > 0) {}

    const walk = async (order: string) => {
      const seen: { name: string; health_score: number | null; health_color: string | null }[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/accounts?q=healthy&sort=health&order=${order}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await csm.get(url);
        expect(res.status).toBe(200);
        const page = await res.json();
        seen.push(...page.data);
        cursor = page.next_cursor;
      } while (cursor);
      return seen;
    };
    const asc = await walk('asc');
    expect(asc.map((a) => a.name)).toEqual(['Healthy B', 'Healthy C', 'Healthy A', 'Healthy D']);
    expect(asc[0]).toMatchObject({ health_score: 20, health_color: 'red' });
    expect(asc[3]).toMatchObject({ health_score: null, health_color: null });
    expect((await walk('desc')).map((a) => a.name)).toEqual([
      'Healthy A',
      'Healthy C',
      'Healthy B',
      'Healthy D',
    ]);
    const top = asc[2] as unknown as { id: string };
    const one = await (await csm.get(`/api/accounts/${top.id}`)).json();
    expect(one).toMatchObject({ health_score: 90, health_color: 'green' });
  });
});
