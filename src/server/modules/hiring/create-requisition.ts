import type { CreateRequisitionInput, Requisition } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getRequisition } from './requisitions.ts';
import { validateRequisition } from './validate-requisition.ts';

/** A requisition opens with its scorecard (mission, outcomes, competencies) and interview plan. */
export async function createRequisition(
  db: Db,
  actor: Actor,
  input: CreateRequisitionInput,
): Promise<Requisition> {
  return db.transaction().execute(async (trx) => {
    await validateRequisition(trx, input);
    const { competencies = [], stages = [], ...rest } = input;
    const { id } = await trx
      .insertInto('requisitions')
      .values({ ...rest, competencies: JSON.stringify(competencies), stages: JSON.stringify(stages) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const requisition = await getRequisition(trx, id);
    await recordAudit(trx, actor, {
      action: 'requisition.created',
      entityType: 'requisition',
      entityId: id,
      after: requisition,
    });
    return requisition;
  });
}
