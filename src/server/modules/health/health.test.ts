import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountHealth, HealthPoint } from '../../../shared/health.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { advanceHealthRun } from './advance-health-run.ts';
import { customFieldScorecard } from './health.fixtures.ts';
import { drainHealthDirty } from './process-health-work.ts';

let t: TestApp;
let admin: SessionClient;
let csm: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  csm = await t.as('csm');
});
afterAll(() => t?.close());

async function newAccount(
  custom: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await csm.post('/api/accounts', { name: `Health ${Math.random()}`, custom, ...extra });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

async function settle() {
  while (await advanceHealthRun(t.db)) {}
  while ((await drainHealthDirty(t.db)) > 0) {}
}

async function health(id: string): Promise<AccountHealth> {
  const res = await csm.get(`/api/accounts/${id}/health`);
  expect(res.status).toBe(200);
  return res.json();
}

describe('health scores', () => {
  let scorecardId: string;
  it('saves a scorecard and recomputes every account, with progress', async () => {
    const a = await newAccount({ adoption: 80, nps: 9 });
    const res = await admin.post('/api/scorecards', customFieldScorecard());
    expect(res.status).toBe(201);
    const body = await res.json();
    scorecardId = body.scorecard.id;
    expect(body.run).toMatchObject({ status: 'queued', reason: 'scorecard' });
    await settle();
    const run = await (await admin.get(`/api/health/runs/${body.run.id}`)).json();
    expect(run).toMatchObject({ status: 'done' });
    expect(run.done).toBe(run.total);
    const h = await health(a);
    // 80 x 0.6 + 100 x 0.4
    expect(h).toMatchObject({ score: 88, color: 'green', scorecard: { id: scorecardId } });
    expect(h.measures).toEqual([
      expect.objectContaining({
        key: 'adoption',
        label: 'Adoption',
        value: 80,
        score: 80,
        weight: 60,
        contribution: 48,
      }),
      expect.objectContaining({
        key: 'nps',
        label: 'NPS',
        value: 9,
        score: 100,
        weight: 40,
        contribution: 40,
      }),
    ]);
  });

  it('re-normalises weights over a missing measure and shows it as missing', async () => {
    const a = await newAccount({ adoption: 30 });
    await settle();
    const h = await health(a);
    expect(h.score).toBe(30);
    expect(h.color).toBe('red');
    expect(h.measures.find((m) => m.key === 'nps')).toMatchObject({
      missing: true,
      score: null,
      contribution: null,
    });
    expect(h.measures.find((m) => m.key === 'adoption')).toMatchObject({ contribution: 30 });
  });

  it('recomputes within the same pass as a field edit and explains the change', async () => {
    const a = await newAccount({ adoption: 90, nps: 10 });
    await settle();
    expect((await health(a)).score).toBe(94);
    const patched = await csm.patch(`/api/accounts/${a}`, { custom: { adoption: 40, nps: 8 } });
    expect(patched.status).toBe(200);
    await settle();
    const h = await health(a);
    expect(h).toMatchObject({ score: 44, color: 'red' });
    expect(h.last_change).toMatchObject({ from: 94, to: 44 });
    expect(h.last_change?.measures).toEqual([
      expect.objectContaining({ key: 'adoption', label: 'Adoption', from: 90, to: 40, delta: -30 }),
      expect.objectContaining({ key: 'nps', label: 'NPS', from: 10, to: 8, delta: -20 }),
    ]);
    const history: { data: HealthPoint[] } = await (
      await csm.get(`/api/accounts/${a}/health/history`)
    ).json();
    expect(history.data.map((p) => [p.kind, p.color])).toEqual([
      ['daily', 'red'],
      ['color_change', 'red'],
    ]);
    const alerts = await (await csm.get(`/api/health/alerts?account_id=${a}`)).json();
    expect(alerts.data.map((x: { kind: string }) => x.kind).sort()).toEqual(['band_worse', 'score_drop']);
    // The rules engine hears of both: the band change and each alert, as signals for its triggers.
    const signals = await t.db
      .selectFrom('signals')
      .select(['type', 'facts'])
      .where('account_id', '=', a)
      .where('type', 'like', 'health.%')
      .execute();
    expect(signals).toEqual(
      expect.arrayContaining([
        {
          type: 'health.band_changed',
          facts: expect.objectContaining({ from_color: 'green', to_color: 'red' }),
        },
        { type: 'health.alert', facts: expect.objectContaining({ kind: 'band_worse', to_color: 'red' }) },
        { type: 'health.alert', facts: expect.objectContaining({ kind: 'score_drop', to_score: 44 }) },
      ]),
    );
    expect(alerts.data.find((x: { kind: string }) => x.kind === 'band_worse').details).toMatchObject({
      from_color: 'green',
      to_color: 'red',
      from_score: 94,
      to_score: 44,
    });
  });

  it('takes the accounts a scorecard is assigned to, and the default takes the rest', async () => {
    const ent = await newAccount({ adoption: 50, nps: 10 }, { segment: 'Enterprise' });
    const res = await admin.post(
      '/api/scorecards',
      customFieldScorecard({
        name: 'Enterprise',
        is_default: false,
        segments: ['Enterprise'],
        measures: [
          {
            key: 'adoption',
            label: 'Adoption',
            weight: 100,
            source: { type: 'custom_field', field: 'adoption', kind: 'number' },
            scoring: { kind: 'linear', from: 0, to: 50 },
          },
        ],
      }),
    );
    expect(res.status).toBe(201);
    await settle();
    const h = await health(ent);
    expect(h).toMatchObject({ score: 100, scorecard: { name: 'Enterprise' } });
  });

  it('previews a draft without saving: distribution and color changes', async () => {
    const before = await (await admin.get(`/api/scorecards/${scorecardId}`)).json();
    const draft = customFieldScorecard({
      color_bands: [
        { color: 'red', min: 0, max: 20 },
        { color: 'yellow', min: 21, max: 95 },
        { color: 'green', min: 96, max: 100 },
      ],
    });
    const res = await admin.post(`/api/scorecards/${scorecardId}/preview`, draft);
    expect(res.status).toBe(200);
    const preview = await res.json();
    expect(preview.accounts).toBeGreaterThan(0);
    expect(preview.histogram).toHaveLength(10);
    expect(preview.changes.total).toBeGreaterThan(0);
    expect(preview.changes.items[0]).toMatchObject({
      from_color: expect.any(String),
      to_color: expect.any(String),
    });
    expect(await (await admin.get(`/api/scorecards/${scorecardId}`)).json()).toEqual(before);
  });

  it('rewrites nothing for unchanged accounts, yet recolors them when only the color bands change', async () => {
    const a = await newAccount({ adoption: 30 });
    await settle();
    const first = await health(a);
    expect(first).toMatchObject({ score: 30, color: 'red' });
    expect((await admin.post('/api/health/recompute', {})).status).toBe(202);
    await settle();
    expect((await health(a)).computed_at).toBe(first.computed_at);

    const current = await (await admin.get(`/api/scorecards/${scorecardId}`)).json();
    const bands = [
      { color: 'red' as const, min: 0, max: 20 },
      { color: 'yellow' as const, min: 21, max: 95 },
      { color: 'green' as const, min: 96, max: 100 },
    ];
    const res = await admin.request(
      'PUT',
      `/api/scorecards/${scorecardId}`,
      customFieldScorecard({ name: current.name, color_bands: bands }),
    );
    expect(res.status).toBe(200);
    await settle();
    const after = await health(a);
    expect(after).toMatchObject({ score: 30, color: 'yellow' });
    expect(after.computed_at).not.toBe(first.computed_at);
  });

  it('sets an account aside when its recompute fails, scores the rest, and retries it on its next change', async () => {
    const good = await newAccount({ adoption: 70 });
    const bad = await newAccount({ adoption: 71 });
    // A real failure inside the recompute statement for one account (standing in for a bug).
    await sql`alter table account_health add constraint refuse_one check (account_id <> ${sql.lit(bad)}::uuid)`.execute(
      t.db,
    );
    try {
      await settle();
      expect((await health(good)).score).toBe(70);
      expect((await health(bad)).score).toBeNull();
      const parked = await t.db
        .selectFrom('health_dirty')
        .select('account_id')
        .where('marked_at', '>', sql<Date>`now()`)
        .execute();
      expect(parked.map((r) => r.account_id)).toEqual([bad]);
      expect(await drainHealthDirty(t.db)).toBe(0);
    } finally {
      await sql`alter table account_health drop constraint refuse_one`.execute(t.db);
    }
    expect((await csm.patch(`/api/accounts/${bad}`, { custom: { adoption: 72 } })).status).toBe(200);
    await settle();
    expect((await health(bad)).score).toBe(72);
  });

  it('rejects bad scorecards with clear errors and keeps the old one', async () => {
    const before = await (await admin.get(`/api/scorecards/${scorecardId}`)).json();
    const bad = customFieldScorecard();
    const measures = bad.measures.map((m) => ({ ...m }));
    (measures[0] as { weight: number }).weight = 50;
    const res = await admin.request('PUT', `/api/scorecards/${scorecardId}`, { ...bad, measures });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: 'weights must add up to 100 (they add up to 90)' }),
      ]),
    );
    expect(await (await admin.get(`/api/scorecards/${scorecardId}`)).json()).toEqual(before);
  });
});
