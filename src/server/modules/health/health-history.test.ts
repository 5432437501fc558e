import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountHealth, HealthPoint } from '../../../shared/health.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { advanceHealthRun } from './advance-health-run.ts';
import { customFieldScorecard } from './health.fixtures.ts';
import { drainHealthDirty } from './process-health-work.ts';
import { raiseMeasureTrendAlerts } from './raise-trend-alerts.ts';
import { recomputeHealth, utcToday } from './recompute-health.ts';

// Scores are stored as numbers (signature arrays) and explained on read from the scorecard version
// they were computed with; rows written before that change keep their JSON.

let t: TestApp;
let admin: SessionClient;
let csm: SessionClient;
let scorecardId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  csm = await t.as('csm');
  const res = await admin.post('/api/scorecards', customFieldScorecard());
  expect(res.status).toBe(201);
  scorecardId = (await res.json()).scorecard.id;
  await settle();
});
afterAll(() => t?.close());

async function settle() {
  while (await advanceHealthRun(t.db)) {}
  while ((await drainHealthDirty(t.db)) > 0) {}
}

async function newAccount(custom: Record<string, unknown>): Promise<string> {
  const res = await csm.post('/api/accounts', { name: `History ${Math.random()}`, custom });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

async function history(id: string): Promise<HealthPoint[]> {
  const res = await csm.get(`/api/accounts/${id}/health/history`);
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function setCustom(id: string, custom: Record<string, unknown>) {
  await t.db
    .updateTable('accounts')
    .set({ custom: JSON.stringify(custom) })
    .where('id', '=', id)
    .execute();
}

describe('health stored as numbers', () => {
  it('writes no JSON, and explains scores and history points exactly as before', async () => {
    const a = await newAccount({ adoption: 70, nps: 8 });
    await settle();
    const stored = await t.db
      .selectFrom('account_health')
      .select(['sig'])
      .where('account_id', '=', a)
      .executeTakeFirstOrThrow();
    expect(stored.sig).not.toBeNull();
    const h: AccountHealth = await (await csm.get(`/api/accounts/${a}/health`)).json();
    // 70 x 0.6 + 50 x 0.4
    expect(h.score).toBe(62);
    expect(h.measures).toEqual([
      expect.objectContaining({ key: 'adoption', label: 'Adoption', group: 'Product', value: 70, score: 70 }),
      expect.objectContaining({ key: 'nps', value: 8, score: 50, weight: 40, contribution: 20 }),
    ]);
    const [point] = await history(a);
    expect(point).toMatchObject({ kind: 'daily', day: utcToday(), score: 62 });
    expect(point?.measures).toEqual(h.measures);
  });

  it('keeps explaining old points by the scorecard version they were scored with', async () => {
    const a = await newAccount({ adoption: 50, nps: 10 });
    await recomputeHealth(t.db, [a], daysAgo(3));
    const card = customFieldScorecard();
    const [adoption, nps] = card.measures;
    if (!adoption || !nps) throw new Error('fixture');
    const res = await admin.request('PUT', `/api/scorecards/${scorecardId}`, {
      ...card,
      measures: [
        { ...adoption, weight: 20 },
        { ...nps, weight: 80 },
      ],
    });
    expect(res.status).toBe(200);
    await settle();
    // 70 (yellow) to 90 (green) also adds a color-change point; the daily ones are compared here.
    const points = (await history(a)).filter((p) => p.kind === 'daily');
    expect(points.map((p) => [p.day, p.score])).toEqual([
      [daysAgo(3), 70],
      [utcToday(), 90],
    ]);
    expect(points[0]?.measures.map((m) => [m.key, m.weight, m.contribution])).toEqual([
      ['adoption', 60, 30],
      ['nps', 40, 40],
    ]);
    expect(points[1]?.measures.map((m) => [m.key, m.weight, m.contribution])).toEqual([
      ['adoption', 20, 10],
      ['nps', 80, 80],
    ]);
    const h: AccountHealth = await (await csm.get(`/api/accounts/${a}/health`)).json();
    expect(h.last_change).toMatchObject({ from: 70, to: 90 });
    expect(h.last_change?.measures.map((m) => [m.key, m.from, m.to, m.delta])).toEqual([
      ['nps', 10, 10, 40],
      ['adoption', 50, 50, -20],
    ]);
    expect((await admin.request('PUT', `/api/scorecards/${scorecardId}`, card)).status).toBe(200);
    await settle();
  });

  it('raises a measure trend alert from weekly points, and shows measure scores on the heat map', async () => {
    const a = await newAccount({});
    for (const [weeksAgo, adoption] of [
      [3, 90],
      [2, 70],
      [1, 50],
      [0, 30],
    ] as const) {
      await setCustom(a, { adoption, nps: 10 });
      await recomputeHealth(t.db, [a], daysAgo(7 * weeksAgo));
    }
    await raiseMeasureTrendAlerts(t.db, utcToday());
    const alerts = await (await csm.get(`/api/health/alerts?account_id=${a}`)).json();
    const trend = alerts.data.find((x: { kind: string }) => x.kind === 'measure_trend');
    expect(trend?.details).toMatchObject({
      measure: 'adoption',
      measure_label: 'Adoption',
      weeks: 3,
      scores: [90, 70, 50, 30],
    });
    expect(alerts.data.filter((x: { kind: string }) => x.kind === 'measure_trend')).toHaveLength(1);

    const map = await (await csm.get(`/api/health/heatmap?scorecard_id=${scorecardId}&limit=500`)).json();
    expect(map.measures.map((m: { key: string }) => m.key)).toEqual(['adoption', 'nps']);
    expect(map.accounts.find((r: { account_id: string }) => r.account_id === a)).toMatchObject({
      score: 58,
      scores: [30, 100],
    });
  });
});
