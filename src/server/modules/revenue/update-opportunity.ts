import type { Opportunity, UpdateOpportunityInput } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { checkOutcome, getOpportunity } from './opportunities.ts';

/** Moves a renewal or expansion through its stages; the outcome rules see the merged record. */
export async function updateOpportunity(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateOpportunityInput,
): Promise<Opportunity> {
  return db.transaction().execute(async (trx) => {
    const before = await getOpportunity(trx, id);
    if (Object.keys(input).length === 0) return before;
    const merged = { ...before, ...input };
    const { forecast_category } = await checkOutcome(trx, merged);
    await trx
      .updateTable('opportunities')
      .set({ ...input, forecast_category })
      .where('id', '=', id)
      .execute();
    const after = await getOpportunity(trx, id);
    await recordAudit(trx, actor, {
      action: 'opportunity.updated',
      entityType: 'opportunity',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
