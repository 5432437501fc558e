import type { CreateUserInput, User } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from './actor.ts';
import { hashPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { toUser, USER_COLUMNS } from './users.ts';

export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<User> {
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
