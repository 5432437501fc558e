import type { CreateUserInput, User } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from './actor.ts';
import { confirmPassword } from './confirm-password.ts';
import { hashPassword } from './passwords.ts';
import { assertMayManageCredentials } from './permissions.ts';
import { recordAudit } from './record-audit.ts';
import { toUser, USER_COLUMNS } from './users.ts';

export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<User> {
  // A new user comes with a password, so it is a new login: people only, and an admin needs re-entry.
  assertMayManageCredentials(actor, 'credentials:manage');
  if (input.role === 'admin') await confirmPassword(db, actor, input.current_password);
  const password_hash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('users')
      .values({ email: input.email, name: input.name, role: input.role, locale: input.locale, password_hash })
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    const user = toUser(row);
    await recordAudit(trx, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return user;
  });
}
