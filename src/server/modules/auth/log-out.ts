import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './record-audit.ts';
import { deleteSession } from './sessions.ts';

/** Ends this session (the cookie's token), recorded in the audit log in the same transaction. */
export async function logOut(db: Db, actor: Actor, token: string | undefined): Promise<void> {
  if (actor.type !== 'user') throw new AppError('forbidden', 'API keys have no session to end');
  await db.transaction().execute(async (trx) => {
    if (token) await deleteSession(trx, token);
    await recordAudit(trx, actor, { action: 'user.logged_out', entityType: 'user', entityId: actor.id });
  });
}
