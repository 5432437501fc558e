import type { LoginInput, Session } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { systemActor } from './actor.ts';
import type { LoginRateLimiter } from './login-rate-limit.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { createSession } from './sessions.ts';
import { toUser, USER_COLUMNS } from './users.ts';

export interface LogInContext {
  db: Db;
  limiter: LoginRateLimiter;
  sessionDays: number;
  clientAddress: string;
  userAgent: string | null;
}

export async function logIn(ctx: LogInContext, input: LoginInput): Promise<Session & { token: string }> {
  const keys = { email: input.email, address: ctx.clientAddress };
  // Counted before hashing, so concurrent wrong passwords cannot all be tried before the first is recorded.
  await ctx.limiter.attempt(ctx.db, keys);
  const row = await ctx.db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('email', '=', input.email)
    .executeTakeFirst();
  // Unknown emails cost the same hashing time, so timing doesn't reveal which emails exist.
  const ok = await verifyPassword(input.password, row?.password_hash ?? (await dummyPasswordHash()));
  if (!row || !ok || !row.active) {
    // Who tried which email from where (never the password): the trail of a guessing attack.
    await recordAudit(ctx.db, systemActor('login'), {
      action: 'user.login_failed',
      entityType: 'user',
      entityId: row?.id ?? null,
      after: { email: input.email, client_address: ctx.clientAddress },
    });
    throw new AppError('invalid_credentials', 'Email or password is incorrect');
  }
  await ctx.limiter.succeed(ctx.db, keys);
  // The session, the last-login time and the audit entry commit together.
  return ctx.db.transaction().execute(async (trx) => {
    const { token, csrfToken } = await createSession(trx, row.id, ctx.sessionDays, ctx.userAgent);
    const updated = await trx
      .updateTable('users')
      .set({ last_login_at: new Date() })
      .where('id', '=', row.id)
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    const user = toUser(updated);
    await recordAudit(
      trx,
      { type: 'user', id: user.id, label: user.name, role: user.role, permissions: new Set() },
      {
        action: 'user.logged_in',
        entityType: 'user',
        entityId: user.id,
        after: { client_address: ctx.clientAddress, user_agent: ctx.userAgent },
      },
    );
    return { user, csrf_token: csrfToken, token };
  });
}
