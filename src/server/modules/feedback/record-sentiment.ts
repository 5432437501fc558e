import type { z } from 'zod';
import type { createSentimentInput } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { lockAccount } from '../accounts/account-queries.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { type CsmSentiment, toCsmSentiment } from './feedback.ts';

/** The CSM's judgement of an account, with the reason and an optional expiry after which it stops counting. */
export async function recordSentiment(
  db: Db,
  actor: Actor,
  accountId: string,
  input: z.output<typeof createSentimentInput>,
): Promise<CsmSentiment> {
  if (input.expires_at && new Date(input.expires_at) <= new Date())
    throw new AppError('validation_failed', 'The sentiment would already have expired', [
      { path: ['expires_at'], message: 'must be in the future' },
    ]);
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, accountId);
    const row = await trx
      .insertInto('csm_sentiments')
      .values({ ...input, account_id: accountId, author_id: actor.type === 'user' ? actor.id : null })
      .returningAll()
      .executeTakeFirstOrThrow();
    const sentiment = toCsmSentiment({ ...row, author_name: actor.label });
    await markHealthDirty(trx, [accountId]);
    await recordAudit(trx, actor, {
      action: 'sentiment.recorded',
      entityType: 'sentiment',
      entityId: sentiment.id,
      after: sentiment,
    });
    return sentiment;
  });
}
