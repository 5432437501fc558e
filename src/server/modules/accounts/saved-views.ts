import type { SavedView } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

// Saved views are personal: each user sees and deletes only their own.
function ownerOf(actor: Actor): string {
  if (actor.type !== 'user' || !actor.id)
    throw new AppError('forbidden', 'Saved views belong to users; API keys have none');
  return actor.id;
}

const toView = (r: {
  id: string;
  name: string;
  query: Record<string, unknown>;
  created_at: Date;
}): SavedView => ({
  ...r,
  created_at: r.created_at.toISOString(),
});

export async function listSavedViews(db: Db, actor: Actor): Promise<SavedView[]> {
  const rows = await db
    .selectFrom('saved_views')
    .select(['id', 'name', 'query', 'created_at'])
    .where('user_id', '=', ownerOf(actor))
    .orderBy('created_at')
    .execute();
  return rows.map(toView);
}

export async function createSavedView(
  db: Db,
  actor: Actor,
  input: { name: string; query: Record<string, unknown> },
) {
  const userId = ownerOf(actor);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('saved_views')
      .values({ user_id: userId, name: input.name, query: JSON.stringify(input.query) })
      .returning(['id', 'name', 'query', 'created_at'])
      .executeTakeFirstOrThrow();
    const view = toView(row);
    await recordAudit(trx, actor, {
      action: 'saved_view.created',
      entityType: 'saved_view',
      entityId: view.id,
      after: view,
    });
    return view;
  });
}

export async function deleteSavedView(db: Db, actor: Actor, id: string) {
  const userId = ownerOf(actor);
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('saved_views')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returning(['id', 'name', 'query', 'created_at'])
      .executeTakeFirst();
    if (!row) throw notFound('Saved view');
    await recordAudit(trx, actor, {
      action: 'saved_view.deleted',
      entityType: 'saved_view',
      entityId: id,
      before: toView(row),
    });
  });
}
