// Usage measures checked against a plain reading of their definitions: random usage over 30 days for a few
// accounts, the measures computed by the SQL a recompute runs (scoringCtes over a batch of ids), each value
// compared with the same count done in JavaScript over the raw rows.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Measure, MeasureSource } from '../../../shared/health.ts';
import { scorecardInput } from '../../../shared/health.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import type { StoredMeasure } from './health-read.ts';
import { scoringCtes } from './health-sql.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const TODAY = '2026-11-23';
const EVENTS = ['Login', 'Report Exported', 'Alert Created', 'Search'];
const KEY_FEATURES = ['Report Exported', 'Alert Created', 'Invite Sent'];

/** One account's usage: (days before today, event, user, count) as the rollups would have summed it. */
const usage = fc.array(
  fc.record({
    ago: fc.integer({ min: 0, max: 29 }),
    event: fc.constantFrom(...EVENTS),
    user: fc.constantFrom('u1', 'u2', 'u3', 'u4'),
    count: fc.integer({ min: 1, max: 5 }),
  }),
  { maxLength: 25 },
);
type Usage = { ago: number; event: string; user: string; count: number }[];

const days = fc.integer({ min: 1, max: 14 });
const source = fc.oneof(
  fc.record({ type: fc.constant('usage_events' as const), event: fc.constantFrom(null, ...EVENTS), days }),
  fc.record({ type: fc.constant('active_users' as const), days }),
  fc.record({ type: fc.constant('feature_adoption' as const), days }),
  fc.record({
    type: fc.constant('usage_trend' as const),
    metric: fc.constantFrom('events' as const, 'active_users' as const),
    days,
  }),
);

/** What the measure's definition says, counted over the raw rows (null: no data). */
function expected(s: MeasureSource, rows: Usage): number | null {
  const inWindow = (r: Usage[number], from: number, to: number) => r.ago >= from && r.ago < to;
  const sum = (from: number, to: number, event: string | null = null) =>
    rows
      .filter((r) => inWindow(r, from, to) && (event === null || r.event === event))
      .reduce((n, r) => n + r.count, 0);
  const distinct = (from: number, to: number, key: (r: Usage[number]) => string | null) =>
    new Set(rows.filter((r) => inWindow(r, from, to)).flatMap((r) => key(r) ?? [])).size;
  // Zero usage is a fact only for an account that has sent usage at some time.
  const orZero = (v: number) => (rows.length > 0 ? v : null);
  switch (s.type) {
    case 'usage_events':
      return orZero(sum(0, s.days, s.event));
    case 'active_users':
      return orZero(distinct(0, s.days, (r) => r.user));
    case 'feature_adoption': {
      const used = distinct(0, s.days, (r) => (KEY_FEATURES.includes(r.event) ? r.event : null));
      return orZero((used * 100) / KEY_FEATURES.length);
    }
    case 'usage_trend': {
      const count = (from: number, to: number) =>
        s.metric === 'events' ? sum(from, to) : distinct(from, to, (r) => r.user);
      const before = count(s.days, 2 * s.days);
      return before > 0 ? ((count(0, s.days) - before) * 100) / before : null;
    }
    default:
      throw new Error(`not a usage source: ${s.type}`);
  }
}

async function insertUsage(accountId: string, rows: Usage) {
  const day = (ago: number) => sql`${TODAY}::date - ${ago}::int`;
  for (const r of rows) {
    await sql`insert into usage_daily (account_id, day, event, count, unique_users)
      values (${accountId}::uuid, ${day(r.ago)}, ${r.event}, ${r.count}, 1)
      on conflict (account_id, day, event) do update set count = usage_daily.count + excluded.count`.execute(
      t.db,
    );
    await sql`insert into usage_user_days (account_id, day, user_id, events)
      values (${accountId}::uuid, ${day(r.ago)}, ${r.user}, ${r.count})
      on conflict (account_id, day, user_id) do update set events = usage_user_days.events + excluded.events`.execute(
      t.db,
    );
  }
}

it('usage measures count what their definitions say, with zero kept apart from no data', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(source, { minLength: 1, maxLength: 6 }),
      fc.array(usage, { minLength: 1, maxLength: 4 }),
      async (sources, accounts) => {
        const ids: string[] = [];
        for (const rows of accounts) {
          const { id } = await t.db
            .insertInto('accounts')
            .values({ name: 'Usage property' })
            .returning('id')
            .executeTakeFirstOrThrow();
          await insertUsage(id, rows);
          ids.push(id);
        }
        const measures: Measure[] = sources.map((s, i) => ({
          key: `m${i}`,
          label: `M${i}`,
          group: null,
          // Weights add up to 100, as the editor requires; the values are what is checked.
          weight: i === 0 ? 101 - sources.length : 1,
          source: s as MeasureSource,
          scoring: { kind: 'linear', from: 0, to: 100 },
        }));
        const doc = scorecardInput.parse({ name: 'Usage property', measures });
        const { rows } = await sql<{ account_id: string; measures: StoredMeasure[] }>`
          with ${scoringCtes(doc, { today: TODAY, keyFeatures: KEY_FEATURES, ids }, sql`select unnest(${ids}::uuid[]) as account_id`)}
          select account_id, measures from res`.execute(t.db);
        for (const [a, id] of ids.entries()) {
          const got = rows.find((r) => r.account_id === id)?.measures ?? [];
          doc.measures.forEach((m, i) => {
            const want = expected(m.source, accounts[a] ?? []);
            const value = got[i]?.value as number | null;
            if (want === null) expect(value, `${m.source.type} of account ${a}`).toBeNull();
            else expect(value, `${JSON.stringify(m.source)} of account ${a}`).toBeCloseTo(want, 2);
          });
        }
      },
    ),
    { numRuns: 40 },
  );
});
