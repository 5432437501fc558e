import type { LoginInput, Session } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { LoginRateLimiter } from './login-rate-limit.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
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
    throw new AppError('invalid_credentials', 'Email or password is incorrect');
  }
  await ctx.limiter.succeed(ctx.db, keys);
  const { token, csrfToken } = await createSession(ctx.db, row.id, ctx.sessionDays, ctx.userAgent);
  const updated = await ctx.db
    .updateTable('users')
    .set({ last_login_at: new Date() })
    .where('id', '=', row.id)
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
  return { user: toUser(updated), csrf_token: csrfToken, token };
}
