import type { HealthPoint } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { assertAccountExists } from './health-inputs.ts';
import { asColor, describeMeasures, roundScore, storedMeasuresSql } from './health-read.ts';
import { listScorecards } from './scorecards.ts';

const MAX_POINTS = 1000;

/** Daily points and color changes, oldest first, for a chart or to compare two dates. */
export async function listHealthHistory(
  db: Db,
  accountId: string,
  range: { from?: string; to?: string },
): Promise<HealthPoint[]> {
  await assertAccountExists(db, accountId);
  const [rows, cards, current] = await Promise.all([
    db
      .selectFrom('health_history as h')
      .select(['at', 'day', 'kind', 'score', 'color'])
      .select(storedMeasuresSql('h').as('measures'))
      .where('account_id', '=', accountId)
      .$if(range.from !== undefined, (q) => q.where('day', '>=', range.from as string))
      .$if(range.to !== undefined, (q) => q.where('day', '<=', range.to as string))
      .orderBy('at', 'desc')
      .limit(MAX_POINTS)
      .execute(),
    listScorecards(db),
    db
      .selectFrom('account_health')
      .select('scorecard_id')
      .where('account_id', '=', accountId)
      .executeTakeFirst(),
  ]);
  const card = cards.find((c) => c.id === current?.scorecard_id);
  return rows.reverse().map((r) => ({
    at: r.at.toISOString(),
    day: r.day,
    kind: r.kind as HealthPoint['kind'],
    score: roundScore(r.score),
    color: asColor(r.color),
    measures: describeMeasures(r.measures, card),
  }));
}
