import type { Requisition, UpdateRequisitionInput } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getRequisition } from './requisitions.ts';
import { validateRequisition } from './validate-requisition.ts';

/** A filled requisition is history (it feeds time to fill): it no longer changes. */
export async function updateRequisition(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateRequisitionInput,
): Promise<Requisition> {
  return db.transaction().execute(async (trx) => {
    const before = await getRequisition(trx, id);
    if (before.status === 'filled') throw new AppError('conflict', 'A filled requisition cannot change');
    if (Object.keys(input).length === 0) return before;
    await validateRequisition(trx, { ...before, ...input });
    const { competencies, stages, ...rest } = input;
    await trx
      .updateTable('requisitions')
      .set({
        ...rest,
        ...(competencies ? { competencies: JSON.stringify(competencies) } : {}),
        ...(stages ? { stages: JSON.stringify(stages) } : {}),
      })
      .where('id', '=', id)
      .execute();
    const after = await getRequisition(trx, id);
    await recordAudit(trx, actor, {
      action: 'requisition.updated',
      entityType: 'requisition',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
