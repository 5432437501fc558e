import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity, RenewalHealthResponse } from '../../../shared/revenue.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { createDueRenewals } from './create-due-renewals.ts';
import { addAccount, addContract, getJson, uniqueSegment, usd } from './revenue-fixtures.ts';

let t: TestApp;
let csm: SessionClient;
let viewer: SessionClient;
const segment = uniqueSegment('renewal-health');
const range = `from=2025-04-01&to=2025-06-30&segment=${segment}`;

type Point = [day: string, score: number | null, color: string | null];

/** An account with one contract, its renewal closed as given, and health points on the given days. */
async function renewal(
  end: string,
  arr: number,
  close: { stage: 'won'; amount: number } | { stage: 'lost' },
  points: Point[],
  fields: Record<string, unknown> = {},
) {
  const account = await addAccount(csm, segment, fields);
  await addContract(csm, account, '2024-04-01', end, arr);
  await createDueRenewals(t.db, { today: '2025-04-01', accountIds: [account] });
  const { data } = await getJson<{ data: Opportunity[] }>(viewer, `/api/renewals?segment=${segment}`);
  const opportunity = data.find((o) => o.account_id === account);
  const body = close.stage === 'lost' ? { stage: 'lost', reason_code: 'competitor' } : close;
  expect((await csm.patch(`/api/renewals/${opportunity?.id}`, body)).status).toBe(200);
  if (points.length > 0)
    await t.db
      .insertInto('health_history')
      .values(
        points.map(([day, score, color]) => ({
          account_id: account,
          day,
          kind: 'daily',
          score,
          color,
        })),
      )
      .execute();
}

// By hand, for renewals closing 2025-04-01 to 2025-06-30 (health = latest point on or up to 30 days before):
// green × renewed: A 10,000 (green 80 on 05-20; the red point after the close does not count)
// yellow × expanded: B 20,000 won at 25,000 (yellow 60 on the close day beats green 90 a month earlier)
// none × downgraded: C 8,000 won at 6,000 (its only point, 44 days before the close, is too old)
// red × churned: D 12,000 (red 20 on 06-20) and E 5,000 (red 35 on its close day 05-15)
// F closes in July, outside the period; G is in another tier (only the tier filter drops it).
beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
  viewer = await t.as('viewer');
  await renewal('2025-05-31', usd(10_000), { stage: 'won', amount: usd(10_000) }, [
    ['2025-05-20', 80, 'green'],
    ['2025-06-05', 30, 'red'],
  ]);
  await renewal('2025-04-30', usd(20_000), { stage: 'won', amount: usd(25_000) }, [
    ['2025-04-01', 90, 'green'],
    ['2025-04-30', 60, 'yellow'],
  ]);
  await renewal('2025-06-14', usd(8_000), { stage: 'won', amount: usd(6_000) }, [['2025-05-01', 40, 'red']]);
  await renewal('2025-06-30', usd(12_000), { stage: 'lost' }, [['2025-06-20', 20, 'red']]);
  await renewal('2025-05-15', usd(5_000), { stage: 'lost' }, [['2025-05-15', 35, 'red']]);
  await renewal('2025-07-20', usd(7_000), { stage: 'lost' }, [['2025-07-10', 10, 'red']]);
  await renewal(
    '2025-05-10',
    usd(3_000),
    { stage: 'won', amount: usd(3_000) },
    [['2025-05-09', 95, 'green']],
    {
      tier: 'Other tier',
    },
  );
});
afterAll(() => t?.close());

const cellsOf = (r: RenewalHealthResponse) =>
  r.cells.filter((c) => c.renewals > 0).map((c) => [c.color, c.outcome, c.renewals, c.arr]);

describe('health at renewal against the outcome', () => {
  it('puts each closed renewal in the color it had at the close and the outcome it had, to the cent', async () => {
    const r = await getJson<RenewalHealthResponse>(viewer, `/api/metrics/renewal-health?${range}`);
    expect(r.cells).toHaveLength(16);
    expect(cellsOf(r)).toEqual([
      ['green', 'renewed', 2, usd(13_000)],
      ['yellow', 'expanded', 1, usd(20_000)],
      ['red', 'churned', 2, usd(17_000)],
      ['none', 'downgraded', 1, usd(8_000)],
    ]);
    expect(r.colors).toEqual([
      {
        color: 'green',
        renewals: 2,
        arr: usd(13_000),
        average_score: 87.5,
        churned: 0,
        churn_rate: 0,
        churned_arr_rate: 0,
      },
      {
        color: 'yellow',
        renewals: 1,
        arr: usd(20_000),
        average_score: 60,
        churned: 0,
        churn_rate: 0,
        churned_arr_rate: 0,
      },
      {
        color: 'red',
        renewals: 2,
        arr: usd(17_000),
        average_score: 27.5,
        churned: 2,
        churn_rate: 1,
        churned_arr_rate: 1,
      },
      {
        color: 'none',
        renewals: 1,
        arr: usd(8_000),
        average_score: null,
        churned: 0,
        churn_rate: 0,
        churned_arr_rate: 0,
      },
    ]);
    expect(r.lookback_days).toBe(30);
    expect(Object.keys(r.formulas)).toContain('health');
  });

  it('filters by the accounts’ attributes like the other metrics', async () => {
    const r = await getJson<RenewalHealthResponse>(
      viewer,
      `/api/metrics/renewal-health?${range}&tier=Other%20tier`,
    );
    expect(cellsOf(r)).toEqual([['green', 'renewed', 1, usd(3_000)]]);
  });

  it('exports the matrix as CSV, one row per color', async () => {
    const res = await viewer.get(`/api/metrics/export?report=renewal_health&format=csv&${range}`);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toContain('Health at renewal');
    expect(lines.slice(1)).toEqual([
      'green,2,0,0,0,13000,0,0,0,2,13000,87.5,0,0',
      'yellow,0,1,0,0,0,20000,0,0,1,20000,60,0,0',
      'red,0,0,0,2,0,0,0,17000,2,17000,27.5,1,1',
      'none,0,0,1,0,0,0,8000,0,1,8000,,0,0',
    ]);
  });

  it('answers 422 for a bad range or an unknown filter', async () => {
    expect((await viewer.get('/api/metrics/renewal-health?from=2025-06-30&to=2025-01-01')).status).toBe(422);
    expect((await viewer.get('/api/metrics/renewal-health?from=2025-01-01')).status).toBe(422);
    expect(
      (await viewer.get('/api/metrics/renewal-health?from=2025-01-01&to=2025-02-01&bogus=1')).status,
    ).toBe(422);
  });
});
