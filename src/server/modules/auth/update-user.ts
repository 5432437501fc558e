import type { UpdateUserInput, User } from '../../../shared/auth.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { confirmPassword } from './confirm-password.ts';
import { hashPassword } from './passwords.ts';
import { assertMayManageCredentials } from './permissions.ts';
import { recordAudit } from './record-audit.ts';
import { deleteUserSessions } from './sessions.ts';
import { toUser, USER_COLUMNS } from './users.ts';

export async function updateUser(db: Db, actor: Actor, id: string, input: UpdateUserInput): Promise<User> {
  const { password, current_password, ...fields } = input;
  // Name, language and deactivation may come from an HR sync key; rights and passwords only from a person.
  if (fields.role !== undefined || password !== undefined)
    assertMayManageCredentials(actor, 'credentials:manage');
  if (fields.role === 'admin') await confirmPassword(db, actor, current_password);
  const password_hash = password ? await hashPassword(password) : undefined;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('User');
    await assertAdminRemains(trx, before, fields);
    const row = await trx
      .updateTable('users')
      .set({ ...fields, ...(password_hash ? { password_hash } : {}) })
      .where('id', '=', id)
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    // A deactivated user or a reset password ends every session of that user.
    if (fields.active === false || password_hash) await deleteUserSessions(trx, id);
    const after = toUser(row);
    const change = password_hash ? { ...after, password: 'changed' } : after;
    await recordAudit(trx, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: toUser(before),
      after: change,
    });
    return after;
  });
}

/** Tend must always keep one active admin, or nobody could manage users again. */
async function assertAdminRemains(
  trx: Db,
  before: { id: string; role: string; active: boolean },
  fields: UpdateUserInput,
) {
  const losesAdmin =
    before.role === 'admin' &&
    before.active &&
    ((fields.role && fields.role !== 'admin') || fields.active === false);
  if (!losesAdmin) return;
  const others = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .where('id', '<>', before.id)
    .executeTakeFirstOrThrow();
  if (Number(others.n) === 0)
    throw new AppError('conflict', 'Tend needs at least one active admin; make another user admin first');
}
