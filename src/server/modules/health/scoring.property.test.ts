// Properties of the scoring math, checked on the SQL that production runs (scoringCtes), over random
// scorecards and accounts: scores stay in 0-100, missing measures re-normalise the weights, contributions
// add up to the score, and a better value never lowers a measure's score.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Measure, MeasureScoring } from '../../../shared/health.ts';
import { scorecardInput } from '../../../shared/health.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import type { StoredMeasure } from './health-read.ts';
import { scoringCtes } from './health-sql.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const value = fc.option(fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), {
  nil: null,
});

const linear = fc
  .tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }))
  .filter(([a, b]) => a !== b)
  .map(([from, to]): MeasureScoring => ({ kind: 'linear', from, to }));

/** Contiguous bands over sorted cut points, scores sorted one way or the other. */
const bands = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 5 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([cuts, scores, rising]): MeasureScoring => {
    const c = [...cuts].sort((a, b) => a - b);
    const s = scores.slice(0, c.length + 1).sort((a, b) => (rising ? a - b : b - a));
    return {
      kind: 'bands',
      bands: s.map((score, i) => ({
        min: i === 0 ? null : (c[i - 1] ?? null),
        max: i === c.length ? null : (c[i] ?? null),
        score,
      })),
    };
  });

const measures = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.oneof(linear, bands)), { minLength: 1, maxLength: 5 })
  .map((ms): Measure[] => {
    // Whole-number weights adding up to 100, as the editor requires.
    const total = ms.reduce((s, [w]) => s + w, 0);
    const weights = ms.map(([w]) => Math.max(1, Math.floor((w * 100) / total)));
    weights[weights.length - 1] = 100 - weights.slice(0, -1).reduce((s, w) => s + w, 0);
    return ms.map(([, scoring], i) => ({
      key: `m${i}`,
      label: `M${i}`,
      group: null,
      weight: weights[i] ?? 1,
      source: { type: 'custom_field', field: `f${i}`, kind: 'number' },
      scoring,
    }));
  })
  .filter((ms) => ms.every((m) => m.weight > 0));

/** Scores accounts with the given custom values against the measures, as recompute does. */
async function score(ms: Measure[], accounts: (number | null)[][]) {
  const ids: string[] = [];
  for (const values of accounts) {
    const custom = Object.fromEntries(values.flatMap((v, i) => (v === null ? [] : [[`f${i}`, v]])));
    const row = await t.db
      .insertInto('accounts')
      .values({ name: 'Property', custom: JSON.stringify(custom) })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  const doc = scorecardInput.parse({ name: 'Property', measures: ms });
  const { rows } = await sql<{ account_id: string; score: number | null; measures: StoredMeasure[] }>`
    with ${scoringCtes(doc, { today: '2026-11-23', keyFeatures: [] }, sql`select unnest(${ids}::uuid[]) as account_id`)}
    select * from res`.execute(t.db);
  return ids.map((id) => rows.find((r) => r.account_id === id) as (typeof rows)[number]);
}

it('scores stay within 0-100, re-normalise over missing measures and equal the sum of contributions', async () => {
  await fc.assert(
    fc.asyncProperty(
      measures.chain((ms) =>
        fc.tuple(
          fc.constant(ms),
          fc.array(fc.array(value, { minLength: ms.length, maxLength: ms.length }), {
            minLength: 1,
            maxLength: 4,
          }),
        ),
      ),
      async ([ms, accounts]) => {
        for (const r of await score(ms, accounts)) {
          const present = r.measures.filter((m) => m.score !== null);
          if (present.length === 0) {
            expect(r.score).toBeNull();
            continue;
          }
          const s = r.score as number;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100 + 1e-9);
          const weight = present.reduce((sum, m) => sum + m.weight, 0);
          const expected = present.reduce((sum, m) => sum + (m.score as number) * m.weight, 0) / weight;
          expect(s).toBeCloseTo(expected, 6);
          const contributions = present.reduce((sum, m) => sum + (m.contribution as number), 0);
          expect(contributions).toBeCloseTo(s, 6);
          for (const m of r.measures) {
            // No value, no score: a missing measure is never scored as if it had data.
            expect(m.score === null).toBe(m.value === null);
            if (m.score === null) expect(m.contribution).toBeNull();
            else {
              expect(m.score).toBeGreaterThanOrEqual(0);
              expect(m.score).toBeLessThanOrEqual(100);
            }
          }
        }
      },
    ),
    { numRuns: 40 },
  );
});

it('a better value never lowers a measure score', async () => {
  const direction = (s: MeasureScoring) =>
    s.kind === 'linear'
      ? Math.sign(s.to - s.from)
      : s.kind === 'bands' && (s.bands[0]?.score ?? 0) > (s.bands.at(-1)?.score ?? 0)
        ? -1
        : 1;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(linear, bands),
      fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true }),
      async (scoring, v, step) => {
        const m: Measure = {
          key: 'm0',
          label: 'M0',
          group: null,
          weight: 100,
          source: { type: 'custom_field', field: 'f0', kind: 'number' },
          scoring,
        };
        // "Better" is up the scale for a rising measure and down it for a falling one.
        const better = v + direction(scoring) * step;
        const [worse, best] = await score([m], [[v], [better]]);
        expect(best?.measures[0]?.score).toBeGreaterThanOrEqual(worse?.measures[0]?.score as number);
      },
    ),
    { numRuns: 60 },
  );
});
