import type { RebalanceSuggestion } from '../../../shared/people.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { updateAccountInTransaction } from '../accounts/update-account.ts';
import type { Actor } from '../auth/actor.ts';

const stale = (message: string, index: number) =>
  new AppError('conflict', message, [{ path: ['suggestions', String(index)], message }]);

/**
 * Applies suggestions all or nothing. A suggestion made against an owner who no longer owns the account is
 * stale and refused, so two managers applying the same list cannot move an account twice. Each change goes
 * through the accounts use-case like any owner or coverage change: audited (as account.rebalanced, with the
 * suggestion's reason), health marked dirty and field-change signals fired for the rules.
 */
export async function applyRebalance(
  db: Db,
  actor: Actor,
  suggestions: RebalanceSuggestion[],
): Promise<{ applied: number }> {
  return db.transaction().execute(async (trx) => {
    const ids = [...new Set(suggestions.map((s) => s.account_id))];
    const accounts = await trx
      .selectFrom('accounts')
      .select(['id', 'owner_id'])
      .where('id', 'in', ids)
      .orderBy('id')
      .forUpdate()
      .execute();
    const owners = new Map(accounts.map((a) => [a.id, a.owner_id]));
    const activeIds = await activeUsers(trx, suggestions);
    for (const [i, s] of suggestions.entries()) {
      if (!owners.has(s.account_id)) throw new AppError('not_found', `Account ${s.account_id} not found`);
      if (owners.get(s.account_id) !== s.from_owner_id)
        throw stale('The account has changed owner since the suggestion', i);
      if (s.to_owner_id && !activeIds.has(s.to_owner_id))
        throw stale('The new owner is not an active user', i);
      const change =
        s.kind === 'reassign'
          ? { owner_id: s.to_owner_id }
          : s.to_coverage
            ? { coverage_model: s.to_coverage }
            : {};
      await updateAccountInTransaction(trx, actor, s.account_id, change, {
        action: 'account.rebalanced',
        reason: s.reason ?? null,
      });
      if (s.kind === 'reassign') owners.set(s.account_id, s.to_owner_id);
    }
    return { applied: suggestions.length };
  });
}

async function activeUsers(trx: Db, suggestions: RebalanceSuggestion[]): Promise<Set<string>> {
  const ids = suggestions.flatMap((s) => (s.to_owner_id ? [s.to_owner_id] : []));
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((u) => u.id));
}
