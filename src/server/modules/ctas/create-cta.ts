import type { CreateCtaInput, Cta } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { createPlaybookTasks } from './create-playbook-tasks.ts';
import { getCta } from './cta-queries.ts';
import { findPlaybook } from './playbook-library.ts';

/** A CTA opened by hand: the reason is the person who opened it and their note. */
export async function createCta(db: Db, actor: Actor, input: CreateCtaInput): Promise<Cta> {
  const playbook = input.playbook ? await findPlaybook(db, input.playbook) : undefined;
  if (input.playbook && !playbook)
    throw new AppError('validation_failed', 'No such playbook', [
      { path: ['playbook'], message: 'does not exist', code: 'invalid_reference' },
    ]);
  return db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('accounts')
      .select('owner_id')
      .where('id', '=', input.account_id)
      .executeTakeFirst();
    if (!account) throw notFound('Account');
    const row = await trx
      .insertInto('ctas')
      .values({
        account_id: input.account_id,
        type: input.type,
        priority: input.priority,
        title: input.title,
        owner_id: input.owner_id === undefined ? account.owner_id : input.owner_id,
        due_date: input.due_date ?? null,
        playbook: input.playbook ?? null,
        reason: JSON.stringify({ note: input.note ?? '', opened_by: actor.label, fired_at: new Date() }),
      })
      .returning(['id', 'account_id', 'owner_id'])
      .executeTakeFirstOrThrow();
    if (playbook) await createPlaybookTasks(trx, playbook, [row]);
    const cta = await getCta(trx, row.id);
    await recordAudit(trx, actor, { action: 'cta.created', entityType: 'cta', entityId: cta.id, after: cta });
    return cta;
  });
}
