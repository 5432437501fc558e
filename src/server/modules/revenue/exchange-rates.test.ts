import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetentionResponse, WaterfallResponse } from '../../../shared/revenue.ts';
import { type Client, createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { addAccount, addContract, getJson, movementsOf, uniqueSegment, usd } from './revenue-fixtures.ts';

// Company currency USD. EUR 1.10 from 2025-01-01 and 1.20 from 2026-02-01; 1 KRW = 0.00075 USD (KRW has
// no minor unit, so ₩20,000,000 is 20,000,000 minor units and $15,000.00 is 1,500,000).
let t: TestApp;
let csm: SessionClient;
let admin: Client;
const segment = uniqueSegment('fx');
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
  admin = await t.as('admin');
  for (const rate of [
    { currency: 'EUR', effective_date: '2025-01-01', rate: 1.1 },
    { currency: 'EUR', effective_date: '2026-02-01', rate: 1.2 },
    { currency: 'KRW', effective_date: '2025-01-01', rate: 0.00075 },
  ]) {
    expect((await admin.request('PUT', '/api/exchange-rates', rate)).status).toBe(200);
  }
  ids.E = await addAccount(csm, segment, { currency: 'EUR' });
  ids.K = await addAccount(csm, segment, { currency: 'KRW' });
  ids.M = await addAccount(csm, segment, { currency: 'USD' });
  await addContract(csm, ids.E, '2026-01-10', '2026-12-31', 1_000_000);
  await addContract(csm, ids.E, '2026-02-15', '2026-12-31', 100_000, { product: 'Seats' });
  await addContract(csm, ids.K, '2026-01-05', '2026-12-31', 20_000_000);
  // A USD account that signed in EUR: its movements are in USD, converted at the contract start.
  await addContract(csm, ids.M, '2026-01-20', '2026-12-31', 50_000, { currency: 'EUR' });
});
afterAll(() => t?.close());

const waterfall = () =>
  getJson<WaterfallResponse>(
    csm,
    `/api/metrics/arr-waterfall?from=2026-01-01&to=2026-02-28&segment=${segment}`,
  );

describe('multiple currencies', () => {
  it('keeps movements in the account currency and converts each contract at its start date rate', async () => {
    expect(await movementsOf(csm, ids.E as string, 'amount')).toEqual([
      ['2026-01-10', 'new', 1_000_000],
      ['2026-02-15', 'expansion', 100_000],
      ['2027-01-01', 'churn', -1_100_000],
    ]);
    // The churn takes back exactly what the contracts brought, though the rate moved in between.
    expect(await movementsOf(csm, ids.E as string, 'amount_company')).toEqual([
      ['2026-01-10', 'new', usd(11_000)],
      ['2026-02-15', 'expansion', usd(1_200)],
      ['2027-01-01', 'churn', -usd(12_200)],
    ]);
    expect(await movementsOf(csm, ids.K as string, 'amount_company')).toEqual([
      ['2026-01-05', 'new', usd(15_000)],
      ['2027-01-01', 'churn', -usd(15_000)],
    ]);
    expect(await movementsOf(csm, ids.M as string, 'amount')).toEqual([
      ['2026-01-20', 'new', usd(550)],
      ['2027-01-01', 'churn', -usd(550)],
    ]);
  });

  it('sums the company currency in the waterfall', async () => {
    const w = await waterfall();
    expect(w.currency).toBe('USD');
    expect(w.missing_rates).toEqual([]);
    expect(w.data.map((x) => [x.new, x.expansion, x.end])).toEqual([
      [usd(11_000 + 15_000 + 550), 0, usd(26_550)],
      [0, usd(1_200), usd(27_750)],
    ]);
  });

  it('re-derives the history when a backdated rate is set, and when it is removed', async () => {
    const set = await admin.request('PUT', '/api/exchange-rates', {
      currency: 'EUR',
      effective_date: '2026-01-01',
      rate: 1.15,
    });
    expect(set.status).toBe(200);
    expect((await waterfall()).data[0]?.new).toBe(usd(11_500 + 15_000 + 575));
    expect((await admin.delete(`/api/exchange-rates/${(await set.json()).id}`)).status).toBe(204);
    expect((await waterfall()).data[0]?.new).toBe(usd(26_550));
  });

  it('counts a currency without a rate 1:1 and names it', async () => {
    const seg = uniqueSegment('chf');
    await addContract(
      csm,
      await addAccount(csm, seg, { currency: 'CHF' }),
      '2026-01-01',
      '2026-12-31',
      usd(1_000),
    );
    const r = await getJson<RetentionResponse>(
      csm,
      `/api/metrics/retention?from=2026-01-01&to=2026-01-31&segment=${seg}`,
    );
    expect(r.missing_rates).toEqual(['CHF']);
    expect(r.data[0]?.ending_arr).toBe(usd(1_000));
  });

  it('restates every movement when the company currency changes', async () => {
    const settings = await getJson<Record<string, unknown>>(csm, '/api/settings/revenue');
    const put = (body: unknown) => admin.request('PUT', '/api/settings/revenue', body);
    const changed = await put({ ...settings, company_currency: 'EUR' });
    expect(changed.status).toBe(200);
    // Rates are quoted into the company currency, whatever it is: EUR amounts are now taken as they are.
    expect(await movementsOf(csm, ids.E as string, 'amount_company')).toEqual([
      ['2026-01-10', 'new', 1_000_000],
      ['2026-02-15', 'expansion', 100_000],
      ['2027-01-01', 'churn', -1_100_000],
    ]);
    expect((await put(settings)).status).toBe(200);
    expect((await waterfall()).data[1]?.end).toBe(usd(27_750));
  });

  it('refuses a rate for the company currency and bad rates', async () => {
    for (const body of [
      { currency: 'USD', effective_date: '2026-01-01', rate: 1 },
      { currency: 'EUR', effective_date: '2026-01-01', rate: 0 },
      { currency: 'EUR', effective_date: '2026-01-01', rate: -1 },
      { currency: 'eur', effective_date: '2026-01-01', rate: 1 },
      { currency: 'EUR', effective_date: '2026-02-30', rate: 1 },
    ]) {
      const res = await admin.request('PUT', '/api/exchange-rates', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
  });

  it('lets only admins change rates and settings', async () => {
    expect(
      (
        await csm.request('PUT', '/api/exchange-rates', {
          currency: 'EUR',
          effective_date: '2026-01-01',
          rate: 2,
        })
      ).status,
    ).toBe(403);
    const rates = await getJson<{ data: { currency: string }[] }>(csm, '/api/exchange-rates');
    expect(rates.data.filter((r) => r.currency === 'EUR')).toHaveLength(2);
  });
});
