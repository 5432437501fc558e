import type { Opportunity, OpportunityListQuery } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { selectOpportunities, toOpportunity } from './opportunities.ts';

const LIMIT = 2000;

/** Renewal and expansion opportunities by close date, for the pipeline board (at most 2000). */
export async function listRenewals(db: Db, q: OpportunityListQuery): Promise<Opportunity[]> {
  let query = selectOpportunities(db);
  if (q.from) query = query.where('o.close_date', '>=', q.from);
  if (q.to) query = query.where('o.close_date', '<=', q.to);
  if (q.kind) query = query.where('o.kind', '=', q.kind);
  if (q.stage) query = query.where('o.stage', '=', q.stage);
  if (q.segment !== undefined) query = query.where('a.segment', '=', q.segment);
  if (q.tier !== undefined) query = query.where('a.tier', '=', q.tier);
  if (q.coverage_model !== undefined) query = query.where('a.coverage_model', '=', q.coverage_model);
  if (q.owner_id !== undefined) query = query.where('a.owner_id', '=', q.owner_id);
  const rows = await query.orderBy('o.close_date').orderBy('o.id').limit(LIMIT).execute();
  return rows.map(toOpportunity);
}
