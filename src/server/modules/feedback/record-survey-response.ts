import type { z } from 'zod';
import type { createSurveyResponseInput } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { lockAccount } from '../accounts/account-queries.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { type SurveyResponse, toSurveyResponse } from './feedback.ts';

/** An NPS or CSAT answer; the contact, when given, must belong to the account. */
export async function recordSurveyResponse(
  db: Db,
  actor: Actor,
  accountId: string,
  input: z.output<typeof createSurveyResponseInput>,
): Promise<SurveyResponse> {
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    if (input.contact_id) {
      const contact = await trx
        .selectFrom('contacts')
        .select('id')
        .where('id', '=', input.contact_id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      if (!contact)
        throw new AppError('validation_failed', 'The contact is not on this account', [
          { path: ['contact_id'], message: 'no contact of this account has this id' },
        ]);
    }
    const row = await trx
      .insertInto('survey_responses')
      .values({ ...input, account_id: accountId })
      .returningAll()
      .executeTakeFirstOrThrow();
    const response = toSurveyResponse(row);
    await markHealthDirty(trx, [accountId]);
    await recordAudit(trx, actor, {
      action: 'survey_response.recorded',
      entityType: 'survey_response',
      entityId: response.id,
      after: response,
    });
    return response;
  });
}
