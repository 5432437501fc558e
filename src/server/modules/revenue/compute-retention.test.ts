import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetentionResponse, WaterfallResponse } from '../../../shared/revenue.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { addAccount, addContract, getJson, movementsOf, uniqueSegment, usd } from './revenue-fixtures.ts';

// The fixture, by hand (USD, amounts in dollars):
//   A: 12,000 from 2025-11-01 to 2026-10-31, plus an add-on of 6,000 from 2026-01-15 (mid-month upgrade)
//   B: 24,000 from 2025-12-31 (new on the last day of the year) to 2026-12-30
//   C: 5,000 from 2025-06-01 to 2025-12-31 (churn dated 2026-01-01), back with 3,000 from 2026-03-01
//   D: 10,000 from 2025-01-01 to 2026-01-31, renewed at 8,000 from 2026-02-01 (contraction)
// ARR on 2026-01-01 (start of January) = 12,000 + 24,000 + 5,000 + 10,000 = 51,000 over 4 accounts.
let t: TestApp;
let csm: SessionClient;
let viewer: SessionClient;
const segment = uniqueSegment('retention');
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
  viewer = await t.as('viewer');
  for (const name of ['A', 'B', 'C', 'D'])
    ids[name] = await addAccount(csm, segment, { tier: name === 'B' ? 'Gold' : 'Silver' });
  await addContract(csm, ids.A as string, '2025-11-01', '2026-10-31', usd(12_000));
  await addContract(csm, ids.A as string, '2026-01-15', '2026-10-31', usd(6_000), { product: 'Add-on' });
  await addContract(csm, ids.B as string, '2025-12-31', '2026-12-30', usd(24_000));
  await addContract(csm, ids.C as string, '2025-06-01', '2025-12-31', usd(5_000), { status: 'expired' });
  await addContract(csm, ids.C as string, '2026-03-01', '2027-02-28', usd(3_000));
  await addContract(csm, ids.D as string, '2025-01-01', '2026-01-31', usd(10_000), { status: 'expired' });
  await addContract(csm, ids.D as string, '2026-02-01', '2027-01-31', usd(8_000));
  // Outside the filter: must change nothing below.
  await addContract(
    csm,
    await addAccount(csm, uniqueSegment('other')),
    '2025-01-01',
    '2026-02-14',
    usd(99_000),
  );
});
afterAll(() => t?.close());

const query = (interval: string, extra = '') =>
  `from=2026-01-01&to=2026-03-31&interval=${interval}&segment=${segment}${extra}`;

describe('retention metrics', () => {
  it('computes each month of the fixture to the cent', async () => {
    const r = await getJson<RetentionResponse>(viewer, `/api/metrics/retention?${query('month')}`);
    expect(r.currency).toBe('USD');
    expect(r.formulas.grr).toContain('GRR');
    const [jan, feb, mar] = r.data;
    expect(jan).toMatchObject({
      period_start: '2026-01-01',
      period_end: '2026-01-31',
      starting_arr: usd(51_000),
      ending_arr: usd(52_000),
      expansion: usd(6_000),
      contraction: 0,
      churn: usd(5_000),
      starting_logos: 4,
      churned_logos: 1,
      renewals_due: 1,
      renewals_renewed: 1,
      renewable_arr: usd(10_000),
      renewed_arr: usd(10_000),
      renewal_rate_count: 1,
      renewal_rate_arr: 1,
    });
    expect(jan?.grr).toBeCloseTo(46_000 / 51_000, 12);
    expect(jan?.nrr).toBeCloseTo(52_000 / 51_000, 12);
    expect(jan?.logo_churn_rate).toBe(0.25);
    expect(jan?.revenue_churn_rate).toBeCloseTo(5_000 / 51_000, 12);
    expect(jan?.expansion_rate).toBeCloseTo(6_000 / 51_000, 12);
    expect(feb).toMatchObject({
      starting_arr: usd(52_000),
      ending_arr: usd(50_000),
      contraction: usd(2_000),
    });
    expect(feb?.grr).toBeCloseTo(50_000 / 52_000, 12);
    expect(feb?.nrr).toBeCloseTo(50_000 / 52_000, 12);
    expect(feb).toMatchObject({
      starting_logos: 3,
      churned_logos: 0,
      renewals_due: 0,
      renewal_rate_count: null,
    });
    // C comes back in March: a reactivation is not retention of the March cohort.
    expect(mar).toMatchObject({
      starting_arr: usd(50_000),
      ending_arr: usd(53_000),
      grr: 1,
      nrr: 1,
      starting_logos: 3,
    });
  });

  it('nets each account over a quarter: churn and return inside it is a contraction', async () => {
    const r = await getJson<RetentionResponse>(viewer, `/api/metrics/retention?${query('quarter')}`);
    expect(r.data).toHaveLength(1);
    expect(r.data[0]).toMatchObject({
      period_start: '2026-01-01',
      period_end: '2026-03-31',
      starting_arr: usd(51_000),
      ending_arr: usd(53_000),
      expansion: usd(6_000),
      contraction: usd(4_000),
      churn: 0,
      churned_logos: 0,
    });
    expect(r.data[0]?.grr).toBeCloseTo(47_000 / 51_000, 12);
    expect(r.data[0]?.nrr).toBeCloseTo(53_000 / 51_000, 12);
  });

  it('groups by tier', async () => {
    const r = await getJson<RetentionResponse>(
      viewer,
      `/api/metrics/retention?${query('quarter', '&groupBy=tier')}`,
    );
    expect(r.data.map((x) => [x.group, x.starting_arr, x.ending_arr])).toEqual([
      ['Gold', usd(24_000), usd(24_000)],
      ['Silver', usd(27_000), usd(29_000)],
    ]);
  });

  it('answers 422 for a bad period, interval or group', async () => {
    for (const bad of [
      'from=2026-03-01&to=2026-01-01',
      'from=2026-02-30&to=2026-03-01',
      'from=2026-01-01&to=2026-03-01&interval=week',
      'from=2026-01-01&to=2026-03-01&groupBy=color',
      'from=2000-01-01&to=2026-03-01',
      'to=2026-03-01',
      'from=2026-01-01&to=2026-03-01&owner_id=bob',
      'from=2026-01-01&to=2026-03-01&extra=1',
    ]) {
      const res = await viewer.get(`/api/metrics/retention?${bad}`);
      expect(res.status, bad).toBe(422);
      expect((await res.json()).error.code).toBe('validation_failed');
    }
  });
});

describe('ARR waterfall', () => {
  it('shows start, new, expansion, contraction, churn and end per month', async () => {
    const w = await getJson<WaterfallResponse>(viewer, `/api/metrics/arr-waterfall?${query('month')}`);
    expect(w.data.map(({ group, period_end, ...x }) => x)).toEqual([
      {
        period_start: '2026-01-01',
        start: usd(51_000),
        new: 0,
        reactivation: 0,
        expansion: usd(6_000),
        contraction: 0,
        churn: usd(5_000),
        end: usd(52_000),
      },
      {
        period_start: '2026-02-01',
        start: usd(52_000),
        new: 0,
        reactivation: 0,
        expansion: 0,
        contraction: usd(2_000),
        churn: 0,
        end: usd(50_000),
      },
      {
        period_start: '2026-03-01',
        start: usd(50_000),
        new: usd(3_000),
        reactivation: usd(3_000),
        expansion: 0,
        contraction: 0,
        churn: 0,
        end: usd(53_000),
      },
    ]);
  });

  it('counts a new account on the last day of the year in December, its churn on the day after the end', async () => {
    const w = await getJson<WaterfallResponse>(
      viewer,
      `/api/metrics/arr-waterfall?from=2025-12-01&to=2026-01-31&interval=month&segment=${segment}`,
    );
    expect(w.data[0]).toMatchObject({ period_start: '2025-12-01', new: usd(24_000), churn: 0 });
    expect(w.data[1]).toMatchObject({ period_start: '2026-01-01', new: 0, churn: usd(5_000) });
  });

  it('clips periods to a range that starts mid-month', async () => {
    const w = await getJson<WaterfallResponse>(
      viewer,
      `/api/metrics/arr-waterfall?from=2026-01-10&to=2026-02-10&interval=month&segment=${segment}`,
    );
    expect(w.data.map((x) => [x.period_start, x.period_end, x.start, x.end])).toEqual([
      ['2026-01-10', '2026-01-31', usd(46_000), usd(52_000)],
      ['2026-02-01', '2026-02-10', usd(52_000), usd(50_000)],
    ]);
  });

  it('gives the same figures whatever the server process time zone', async () => {
    const url = `/api/metrics/arr-waterfall?${query('month')}`;
    const utc = await getJson(viewer, url);
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Seoul']) {
        process.env.TZ = zone;
        expect(await getJson(viewer, url)).toEqual(utc);
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('ARR movements', () => {
  it('derives each kind from the contracts', async () => {
    const kinds = (name: string) => movementsOf(viewer, ids[name] as string);
    expect(await kinds('A')).toEqual([
      ['2025-11-01', 'new', usd(12_000)],
      ['2026-01-15', 'expansion', usd(6_000)],
      ['2026-11-01', 'churn', -usd(18_000)],
    ]);
    expect(await kinds('C')).toEqual([
      ['2025-06-01', 'new', usd(5_000)],
      ['2026-01-01', 'churn', -usd(5_000)],
      ['2026-03-01', 'reactivation', usd(3_000)],
      ['2027-03-01', 'churn', -usd(3_000)],
    ]);
  });

  it('re-derives history on a backdated correction, a deletion and a cancelled contract', async () => {
    const account = await addAccount(csm, uniqueSegment('backdated'));
    const first = await addContract(csm, account, '2025-11-01', '2026-10-31', usd(12_000));
    const addOn = await addContract(csm, account, '2026-01-15', '2026-10-31', usd(6_000));
    const list = () => movementsOf(viewer, account);
    expect((await csm.patch(`/api/contracts/${first}`, { start_date: '2026-02-01' })).status).toBe(200);
    expect(await list()).toEqual([
      ['2026-01-15', 'new', usd(6_000)],
      ['2026-02-01', 'expansion', usd(12_000)],
      ['2026-11-01', 'churn', -usd(18_000)],
    ]);
    expect((await csm.patch(`/api/contracts/${addOn}`, { status: 'cancelled' })).status).toBe(200);
    expect(await list()).toEqual([
      ['2026-02-01', 'new', usd(12_000)],
      ['2026-11-01', 'churn', -usd(12_000)],
    ]);
    expect((await csm.delete(`/api/contracts/${first}`)).status).toBe(204);
    expect(await list()).toEqual([]);
  });

  it('answers 404 for the movements of an unknown account', async () => {
    expect(
      (await viewer.get('/api/accounts/00000000-0000-7000-8000-000000000000/arr-movements')).status,
    ).toBe(404);
  });
});
