import { sql } from 'kysely';
import type { HealthChange, HealthColor, MeasureResult, Scorecard } from '../../../shared/health.ts';

export type StoredMeasure = {
  key: string;
  value: number | string | null;
  score: number | null;
  weight: number;
  contribution: number | null;
};

const columnsOf = (alias: string) => (name: string) => sql.ref(`${alias}.${name}`);

/**
 * The stored per-measure results of an account_health or health_history row (by its alias): rebuilt
 * from the signature arrays.
 */
export function storedMeasuresSql(alias: string) {
  const col = columnsOf(alias);
  return sql<StoredMeasure[]>`tend_health_measures(${col('sig')}, ${col('sig_text')})`;
}

/**
 * The last change of an account's rounded score (alias of its account_health row) with what moved it:
 * the measures it changed from against the current ones.
 */
export function lastChangeSql(alias: string) {
  const col = columnsOf(alias);
  const before = sql`tend_health_measures(${col('change_old_sig')}, ${col('change_old_sig_text')})`;
  return sql<StoredChange | null>`case when ${col('change_at')} is null then null
    else jsonb_build_object('from', ${col('change_from')}, 'to', round(${col('score')}), 'at', ${col('change_at')},
      'measures', tend_health_change(${before}, ${storedMeasuresSql(alias)})) end`;
}

export type StoredChange = {
  from: number | null;
  to: number | null;
  at: string;
  measures: Omit<HealthChange['measures'][number], 'label'>[];
};

const one = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Stored measure results with the labels and groups of the scorecard they were computed with. */
export function describeMeasures(stored: unknown, card: Scorecard | undefined): MeasureResult[] {
  return ((stored as StoredMeasure[] | null) ?? []).map((m) => {
    const def = card?.measures.find((d) => d.key === m.key);
    return {
      key: m.key,
      label: def?.label ?? m.key,
      group: def?.group ?? null,
      value: m.value,
      score: one(m.score),
      weight: m.weight,
      contribution: m.contribution === null ? null : Math.round(m.contribution * 100) / 100,
      missing: m.score === null,
    };
  });
}

export const labelOf = (card: Scorecard | undefined, key: string) =>
  card?.measures.find((d) => d.key === key)?.label ?? key;

export const asColor = (c: string | null) => c as HealthColor | null;
export const roundScore = one;
