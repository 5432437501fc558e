import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';

export interface LoginKeys {
  email: string;
  address: string;
}

/**
 * Login attempts per email and per client address within a sliding window, counted in the database
 * (table login_attempts) so every API process shares them. An attempt is counted before the password is
 * hashed, in one upsert that also decides: the row lock of ON CONFLICT DO UPDATE makes concurrent attempts on
 * one key take turns, so 30 attempts at once cannot all pass a check that none of them has recorded yet.
 */
export class LoginRateLimiter {
  constructor(
    private readonly maxFailures: number,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Counts this attempt; throws rate_limited (429) if the email or the address was already at its limit. */
  async attempt(db: Db, keys: LoginKeys): Promise<void> {
    await this.prune(db);
    const window = sql`make_interval(secs => ${this.windowMs / 1000})`;
    const recent = sql`array(select t from unnest(la.attempts) t where t > now() - ${window} order by t)`;
    // An address may be a whole office behind one proxy: it gets more room than a single email.
    const max = sql`case when la.key like 'ip:%' then ${this.maxFailures * 5}::int else ${this.maxFailures}::int end`;
    const { rows } = await sql<{ refused: boolean; retry_after: number }>`
      insert into login_attempts as la (key, attempts, updated_at)
      values (${emailKey(keys)}, array[now()], now()), (${addressKey(keys)}, array[now()], now())
      on conflict (key) do update set
        refused = cardinality(${recent}) >= ${max},
        attempts = case when cardinality(${recent}) >= ${max} then ${recent} else ${recent} || now() end,
        updated_at = now()
      returning refused, ceil(extract(epoch from la.attempts[1] + ${window} - now()))::int as retry_after`.execute(
      db,
    );
    const refused = rows.filter((r) => r.refused);
    if (refused.length) {
      throw new AppError('rate_limited', 'Too many failed logins; try again later', {
        retry_after_seconds: Math.max(1, ...refused.map((r) => r.retry_after)),
      });
    }
  }

  /** A right password clears the email's failures and gives the address back the attempt it counted. */
  async succeed(db: Db, keys: LoginKeys): Promise<void> {
    await db.deleteFrom('login_attempts').where('key', '=', emailKey(keys)).execute();
    await sql`update login_attempts set attempts = attempts[1:cardinality(attempts) - 1]
      where key = ${addressKey(keys)}`.execute(db);
  }

  /**
   * Drops keys with no attempt inside the window. SKIP LOCKED: a row another login is counting on is left for
   * the next prune, so pruning never waits on (or deadlocks with) a login.
   */
  private async prune(db: Db) {
    await sql`delete from login_attempts where key in (
      select key from login_attempts where updated_at < now() - make_interval(secs => ${this.windowMs / 1000})
      order by updated_at limit 500 for update skip locked)`.execute(db);
  }
}

const emailKey = (keys: LoginKeys) => `email:${keys.email.toLowerCase()}`;
const addressKey = (keys: LoginKeys) => `ip:${keys.address}`;
