import { sql } from 'kysely';
import { type AccountHealth, DEFAULT_COLOR_BANDS } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { assertAccountExists } from './health-inputs.ts';
import {
  asColor,
  describeMeasures,
  labelOf,
  lastChangeSql,
  roundScore,
  storedMeasuresSql,
} from './health-read.ts';
import { utcToday } from './recompute-health.ts';
import { listScorecards } from './scorecards.ts';

/** An account's current health, its trend over 7 and 30 days and what moved it last. */
export async function getAccountHealth(db: Db, accountId: string): Promise<AccountHealth> {
  await assertAccountExists(db, accountId);
  const [row, cards] = await Promise.all([
    db
      .selectFrom('account_health as h')
      .select(['h.scorecard_id', 'h.score', 'h.color', 'h.computed_at'])
      .select(storedMeasuresSql('h').as('measures'))
      .select(lastChangeSql('h').as('last_change'))
      .where('h.account_id', '=', accountId)
      .executeTakeFirst(),
    listScorecards(db),
  ]);
  const card = cards.find((c) => c.id === row?.scorecard_id);
  if (!row)
    return {
      account_id: accountId,
      scorecard: null,
      score: null,
      color: null,
      measures: [],
      computed_at: null,
      trend: { d7: null, d30: null },
      last_change: null,
      color_bands: DEFAULT_COLOR_BANDS,
    };
  const { rows } = await sql<{ d7: number | null; d30: number | null }>`
    select
      (select score from health_history where account_id = ${accountId}::uuid and kind = 'daily'
        and day <= ${utcToday()}::date - 7 order by day desc limit 1) as d7,
      (select score from health_history where account_id = ${accountId}::uuid and kind = 'daily'
        and day <= ${utcToday()}::date - 30 order by day desc limit 1) as d30`.execute(db);
  const past = rows[0];
  const delta = (then: number | null | undefined) =>
    row.score === null || then === null || then === undefined
      ? null
      : Math.round(row.score) - Math.round(then);
  const change = row.last_change;
  return {
    account_id: accountId,
    scorecard: card ? { id: card.id, name: card.name } : null,
    score: roundScore(row.score),
    color: asColor(row.color),
    measures: describeMeasures(row.measures, card),
    computed_at: row.computed_at.toISOString(),
    trend: { d7: delta(past?.d7), d30: delta(past?.d30) },
    last_change: change
      ? {
          from: change.from,
          to: change.to,
          at: new Date(change.at).toISOString(),
          measures: change.measures.map((m) => ({ ...m, label: labelOf(card, m.key) })),
        }
      : null,
    color_bands: card?.color_bands ?? DEFAULT_COLOR_BANDS,
  };
}
