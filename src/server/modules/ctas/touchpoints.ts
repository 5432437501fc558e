import { sql } from 'kysely';
import type { CreateTouchpointInput, Touchpoint } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

export async function listTouchpoints(db: Db, accountId: string): Promise<Touchpoint[]> {
  const account = await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  if (!account) throw notFound('Account');
  const { rows } = await sql<Touchpoint & { occurred_at: Date; created_at: Date }>`
    select t.id, t.account_id, t.type, t.occurred_at, t.author_id, u.name as author_name, t.contact_ids, t.summary,
      t.created_at
    from touchpoints t left join users u on u.id = t.author_id
    where t.account_id = ${accountId}::uuid order by t.occurred_at desc limit 200`.execute(db);
  return rows.map((r) => ({
    ...r,
    occurred_at: r.occurred_at.toISOString(),
    created_at: r.created_at.toISOString(),
  }));
}

/** A call, meeting, email or note with the account; its contacts must belong to the account. */
export async function createTouchpoint(
  db: Db,
  actor: Actor,
  accountId: string,
  input: CreateTouchpointInput,
): Promise<Touchpoint> {
  return db.transaction().execute(async (trx) => {
    const account = await trx
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!account) throw notFound('Account');
    if (input.contact_ids.length) {
      const found = await trx
        .selectFrom('contacts')
        .select('id')
        .where('account_id', '=', accountId)
        .where('id', 'in', input.contact_ids)
        .execute();
      if (found.length !== new Set(input.contact_ids).size)
        throw new AppError('validation_failed', 'A contact is not on this account', [
          { path: ['contact_ids'], message: 'must be contacts of this account', code: 'invalid_reference' },
        ]);
    }
    const row = await trx
      .insertInto('touchpoints')
      .values({
        account_id: accountId,
        type: input.type,
        occurred_at: input.occurred_at,
        author_id: actor.type === 'user' ? actor.id : null,
        contact_ids: input.contact_ids,
        summary: input.summary,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [touchpoint] = (await listTouchpoints(trx, accountId)).filter((t) => t.id === row.id);
    await recordAudit(trx, actor, {
      action: 'touchpoint.created',
      entityType: 'touchpoint',
      entityId: row.id,
      after: touchpoint,
    });
    return touchpoint as Touchpoint;
  });
}
