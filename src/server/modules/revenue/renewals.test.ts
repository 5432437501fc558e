import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Forecast, Opportunity } from '../../../shared/revenue.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { createDueRenewals } from './create-due-renewals.ts';
import { addAccount, addContract, getJson, uniqueSegment, usd } from './revenue-fixtures.ts';

let t: TestApp;
let csm: SessionClient;
let viewer: SessionClient;

beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
  viewer = await t.as('viewer');
});
afterAll(() => t?.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const renewalsOf = async (segment: string) =>
  (await getJson<{ data: Opportunity[] }>(viewer, `/api/renewals?segment=${segment}`)).data;

describe('renewal opportunities', () => {
  it('opens one when a contract ending within the lead time is saved, and follows its changes', async () => {
    const segment = uniqueSegment('renewal');
    const account = await addAccount(csm, segment, { owner_id: csm.userId });
    const contract = await addContract(csm, account, day(-300), day(30), usd(40_000));
    const [renewal] = await renewalsOf(segment);
    expect(renewal).toMatchObject({
      kind: 'renewal',
      contract_id: contract,
      stage: 'open',
      forecast_category: 'best_case',
      amount: usd(40_000),
      renewable_amount: usd(40_000),
      close_date: day(30),
      owner_id: csm.userId,
    });
    expect(
      (await csm.patch(`/api/contracts/${contract}`, { end_date: day(45), arr: usd(42_000) })).status,
    ).toBe(200);
    expect(await renewalsOf(segment)).toMatchObject([
      { id: renewal?.id, close_date: day(45), renewable_amount: usd(42_000) },
    ]);
  });

  it('is idempotent and skips contracts already continued or far off', async () => {
    const segment = uniqueSegment('due');
    const account = await addAccount(csm, segment);
    await addContract(csm, account, '2026-01-01', '2026-06-30', usd(10_000));
    await addContract(csm, account, '2026-07-01', '2027-06-30', usd(12_000));
    await addContract(csm, await addAccount(csm, segment), '2026-01-01', '2027-12-31', usd(5_000));
    expect(await createDueRenewals(t.db, { today: '2026-05-01' })).toBeGreaterThanOrEqual(0);
    expect(await renewalsOf(segment)).toHaveLength(0);
    const ids = [await addAccount(csm, segment)];
    await addContract(csm, ids[0] as string, '2026-01-01', '2026-08-31', usd(7_000));
    expect(await createDueRenewals(t.db, { today: '2026-06-01', accountIds: ids })).toBe(1);
    expect(await createDueRenewals(t.db, { today: '2026-06-01', accountIds: ids })).toBe(0);
    expect(await renewalsOf(segment)).toMatchObject([{ close_date: '2026-08-31', amount: usd(7_000) }]);
  });

  it('needs a configured reason code to lose a renewal, and forecasts it as lost', async () => {
    const segment = uniqueSegment('lost');
    await addContract(csm, await addAccount(csm, segment), day(-200), day(20), usd(9_000));
    const [renewal] = await renewalsOf(segment);
    const url = `/api/renewals/${renewal?.id}`;
    const noReason = await csm.patch(url, { stage: 'lost' });
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).error.details[0].path).toEqual(['reason_code']);
    expect((await csm.patch(url, { stage: 'lost', reason_code: 'bored' })).status).toBe(422);
    const lost = await csm.patch(url, { stage: 'lost', reason_code: 'competitor' });
    expect(lost.status).toBe(200);
    expect(await lost.json()).toMatchObject({
      stage: 'lost',
      forecast_category: 'lost',
      reason_code: 'competitor',
    });
    expect((await viewer.patch(url, { stage: 'won' })).status).toBe(403);
    expect(
      (await csm.patch('/api/renewals/00000000-0000-7000-8000-000000000000', { stage: 'won' })).status,
    ).toBe(404);
  });

  it('forecasts a quarter: renewable ARR, open amounts by category, won and lost', async () => {
    const segment = uniqueSegment('forecast');
    const opportunity = async (fields: Record<string, unknown>) => {
      const res = await csm.post('/api/renewals', {
        account_id: await addAccount(csm, segment),
        close_date: '2030-02-15',
        amount: usd(1_000),
        ...fields,
      });
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as Opportunity;
    };
    await opportunity({ amount: usd(5_000), forecast_category: 'commit' });
    await opportunity({ amount: usd(3_000), forecast_category: 'at_risk', close_date: '2030-03-31' });
    await opportunity({ amount: usd(2_000), stage: 'won' });
    await opportunity({ amount: usd(8_000), close_date: '2030-04-01' });
    const f = await getJson<Forecast>(viewer, `/api/renewals/forecast?quarter=2030-Q1&segment=${segment}`);
    // Expansions only here: they are pipeline and won, not renewable ARR.
    expect(f).toMatchObject({
      quarter: '2030-Q1',
      currency: 'USD',
      renewable_arr: 0,
      won: usd(2_000),
      lost: 0,
      expansion_pipeline: usd(8_000),
      opportunities: 3,
    });
    expect((await viewer.get('/api/renewals/forecast?quarter=2030-Q5')).status).toBe(422);
  });

  it('sums renewals of the quarter by forecast category', async () => {
    const segment = uniqueSegment('categories');
    for (const [arr, category] of [
      [10_000, 'commit'],
      [4_000, 'at_risk'],
      [6_000, 'best_case'],
    ] as const) {
      await addContract(csm, await addAccount(csm, segment), day(-100), day(10), usd(arr));
      const [o] = (await renewalsOf(segment)).filter((x) => x.renewable_amount === usd(arr));
      expect((await csm.patch(`/api/renewals/${o?.id}`, { forecast_category: category })).status).toBe(200);
    }
    const d = day(10);
    const quarter = `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
    const f = await getJson<Forecast>(viewer, `/api/renewals/forecast?quarter=${quarter}&segment=${segment}`);
    expect(f.renewable_arr).toBe(usd(20_000));
    expect(f.by_category).toEqual({
      commit: usd(10_000),
      best_case: usd(6_000),
      at_risk: usd(4_000),
      lost: 0,
    });
  });
});
