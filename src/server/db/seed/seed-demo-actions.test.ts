import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { accounts: 120, usage: false });
}, 120_000);
afterAll(() => t?.close());

it('seeds rules of each common kind, five of them switched on', async () => {
  const rules = await t.db.selectFrom('rules').select(['name', 'enabled', 'trigger']).execute();
  expect(rules.length).toBe(6);
  expect(rules.filter((r) => r.enabled).length).toBe(5);
  const triggers = rules.map((r) => (r.trigger as { type: string }).type).sort();
  expect(triggers).toEqual([
    'account_created',
    'health_band_changed',
    'no_touchpoint_days',
    'product_event',
    'renewal_in_days',
    'usage_drop',
  ]);
});

it('gives the demo CSMs open and closed CTAs with their reason, tasks and rule runs', async () => {
  const { rows } = await sql<{ status: string; n: number; owners: number }>`
    select status, count(*)::int as n, count(distinct owner_id)::int as owners from ctas group by status`.execute(
    t.db,
  );
  const by = Object.fromEntries(rows.map((r) => [r.status, r]));
  expect(by.open?.n).toBeGreaterThan(0);
  expect(by.closed?.n).toBeGreaterThan(0);
  expect(by.open?.owners).toBeGreaterThan(1);
  const cta = await t.db.selectFrom('ctas').select(['reason', 'rule_id']).executeTakeFirstOrThrow();
  expect(cta.reason).toMatchObject({ rule_id: cta.rule_id, rule_name: expect.any(String) });
  const tasks = await t.db
    .selectFrom('tasks')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(tasks.n)).toBeGreaterThan(0);
  const runs = await t.db
    .selectFrom('rule_runs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const ctas = await t.db
    .selectFrom('ctas')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(runs.n).toBe(ctas.n);
});
