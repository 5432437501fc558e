import { createHash } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { CHOICE_SOURCES, type ColorBand, type Measure } from '../../../shared/health.ts';
import { batchFilter, type PlanContext, planMeasures, scoreSql } from './measure-sql.ts';

export interface ScorecardDef {
  measures: Measure[];
  color_bands: ColorBand[];
}

/**
 * The CTEs that score target accounts against one scorecard. `targets` is a query of account ids.
 *
 * - `num(account_id, score, wsum, v0.., s0.., sig, sig_text)`: values, measure scores and the score, as plain
 *   numbers (materialized, so each expression is computed once per account);
 * - `res(account_id, score, measures)`: the same with the per-measure JSON users read.
 *
 * Building that JSON is the costliest step of a recompute, so a writer compares `sig` and `sig_text` (the
 * scorecard's version, every value and measure score) with the stored ones and builds JSON (`measuresJsonSql`) only where they differ.
 *
 * A measure without data scores null and drops out: the weights of the rest are re-normalised by dividing
 * by the sum of the weights that have a score, so contributions (weight share x measure score) add up to
 * the score exactly.
 */
export function scoringCtes(def: ScorecardDef, ctx: PlanContext, targets: RawBuilder<unknown>) {
  const plan = planMeasures(def.measures, ctx);
  const idx = [...Array(def.measures.length).keys()];
  const valueCols = plan.values.map((expr, i) => sql`${expr} as ${v(i)}`);
  const scoreCols = def.measures.map((m, i) => sql`${scoreSql(m.scoring, v(i))} as ${s(i)}`);
  const weightSum = sql.join(
    def.measures.map((m, i) => sql`case when ${s(i)} is null then 0 else ${w(m)} end`),
    sql` + `,
  );
  const weighted = sql.join(
    def.measures.map((m, i) => sql`coalesce(${s(i)} * ${w(m)}, 0)`),
    sql` + `,
  );
  // The signature is built in the order sigLayout records, so tend_health_measures() reads it back.
  const { version, layout } = sigLayout(def);
  const numeric = layout.flatMap((l, i) => (l.value === undefined ? [s(i)] : [v(i), s(i)]));
  const choices = layout.flatMap((l, i) => (l.text === undefined ? [] : [sql`${v(i)}::text`]));
  return sql`
    t as materialized (${targets}),
    ${plan.ctes.length ? sql`${sql.join(plan.ctes)},` : sql``}
    vals as materialized (
      select t.account_id, ${sql.join(valueCols)}
      from t join accounts a on a.id = t.account_id and ${batchFilter(sql.ref('a.id'), ctx)}
      ${sql.join(plan.joins, sql` `)}),
    scored as materialized (
      select account_id, ${sql.join(idx.map(v))}, ${sql.join(scoreCols)} from vals),
    weighed as (select scored.*, (${weightSum})::float8 as wsum from scored),
    num as materialized (
      select weighed.*, case when wsum > 0 then (${weighted}) / wsum end as score,
        array[${sql.lit(version)}, ${sql.join(numeric)}]::float8[] as sig,
        ${choices.length ? sql`array[${sql.join(choices)}]::text[]` : sql`null::text[]`} as sig_text
      from weighed),
    res as (select account_id, score, ${measuresJsonSql(def)} as measures from num)`;
}

export interface SigMeasure {
  key: string;
  weight: number;
  /** 1-based positions in `sig`; a choice measure's value is in `sig_text` instead. */
  value?: number;
  score: number;
  text?: number;
}

/**
 * Where each measure's value and score sit in a score's signature (`sig`: the version, then value and
 * score of each numeric measure and the score of each choice measure; `sig_text`: choice values), as
 * scorecard_versions stores it for tend_health_measures() to rebuild the explanation on read.
 */
export function sigLayout(def: ScorecardDef): { version: number; layout: SigMeasure[] } {
  let at = 1;
  let text = 0;
  const layout = def.measures.map((m): SigMeasure => {
    if (CHOICE_SOURCES(m.source)) return { key: m.key, weight: m.weight, score: ++at, text: ++text };
    const value = ++at;
    return { key: m.key, weight: m.weight, value, score: ++at };
  });
  return { version: defVersion(def), layout };
}

/**
 * A number that changes whenever the scorecard's measures or bands do, so the signature also catches
 * edits that leave values and the score alone but change weights, labels or colors (48 bits: exact in
 * a float8).
 */
function defVersion(def: ScorecardDef): number {
  const hash = createHash('sha256')
    .update(JSON.stringify([def.measures, def.color_bands]))
    .digest();
  return hash.readUIntBE(0, 6);
}

const v = (i: number) => sql.ref(`v${i}`);
const s = (i: number) => sql.ref(`s${i}`);
const w = (m: Measure) => sql`(${sql.lit(m.weight)})`;

/** The per-measure explanation users read, over the columns of `num` (previews build it per row). */
export function measuresJsonSql(def: ScorecardDef) {
  const objects = def.measures.map(
    (m, i) => sql`jsonb_build_object('key', ${sql.lit(m.key)}::text, 'value', ${jsonValue(m, v(i))},
        'score', ${s(i)}, 'weight', ${w(m)},
        'contribution', case when ${s(i)} is not null then ${s(i)} * ${w(m)} / wsum end)`,
  );
  return sql`jsonb_build_array(${sql.join(objects)})`;
}

/** A value as JSON: numbers to two decimals, choices as text. */
function jsonValue(m: Measure, v: RawBuilder<unknown>) {
  return CHOICE_SOURCES(m.source) ? sql`to_jsonb(${v}::text)` : sql`to_jsonb(round(${v}::numeric, 2))`;
}

/** Color of a score by the scorecard's bands, on the rounded score the user sees. */
export function colorSql(bands: ColorBand[], score: RawBuilder<unknown>) {
  const whens = bands.map(
    (b) => sql`when round(${score}) between ${sql.lit(b.min)} and ${sql.lit(b.max)} then ${sql.lit(b.color)}`,
  );
  return sql`(case ${sql.join(whens, sql` `)} end)`;
}

/** Red is worst: a lower rank is a worse color. */
export const colorRank = (color: RawBuilder<unknown>) =>
  sql`(case ${color} when 'red' then 0 when 'yellow' then 1 when 'green' then 2 end)`;
