import type { RebalanceSuggestion } from '../../../shared/team.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';

const stale = (message: string, index: number) =>
  new AppError('conflict', message, [{ path: ['suggestions', String(index)], message }]);

/**
 * Applies suggestions all or nothing. A suggestion made against an owner who no longer owns the account is
 * stale and refused, so two managers applying the same list cannot move an account twice.
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
      .select(['id', 'owner_id', 'coverage_model'])
      .where('id', 'in', ids)
      .forUpdate()
      .execute();
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const owners = suggestions.flatMap((s) => (s.to_owner_id ? [s.to_owner_id] : []));
    const active = owners.length
      ? await trx
          .selectFrom('users')
          .select('id')
          .where('id', 'in', owners)
          .where('active', '=', true)
          .execute()
      : [];
    const activeIds = new Set(active.map((u) => u.id));
    for (const [i, s] of suggestions.entries()) {
      const account = byId.get(s.account_id);
      if (!account) throw new AppError('not_found', `Account ${s.account_id} not found`);
      if (account.owner_id !== s.from_owner_id)
        throw stale('The account has changed owner since the suggestion', i);
      if (s.to_owner_id && !activeIds.has(s.to_owner_id))
        throw stale('The new owner is not an active user', i);
      const change =
        s.kind === 'reassign'
          ? { owner_id: s.to_owner_id }
          : { coverage_model: s.to_coverage ?? account.coverage_model };
      await trx.updateTable('accounts').set(change).where('id', '=', s.account_id).execute();
      account.owner_id = s.kind === 'reassign' ? s.to_owner_id : account.owner_id;
      await recordAudit(trx, actor, {
        action: 'account.rebalanced',
        entityType: 'account',
        entityId: s.account_id,
        before: { owner_id: s.from_owner_id, coverage_model: account.coverage_model },
        after: { ...change, reason: s.reason ?? null },
      });
    }
    return { applied: suggestions.length };
  });
}
