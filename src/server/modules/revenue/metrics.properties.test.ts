import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsQuery } from '../../../shared/revenue.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { computeRetention } from './compute-retention.ts';
import { computeWaterfall } from './compute-waterfall.ts';
import { deriveArrMovements } from './derive-arr-movements.ts';
import { periodsOf } from './metric-periods.ts';
import { uniqueSegment } from './revenue-fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const BASE = Date.UTC(2025, 0, 1);
const dayOf = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);

const contractArb = fc.record({
  start: fc.integer({ min: 0, max: 760 }),
  length: fc.integer({ min: 0, max: 420 }),
  arr: fc.integer({ min: 0, max: 5_000_000 }),
  status: fc.constantFrom('active', 'active', 'expired', 'cancelled', 'draft'),
});
type ContractSpec = { start: number; length: number; arr: number; status: string };
const portfolioArb = fc.array(fc.array(contractArb, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 6,
});
const queryArb = fc.record({
  from: fc.integer({ min: 0, max: 700 }),
  span: fc.integer({ min: 0, max: 500 }),
  interval: fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<MetricsQuery['interval']>,
});

async function insertPortfolio(segment: string, accounts: ContractSpec[][]): Promise<string[]> {
  const ids: string[] = [];
  for (const contracts of accounts) {
    const { id } = await t.db
      .insertInto('accounts')
      .values({ name: `${segment} account`, segment, custom: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('contracts')
      .values(
        contracts.map((c) => ({
          account_id: id,
          product: 'P',
          start_date: dayOf(c.start),
          end_date: dayOf(c.start + c.length),
          arr: c.arr,
          status: c.status,
        })),
      )
      .execute();
    ids.push(id);
  }
  await deriveArrMovements(t.db, ids);
  return ids;
}

/** The model: an account's ARR on a day, straight from its contracts. */
function level(contracts: ContractSpec[], day: string): number {
  return contracts
    .filter(
      (c) =>
        (c.status === 'active' || c.status === 'expired') &&
        dayOf(c.start) <= day &&
        day <= dayOf(c.start + c.length),
    )
    .reduce((sum, c) => sum + c.arr, 0);
}
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('retention properties', () => {
  it('match a day-by-day model of the contracts, balance the waterfall, and NRR − GRR = expansion / S', async () => {
    await fc.assert(
      fc.asyncProperty(portfolioArb, queryArb, async (accounts, qa) => {
        const segment = uniqueSegment('prop');
        await insertPortfolio(segment, accounts);
        const q: MetricsQuery = {
          from: dayOf(qa.from),
          to: dayOf(qa.from + qa.span),
          interval: qa.interval,
          groupBy: 'none',
          segment,
        };
        const retention = await computeRetention(t.db, q);
        const waterfall = await computeWaterfall(t.db, q);
        const periods = periodsOf(q.from, q.to, q.interval);
        expect(retention.data).toHaveLength(periods.length);
        periods.forEach((p, i) => {
          const r = retention.data[i];
          const w = waterfall.data[i];
          if (!r || !w) throw new Error('missing period');
          const s = accounts.map((c) => level(c, dayBefore(p.start)));
          const e = accounts.map((c) => level(c, p.end));
          const cohort = s.map((_, k) => k).filter((k) => (s[k] as number) > 0);
          const sum = (f: (k: number) => number) => cohort.reduce((acc, k) => acc + f(k), 0);
          const S = sum((k) => s[k] as number);
          expect(r.starting_arr).toBe(s.reduce((a, b) => a + b, 0));
          expect(r.ending_arr).toBe(e.reduce((a, b) => a + b, 0));
          expect(r.starting_logos).toBe(cohort.length);
          expect(r.churned_logos).toBe(cohort.filter((k) => e[k] === 0).length);
          expect(r.churn).toBe(sum((k) => (e[k] === 0 ? (s[k] as number) : 0)));
          expect(r.expansion).toBe(sum((k) => Math.max((e[k] as number) - (s[k] as number), 0)));
          expect(r.contraction).toBe(
            sum((k) => ((e[k] as number) > 0 ? Math.max((s[k] as number) - (e[k] as number), 0) : 0)),
          );
          // The waterfall balances, and each period starts where the last one ended.
          expect(w.start + w.new + w.expansion - w.contraction - w.churn).toBe(w.end);
          expect(w.start).toBe(r.starting_arr);
          if (i > 0) expect(w.start).toBe(waterfall.data[i - 1]?.end);
          if (S > 0) {
            expect((r.nrr as number) - (r.grr as number)).toBeCloseTo(r.expansion / S, 12);
            expect(r.grr).toBeGreaterThanOrEqual(0);
            expect(r.grr).toBeLessThanOrEqual(1);
          } else {
            expect(r.grr).toBeNull();
          }
        });
      }),
      { numRuns: 25 },
    );
  });

  it('do not change when accounts outside the filter are added', async () => {
    await fc.assert(
      fc.asyncProperty(portfolioArb, portfolioArb, queryArb, async (mine, others, qa) => {
        const segment = uniqueSegment('mine');
        await insertPortfolio(segment, mine);
        const q: MetricsQuery = {
          from: dayOf(qa.from),
          to: dayOf(qa.from + qa.span),
          interval: qa.interval,
          groupBy: 'none',
          segment,
        };
        const before = [await computeRetention(t.db, q), await computeWaterfall(t.db, q)];
        await insertPortfolio(uniqueSegment('others'), others);
        expect([await computeRetention(t.db, q), await computeWaterfall(t.db, q)]).toEqual(before);
      }),
      { numRuns: 10 },
    );
  });
});
