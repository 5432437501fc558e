import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { queueHealthRun } from './queue-health-run.ts';
import { getScorecard } from './scorecards.ts';

/** Its accounts fall back to the default scorecard; the default itself cannot go. */
export async function deleteScorecard(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getScorecard(trx, id);
    if (before.is_default)
      throw new AppError(
        'conflict',
        'The default scorecard cannot be deleted; make another one the default first',
      );
    await trx.deleteFrom('scorecards').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'scorecard.deleted',
      entityType: 'scorecard',
      entityId: id,
      before,
    });
    await queueHealthRun(trx, 'scorecard', { requestedBy: actor.type === 'user' ? actor.id : null });
  });
}
