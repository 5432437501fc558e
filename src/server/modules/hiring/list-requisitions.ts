import type { Requisition } from '../../../shared/hiring.ts';
import type { Db } from '../../db/client.ts';
import { requisitionQuery, toRequisition } from './requisitions.ts';

/** Open ones first, then by the day they opened, newest first. */
export async function listRequisitions(db: Db): Promise<Requisition[]> {
  const rows = await requisitionQuery(db)
    .orderBy((eb) => eb.case().when('r.status', '=', 'open').then(0).else(1).end())
    .orderBy('r.opened_on', 'desc')
    .execute();
  return rows.map(toRequisition);
}
