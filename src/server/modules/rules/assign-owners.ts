import { sql } from 'kysely';
import type { RuleAction } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';
import { updateAccounts } from '../accounts/update-accounts.ts';
import { systemActor } from '../auth/actor.ts';

type AssignAction = Extract<RuleAction, { type: 'assign_owner' }>;

interface Candidate {
  id: string;
  accounts: number;
  arr: number;
}

/**
 * Gives the fired accounts an owner among active CSMs and CS managers. The pick is greedy in memory over
 * the (few) people, so each account sees the loads after the ones before it; the write is one statement.
 */
export async function assignOwners(
  trx: Db,
  rule: { id: string; name: string; state: Record<string, unknown> },
  action: AssignAction,
  accountIds: string[],
): Promise<number> {
  const targets = await trx
    .selectFrom('accounts')
    .select(['id', 'arr'])
    .where('id', 'in', accountIds)
    .$if(!action.overwrite, (q) => q.where('owner_id', 'is', null))
    .orderBy('id')
    .execute();
  if (!targets.length) return 0;
  const people = await sql<Candidate>`
    select u.id, count(a.id)::int as accounts, coalesce(sum(a.arr), 0)::bigint as arr
    from users u left join accounts a on a.owner_id = u.id
    where u.active and u.role in ('csm', 'cs_manager') group by u.id order by u.id`.execute(trx);
  const pool = people.rows;
  if (!pool.length) return 0;
  const picks: { id: string; owner: string }[] = [];
  let last = typeof rule.state.round_robin_last === 'string' ? rule.state.round_robin_last : '';
  for (const account of targets) {
    const owner = pick(action, pool, last, account.arr);
    if (!owner) break;
    picks.push({ id: account.id, owner: owner.id });
    owner.accounts += 1;
    owner.arr += account.arr;
    last = owner.id;
  }
  // Through the accounts module, so health is marked dirty, the change audited and owner_id changes signalled.
  await updateAccounts(
    trx,
    systemActor('rules'),
    picks.map((p) => ({ id: p.id, set: { owner_id: p.owner } })),
    { action: 'account.updated', reason: `rule: ${rule.name}` },
  );
  if (action.strategy === 'round_robin')
    await sql`update rules set state = state || jsonb_build_object('round_robin_last', ${last}::text)
      where id = ${rule.id}::uuid`.execute(trx);
  return picks.length;
}

function pick(action: AssignAction, pool: Candidate[], last: string, _arr: number): Candidate | undefined {
  if (action.strategy === 'named') return pool.find((p) => p.id === action.user_id);
  if (action.strategy === 'round_robin') return pool.find((p) => p.id > last) ?? pool[0];
  const key = action.strategy === 'least_arr' ? 'arr' : 'accounts';
  return pool.reduce((best, p) => (p[key] < best[key] ? p : best));
}
