import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import { recomputeHealth } from './recompute-health.ts';

/** How long an account whose recompute failed waits before it is tried again. */
const SET_ASIDE = '15 minutes';

/**
 * Recomputes a slice of accounts whose inputs changed; returns how many it took. One account that cannot
 * be recomputed (a bug, not bad input) must not hold back the rest: a failing slice is halved until the
 * failing accounts are found, logged and set aside for a later retry.
 */
export async function drainHealthDirty(db: Db, limit = 1000, logger?: Logger): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ account_id: string }>`
      delete from health_dirty where account_id in (
        select account_id from health_dirty where marked_at <= now()
        order by marked_at limit ${limit} for update skip locked)
      returning account_id`.execute(trx);
    await recomputeOrBisect(
      trx,
      rows.map((r) => r.account_id),
      logger,
    );
    return rows.length;
  });
}

async function recomputeOrBisect(trx: Db, ids: string[], logger: Logger | undefined): Promise<void> {
  if (ids.length === 0) return;
  await sql`savepoint health_slice`.execute(trx);
  try {
    await recomputeHealth(trx, ids);
    await sql`release savepoint health_slice`.execute(trx);
    return;
  } catch (err) {
    await sql`rollback to savepoint health_slice`.execute(trx);
    await sql`release savepoint health_slice`.execute(trx);
    if (ids.length === 1) {
      logger?.error(
        { err, account_id: ids[0] },
        `health recompute failed; retrying the account in ${SET_ASIDE}`,
      );
      await sql`insert into health_dirty (account_id, marked_at) values (${ids[0]}::uuid, now() + ${SET_ASIDE}::interval)
        on conflict (account_id) do nothing`.execute(trx);
      return;
    }
  }
  const half = Math.ceil(ids.length / 2);
  await recomputeOrBisect(trx, ids.slice(0, half), logger);
  await recomputeOrBisect(trx, ids.slice(half), logger);
}
