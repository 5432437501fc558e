import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeRetention } from '../../modules/revenue/compute-retention.ts';
import { computeWaterfall } from '../../modules/revenue/compute-waterfall.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { accounts: 200, usage: false });
});
afterAll(() => t?.close());

const today = new Date().toISOString().slice(0, 10);
const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}-${today.slice(5, 8)}01`;

describe('demo revenue history', () => {
  it('gives two years of quarters with ARR, churn, expansion and renewals to show', async () => {
    const q = { from: twoYearsAgo, to: today, interval: 'quarter' as const, groupBy: 'none' as const };
    const retention = await computeRetention(t.db, q);
    const waterfall = await computeWaterfall(t.db, q);
    expect(retention.data.length).toBeGreaterThanOrEqual(8);
    expect(retention.missing_rates).toEqual([]);
    for (const r of retention.data.slice(1)) expect(r.starting_arr).toBeGreaterThan(0);
    const total = (key: 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation') =>
      waterfall.data.reduce((sum, w) => sum + w[key], 0);
    for (const key of ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const)
      expect(total(key), key).toBeGreaterThan(0);
    expect(retention.data.some((r) => r.renewals_due > 0 && (r.renewal_rate_count ?? 1) < 1)).toBe(true);
  });

  it('opens a renewal pipeline with every forecast category and closed renewals', async () => {
    const rows = await t.db
      .selectFrom('opportunities')
      .select(['stage', 'forecast_category'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['stage', 'forecast_category'])
      .execute();
    const cells = new Set(rows.map((r) => `${r.stage}/${r.forecast_category}`));
    for (const cell of ['open/commit', 'open/best_case', 'open/at_risk', 'won/commit', 'lost/lost'])
      expect(cells, cell).toContain(cell);
  });
});
