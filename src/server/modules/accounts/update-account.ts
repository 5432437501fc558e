import { sql } from 'kysely';
import type { Account, UpdateAccountInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { deriveArrMovements } from '../revenue/derive-arr-movements.ts';
import { signalAccountChanges } from '../signals/signal-record-changes.ts';
import { getAccount, lockAccount } from './account-queries.ts';

/** PATCH semantics: fields present are set; `custom` replaces the whole custom-field object. */
export async function updateAccount(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateAccountInput,
): Promise<Account> {
  return db.transaction().execute((trx) => updateAccountInTransaction(trx, actor, id, input));
}

/** Why a change was made, when another use-case makes it (a rebalance, an import): kept in the audit entry. */
export interface AccountChangeContext {
  action: string;
  reason?: string | null;
}

/**
 * The same change inside a caller's transaction, so a use-case that moves many accounts (a rebalance) commits
 * them all or none, and each one is still audited, marks health dirty and fires field-change signals.
 */
export async function updateAccountInTransaction(
  trx: Db,
  actor: Actor,
  id: string,
  input: UpdateAccountInput,
  context: AccountChangeContext = { action: 'account.updated' },
): Promise<Account> {
  await lockAccount(trx, id);
  const before = await getAccount(trx, id);
  if (Object.keys(input).length === 0) return before;
  if (input.parent_id) await assertNoCycle(trx, id, input.parent_id);
  const { custom, ...fields } = input;
  await trx
    .updateTable('accounts')
    .set({ ...fields, ...(custom ? { custom: JSON.stringify(custom) } : {}) })
    .where('id', '=', id)
    .execute();
  const after = await getAccount(trx, id);
  await markHealthDirty(trx, [id]);
  // Movements are kept in the account's currency: a new currency restates them.
  if (after.currency !== before.currency) await deriveArrMovements(trx, [id]);
  await recordAudit(trx, actor, {
    action: context.action,
    entityType: 'account',
    entityId: id,
    before,
    after: context.reason === undefined ? after : { ...after, reason: context.reason },
  });
  await signalAccountChanges(trx, before, after);
  return after;
}

/** A parent may not be the account itself or one of its descendants. */
async function assertNoCycle(trx: Db, id: string, parentId: string) {
  const { rows } = await sql<{ id: string }>`
    with recursive ancestors(id, depth) as (
      select ${parentId}::uuid, 0
      union all
      select a.parent_id, ancestors.depth + 1 from accounts a join ancestors on a.id = ancestors.id
      where a.parent_id is not null and ancestors.depth < 100
    )
    select id from ancestors where id = ${id}::uuid limit 1`.execute(trx);
  if (rows.length > 0) {
    throw new AppError('validation_failed', 'An account cannot be its own parent or ancestor', [
      { path: ['parent_id'], message: 'would create a cycle' },
    ]);
  }
}
