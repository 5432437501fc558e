import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

/**
 * Queues accounts for a health recompute within seconds. Call it in the transaction of the change
 * (usage rollup, contract, survey, ticket, sentiment, account field), so a committed change is never missed.
 */
export async function markHealthDirty(trx: Db, accountIds: readonly string[]): Promise<void> {
  if (accountIds.length === 0) return;
  await sql`
    insert into health_dirty (account_id) select distinct unnest(${[...accountIds]}::uuid[])
    on conflict (account_id) do update set marked_at = now()
    -- An account set aside after a failed recompute is retried at once when its inputs change again.
    where health_dirty.marked_at > now()`.execute(trx);
}
