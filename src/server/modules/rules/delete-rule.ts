import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

/** Its CTAs stay, with their reason; they just no longer point at the rule. */
export async function deleteRule(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('rules')
      .where('id', '=', id)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!row) throw notFound('Rule');
    await recordAudit(trx, actor, { action: 'rule.deleted', entityType: 'rule', entityId: id, before: row });
  });
}
