import type { Locale, User } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './record-audit.ts';
import { toUser, USER_COLUMNS } from './users.ts';

export async function updateMe(
  db: Db,
  actor: Actor,
  input: { name?: string; locale?: Locale },
): Promise<User> {
  const id = actor.type === 'user' ? actor.id : null;
  if (!id) throw new AppError('forbidden', 'Only a logged-in user has a profile');
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (Object.keys(input).length === 0) return toUser(before);
    const row = await trx
      .updateTable('users')
      .set(input)
      .where('id', '=', id)
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: toUser(before),
      after: toUser(row),
    });
    return toUser(row);
  });
}

export async function getMe(db: Db, actor: Actor) {
  const id = actor.type === 'user' ? actor.id : null;
  if (!id) throw new AppError('forbidden', 'API keys have no session; use a browser session');
  const row = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { user: toUser(row), csrf_token: actor.csrfToken ?? '' };
}
