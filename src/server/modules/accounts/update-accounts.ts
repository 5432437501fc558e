import type { Account, UpdateAccountInput } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudits } from '../auth/record-audit.ts';
import { markHealthDirty } from '../health/mark-health-dirty.ts';
import { deriveArrMovements } from '../revenue/derive-arr-movements.ts';
import { signalAccountsChanges } from '../signals/signal-record-changes.ts';
import { selectAccounts, toAccount } from './account-queries.ts';
import type { AccountChangeContext } from './update-account.ts';

/** Columns a batch change may set (what rules set: an owner, a field); `custom` and `parent_id` go one by one. */
export type AccountBatchFields = Omit<UpdateAccountInput, 'custom' | 'parent_id'>;

export interface AccountChange {
  id: string;
  set: AccountBatchFields;
}

/**
 * Many accounts changed at once, inside the caller's transaction, with what updateAccount guarantees for
 * one: health marked dirty, ARR movements re-derived when the currency changed, an audit entry each, and
 * field-change signals for the rules. One update per distinct change (a rule sets one value for all its
 * accounts; an owner assignment has one per owner), and a handful of statements for the rest.
 * Returns the accounts after the change.
 */
export async function updateAccounts(
  trx: Db,
  actor: Actor,
  changes: AccountChange[],
  context: AccountChangeContext = { action: 'account.updated' },
): Promise<Account[]> {
  const wanted = changes.filter((c) => Object.keys(c.set).length > 0);
  if (!wanted.length) return [];
  const ids = [...new Set(wanted.map((c) => c.id))].sort();
  // Locked in id order, so two batches over the same accounts wait for each other instead of deadlocking.
  await trx.selectFrom('accounts').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  const before = await readAccounts(trx, ids);
  for (const [fields, groupIds] of groupByFields(wanted))
    await trx.updateTable('accounts').set(fields).where('id', 'in', groupIds).execute();
  const after = await readAccounts(trx, ids);
  const pairs = ids.flatMap((id) => {
    const b = before.get(id);
    const a = after.get(id);
    return b && a ? [{ before: b, after: a }] : [];
  });
  await markHealthDirty(trx, ids);
  // Movements are kept in the account's currency: a new currency restates them.
  const restated = pairs.filter((p) => p.after.currency !== p.before.currency).map((p) => p.after.id);
  if (restated.length) await deriveArrMovements(trx, restated);
  await recordAudits(
    trx,
    actor,
    pairs.map(({ before: b, after: a }) => ({
      action: context.action,
      entityType: 'account',
      entityId: a.id,
      before: b,
      after: context.reason === undefined ? a : { ...a, reason: context.reason },
    })),
  );
  await signalAccountsChanges(trx, pairs);
  return pairs.map((p) => p.after);
}

async function readAccounts(trx: Db, ids: string[]): Promise<Map<string, Account>> {
  const rows = await selectAccounts(trx).where('a.id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, toAccount(r)]));
}

function groupByFields(changes: AccountChange[]): [AccountBatchFields, string[]][] {
  const groups = new Map<string, { fields: AccountBatchFields; ids: string[] }>();
  for (const c of changes) {
    const key = JSON.stringify(Object.entries(c.set).sort(([a], [b]) => (a < b ? -1 : 1)));
    const group = groups.get(key) ?? { fields: c.set, ids: [] };
    group.ids.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => [g.fields, g.ids]);
}
