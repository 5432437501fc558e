import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsQuery } from '../../../shared/revenue.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { computeRetention } from './compute-retention.ts';
import { computeWaterfall } from './compute-waterfall.ts';
import { deriveArrMovements } from './derive-arr-movements.ts';
import { coveredByPeriodTotals } from './movement-totals.ts';

// The whole-book totals kept by triggers must give exactly what the movements give. The movement path is
// forced by grouping by segment: every account of this file's database is in the one segment below.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const SEGMENT = 'period-totals';
const BASE = Date.UTC(2024, 0, 1);
const dayOf = (n: number) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10);

const contractArb = fc.record({
  start: fc.integer({ min: 0, max: 900 }),
  length: fc.integer({ min: 0, max: 400 }),
  arr: fc.integer({ min: 1, max: 3_000_000 }),
});
const queryArb = fc.record({
  startMonth: fc.integer({ min: 0, max: 30 }),
  interval: fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<MetricsQuery['interval']>,
  periods: fc.integer({ min: 1, max: 8 }),
  cutDays: fc.constantFrom(0, 0, 1, 10, 27),
});

/** A range of whole calendar periods starting at or after the month given (aligned to the interval). */
function rangeOf(q: {
  startMonth: number;
  interval: MetricsQuery['interval'];
  periods: number;
  cutDays: number;
}) {
  const step = { month: 1, quarter: 3, year: 12 }[q.interval];
  const first = Math.ceil(q.startMonth / step) * step;
  const from = new Date(Date.UTC(2024, first, 1)).toISOString().slice(0, 10);
  // cutDays > 0 ends the range inside its last period (as the overview's "last 12 months" ends today).
  const to = new Date(Date.UTC(2024, first + q.periods * step, 0 - q.cutDays)).toISOString().slice(0, 10);
  return { from, to, interval: q.interval };
}

async function addAccount(contracts: { start: number; length: number; arr: number }[]) {
  const { id } = await t.db
    .insertInto('accounts')
    .values({ name: 'Totals account', segment: SEGMENT, custom: '{}' })
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
        status: 'active',
      })),
    )
    .execute();
  await deriveArrMovements(t.db, [id]);
  return id;
}

const strip = <T extends { group: string | null }>(rows: T[]) => rows.map(({ group: _g, ...rest }) => rest);

async function expectSameAsMovements(range: Pick<MetricsQuery, 'from' | 'to' | 'interval'>) {
  const whole: MetricsQuery = { ...range, groupBy: 'none' };
  const viaMovements: MetricsQuery = { ...range, groupBy: 'segment' };
  expect(coveredByPeriodTotals(whole)).toBe(true);
  expect(coveredByPeriodTotals(viaMovements)).toBe(false);
  const [r1, r2] = [await computeRetention(t.db, whole), await computeRetention(t.db, viaMovements)];
  const [w1, w2] = [await computeWaterfall(t.db, whole), await computeWaterfall(t.db, viaMovements)];
  const hasData = r2.data.length > 0;
  if (hasData) {
    expect(strip(r1.data)).toEqual(strip(r2.data));
    expect(strip(w1.data)).toEqual(strip(w2.data));
  } else {
    expect(r1.data.every((r) => r.starting_arr === 0 && r.ending_arr === 0)).toBe(true);
  }
}

describe('whole-book period totals', () => {
  it('match the movements after inserts, backdated corrections and deleted accounts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(contractArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -120, max: 120 }),
        queryArb,
        async (accounts, shift, query) => {
          const ids: string[] = [];
          for (const contracts of accounts) ids.push(await addAccount(contracts));
          await expectSameAsMovements(rangeOf(query));
          // A backdated correction re-derives the first account; then another account is deleted.
          await sql`update contracts set start_date = greatest(start_date + ${shift}::int, date '2023-06-01')
            where account_id = ${ids[0]} and start_date + ${shift}::int <= end_date`.execute(t.db);
          await deriveArrMovements(t.db, [ids[0] as string]);
          if (ids.length > 1)
            await t.db
              .deleteFrom('accounts')
              .where('id', '=', ids[1] as string)
              .execute();
          await expectSameAsMovements(rangeOf(query));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('are back to zero when every movement is gone, and refuse an update of a movement', async () => {
    await deriveArrMovements(t.db, 'all');
    await t.db.deleteFrom('accounts').where('segment', '=', SEGMENT).execute();
    const left = await sql<{ n: number }>`select count(*)::int as n from arr_period_totals
      where delta <> 0 or new <> 0 or churn <> 0 or net_expansion <> 0 or gained_logos <> 0`.execute(t.db);
    expect(left.rows[0]?.n).toBe(0);
    const id = await addAccount([{ start: 10, length: 100, arr: 5_000 }]);
    await expect(
      sql`update arr_movements set amount = amount + 1 where account_id = ${id}`.execute(t.db),
    ).rejects.toThrow(/derived/);
  });
});
