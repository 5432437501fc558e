import type { CreateOpportunityInput, Opportunity } from '../../../shared/revenue.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { checkOutcome, getOpportunity } from './opportunities.ts';

/** An expansion opportunity on an account, in the account's currency. */
export async function createOpportunity(
  db: Db,
  actor: Actor,
  input: CreateOpportunityInput,
): Promise<Opportunity> {
  return db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('accounts')
      .select(['currency', 'owner_id'])
      .where('id', '=', input.account_id)
      .executeTakeFirst();
    if (!account) throw notFound('Account');
    const stage = input.stage ?? 'open';
    const reason_code = input.reason_code ?? null;
    const { forecast_category } = await checkOutcome(trx, {
      stage,
      reason_code,
      forecast_category: input.forecast_category ?? 'best_case',
    });
    const { id } = await trx
      .insertInto('opportunities')
      .values({
        ...input,
        stage,
        reason_code,
        forecast_category,
        currency: account.currency,
        owner_id: input.owner_id === undefined ? account.owner_id : input.owner_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const created = await getOpportunity(trx, id);
    await recordAudit(trx, actor, {
      action: 'opportunity.created',
      entityType: 'opportunity',
      entityId: id,
      after: created,
    });
    return created;
  });
}
