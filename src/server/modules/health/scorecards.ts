import { type RawBuilder, sql } from 'kysely';
import { type Scorecard, scorecardInput } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

type ScorecardRow = {
  id: string;
  name: string;
  description: string;
  is_default: boolean;
  priority: number;
  segments: string[];
  tiers: string[];
  coverage_models: string[];
  measures: unknown;
  color_bands: unknown;
  alerts: unknown;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** Stored documents were validated on the way in; parsing again fills defaults added since. */
export function toScorecard(row: ScorecardRow): Scorecard {
  const doc = scorecardInput.parse({
    name: row.name,
    description: row.description,
    is_default: row.is_default,
    priority: row.priority,
    segments: row.segments,
    tiers: row.tiers,
    coverage_models: row.coverage_models,
    measures: row.measures,
    color_bands: row.color_bands,
    alerts: row.alerts,
  });
  return {
    ...doc,
    id: row.id,
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export async function listScorecards(db: Db): Promise<Scorecard[]> {
  const rows = await db
    .selectFrom('scorecards')
    .selectAll()
    .orderBy('is_default', 'desc')
    .orderBy('priority')
    .orderBy('created_at')
    .execute();
  return rows.map(toScorecard);
}

export async function getScorecard(db: Db, id: string): Promise<Scorecard> {
  const row = await db.selectFrom('scorecards').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Scorecard');
  return toScorecard(row);
}

type Assignment = Pick<Scorecard, 'segments' | 'tiers' | 'coverage_models'>;

/** Whether an account (alias a) meets a scorecard's criteria; a scorecard with none matches nobody. */
export function matchesSql(s: {
  segments: RawBuilder<unknown>;
  tiers: RawBuilder<unknown>;
  coverage: RawBuilder<unknown>;
}) {
  return sql`(cardinality(${s.segments}) + cardinality(${s.tiers}) + cardinality(${s.coverage}) > 0
    and (cardinality(${s.segments}) = 0 or a.segment = any(${s.segments}))
    and (cardinality(${s.tiers}) = 0 or a.tier = any(${s.tiers}))
    and (cardinality(${s.coverage}) = 0 or a.coverage_model = any(${s.coverage})))`;
}

const storedMatch = matchesSql({
  segments: sql`s.segments`,
  tiers: sql`s.tiers`,
  coverage: sql`s.coverage_models`,
});

/**
 * The scorecard of each account: the first matching assigned scorecard by priority, else the default.
 * Null when there is no default and nothing matches.
 */
export function resolvedScorecardSql() {
  return sql`(select s.id from scorecards s where s.is_default or ${storedMatch}
    order by s.is_default, s.priority, s.created_at limit 1)`;
}

/**
 * Accounts a draft scorecard would cover if saved (as scorecard `id`, or as a new one): its own criteria
 * unless an earlier assigned scorecard wins, or, as the default, whatever no assigned scorecard takes.
 */
export function draftTargetsSql(
  id: string | null,
  draft: Assignment & { is_default: boolean; priority: number },
) {
  const others = sql`scorecards s where s.id is distinct from ${id}::uuid`;
  const own = matchesSql({
    segments: sql`${draft.segments}::text[]`,
    tiers: sql`${draft.tiers}::text[]`,
    coverage: sql`${draft.coverage_models}::text[]`,
  });
  const earlier = sql`exists (select 1 from ${others} and ${storedMatch} and s.priority < ${draft.priority})`;
  const anyAssigned = sql`exists (select 1 from ${others} and ${storedMatch})`;
  const defaultClause = draft.is_default ? sql`or not ${anyAssigned}` : sql``;
  return sql`select a.id as account_id from accounts a where (${own} and not ${earlier}) ${defaultClause}`;
}
