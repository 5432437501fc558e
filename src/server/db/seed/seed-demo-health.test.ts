import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { accounts: 40 });
}, 180_000);
afterAll(() => t?.close());

it('dates twelve weeks of health to the days they describe, not to the seed', async () => {
  const { rows } = await sql<{ points: number; misdated: number; weeks: number }>`
    select count(*)::int as points, count(*) filter (where at::date <> day)::int as misdated,
      count(distinct day)::int as weeks
    from health_history where kind = 'daily' and sig is not null`.execute(t.db);
  expect(rows[0]?.points).toBeGreaterThan(0);
  expect(rows[0]?.misdated).toBe(0);
  expect(rows[0]?.weeks).toBe(13);
  const alerts = await sql<{ n: number; old: number }>`
    select count(*)::int as n, count(*) filter (where created_at < now() - interval '6 days')::int as old
    from health_alerts`.execute(t.db);
  expect(alerts.rows[0]?.n).toBeGreaterThan(0);
  expect(alerts.rows[0]?.old).toBeGreaterThan(0);
});

it('leaves no past health change for the rules to fire on at first start: the seeded CTAs stand for them', async () => {
  const { rows } = await sql<{ pending: number; handled: number }>`
    select count(*) filter (where dispatched_at is null)::int as pending,
      count(*) filter (where dispatched_at is not null)::int as handled
    from signals where type like 'health.%'`.execute(t.db);
  expect(rows[0]).toEqual({ pending: 0, handled: expect.any(Number) });
  expect(rows[0]?.handled).toBeGreaterThan(0);
});
