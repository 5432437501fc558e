import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { verifyPassword } from './passwords.ts';

/**
 * Re-authentication for the changes that hand out the most power (a new admin, a new API key): a session
 * left open on someone's desk, or a forged request riding it, does not know the password. The system actor
 * (first start, CLI) has no password and is not asked.
 */
export async function confirmPassword(db: Db, actor: Actor, currentPassword: string | undefined) {
  if (actor.type === 'system') return;
  if (actor.type !== 'user' || !actor.id)
    throw new AppError('forbidden', 'Only a person signed in as an admin can do this; API keys cannot');
  if (!currentPassword)
    throw new AppError('validation_failed', 'Enter your current password to confirm', [
      { path: ['current_password'], message: 'is required to confirm' },
    ]);
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.id)
    .executeTakeFirst();
  if (!row || !(await verifyPassword(currentPassword, row.password_hash)))
    throw new AppError('validation_failed', 'The current password is incorrect', [
      { path: ['current_password'], message: 'incorrect password' },
    ]);
}
