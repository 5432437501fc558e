import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { deleteUserSessions } from './sessions.ts';

/** Changing the password ends the user's other sessions: whoever knew the old one is logged out. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { current_password: string; new_password: string },
) {
  if (actor.type !== 'user' || !actor.id)
    throw new AppError('forbidden', 'Only a logged-in user can change a password');
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.current_password, row.password_hash))) {
    throw new AppError('validation_failed', 'The current password is incorrect', [
      { path: ['current_password'], message: 'incorrect password' },
    ]);
  }
  const hash = await hashPassword(input.new_password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash })
      .where('id', '=', actor.id as string)
      .execute();
    await deleteUserSessions(trx, actor.id as string, actor.sessionId);
    await recordAudit(trx, actor, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: actor.id,
    });
  });
}
