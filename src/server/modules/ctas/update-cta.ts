import type { Cta, UpdateCtaInput } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { getCta } from './cta-queries.ts';

/** Status moves: open, in progress, snoozed until a day, closed with an outcome (and reopened). */
export async function updateCta(db: Db, actor: Actor, id: string, input: UpdateCtaInput): Promise<Cta> {
  return db.transaction().execute(async (trx) => {
    const before = await getCta(trx, id);
    const status = input.status ?? before.status;
    const closing = status === 'closed';
    if (input.outcome && !closing)
      throw new AppError('validation_failed', 'An outcome is only for a closed CTA', [
        { path: ['outcome'], message: 'set status to closed with it', code: 'invalid_value' },
      ]);
    if (closing && !input.outcome && !before.outcome)
      throw new AppError('validation_failed', 'Closing a CTA needs an outcome', [
        { path: ['outcome'], message: 'is required to close', code: 'missing_value' },
      ]);
    await trx
      .updateTable('ctas')
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.priority !== undefined ? { priority: input.priority } : {}),
        ...(input.owner_id !== undefined ? { owner_id: input.owner_id } : {}),
        ...(input.due_date !== undefined ? { due_date: input.due_date } : {}),
        status,
        snoozed_until: status === 'snoozed' ? (input.snoozed_until ?? before.snoozed_until) : null,
        outcome: closing ? (input.outcome ?? before.outcome) : null,
        closed_at: closing ? (before.status === 'closed' ? undefined : new Date()) : null,
      })
      .where('id', '=', id)
      .execute();
    const after = await getCta(trx, id);
    await recordAudit(trx, actor, { action: 'cta.updated', entityType: 'cta', entityId: id, before, after });
    return after;
  });
}
