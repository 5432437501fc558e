import type { HealthRun, Scorecard, ScorecardDoc } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { queueHealthRun } from './queue-health-run.ts';
import { getScorecard } from './scorecards.ts';

export interface SavedScorecard {
  scorecard: Scorecard;
  /** The full recompute that applies the change, with progress. */
  run: HealthRun | null;
}

const columns = (doc: ScorecardDoc) => ({
  name: doc.name,
  description: doc.description,
  is_default: doc.is_default,
  priority: doc.priority,
  segments: doc.segments,
  tiers: doc.tiers,
  coverage_models: doc.coverage_models,
  measures: JSON.stringify(doc.measures),
  color_bands: JSON.stringify(doc.color_bands),
  alerts: JSON.stringify(doc.alerts),
});

/** Creates a scorecard (or replaces one by id) and queues the recompute of every account. */
export async function saveScorecard(
  db: Db,
  actor: Actor,
  doc: ScorecardDoc,
  id: string | null = null,
): Promise<SavedScorecard> {
  return db.transaction().execute(async (trx) => {
    const before = id ? await getScorecard(trx, id) : null;
    if (before?.is_default && !doc.is_default)
      throw new AppError('conflict', 'Make another scorecard the default before this one stops being it', [
        { path: ['is_default'], message: 'one scorecard must stay the default' },
      ]);
    // One default at a time: the new default takes over from the old one.
    if (doc.is_default)
      await trx
        .updateTable('scorecards')
        .set({ is_default: false })
        .where('is_default', '=', true)
        .$if(id !== null, (q) => q.where('id', '!=', id as string))
        .execute();
    const saved = id
      ? await trx
          .updateTable('scorecards')
          .set((eb) => ({ ...columns(doc), version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .returning('id')
          .executeTakeFirstOrThrow()
      : await trx.insertInto('scorecards').values(columns(doc)).returning('id').executeTakeFirstOrThrow();
    const scorecard = await getScorecard(trx, saved.id);
    await recordAudit(trx, actor, {
      action: id ? 'scorecard.updated' : 'scorecard.created',
      entityType: 'scorecard',
      entityId: scorecard.id,
      before: before ?? undefined,
      after: scorecard,
    });
    const run = await queueHealthRun(trx, 'scorecard', {
      requestedBy: actor.type === 'user' ? actor.id : null,
    });
    return { scorecard, run };
  });
}
