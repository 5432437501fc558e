import type { CreatePlaybookInput, Playbook } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { toPlaybook } from './playbook-library.ts';

/** A custom playbook, written in one language (the built-in library carries all four). */
export async function createPlaybook(db: Db, actor: Actor, input: CreatePlaybookInput): Promise<Playbook> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('playbooks')
      .values({ ...input, steps: JSON.stringify(input.steps) })
      .returningAll()
      .executeTakeFirstOrThrow();
    const playbook = toPlaybook(row);
    await recordAudit(trx, actor, {
      action: 'playbook.created',
      entityType: 'playbook',
      entityId: row.id,
      after: input,
    });
    return playbook;
  });
}
