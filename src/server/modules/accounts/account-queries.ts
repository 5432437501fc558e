import { sql } from 'kysely';
import type { Account, AccountSort } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

/** Sort keys as indexed in the foundation migration; names sort case-blind and the same on both backends. */
const SORT_SQL: Record<Exclude<AccountSort, 'health'>, string> = {
  name: 'lower(a.name) collate "C"',
  arr: 'a.arr',
  renewal_date: "coalesce(a.renewal_date, date '9999-12-31')",
  created_at: 'a.created_at',
  updated_at: 'a.updated_at',
};

/** The sort key's SQL. Accounts not scored yet come last in either direction, after the worst or the best. */
export function accountSortSql(sort: AccountSort, order: 'asc' | 'desc'): string {
  if (sort === 'health') return order === 'asc' ? 'coalesce(h.score, 1000)' : 'coalesce(h.score, -1)';
  return SORT_SQL[sort];
}

export function selectAccounts(db: Db) {
  return (
    db
      .selectFrom('accounts as a')
      .leftJoin('users as o', 'o.id', 'a.owner_id')
      .leftJoin('accounts as p', 'p.id', 'a.parent_id')
      // One row per account at most (its primary key), so the join never multiplies or filters the list.
      .leftJoin('account_health as h', 'h.account_id', 'a.id')
      .select([
        'a.id',
        'a.name',
        'a.external_id',
        'a.domain',
        'a.parent_id',
        'p.name as parent_name',
        'a.segment',
        'a.tier',
        'a.coverage_model',
        'a.lifecycle_stage',
        'a.owner_id',
        'o.name as owner_name',
        'a.arr',
        'a.currency',
        'a.renewal_date',
        'a.custom',
        'a.contact_count',
        'a.created_at',
        'a.updated_at',
        'h.score as health_score',
        'h.color as health_color',
        // Monthly active users from the usage rollup: one index range scan per listed account.
        sql<number>`(select count(distinct u.user_id)::int from usage_user_days u
        where u.account_id = a.id and u.day > current_date - 30)`.as('active_users_30d'),
      ])
  );
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof selectAccounts>['executeTakeFirstOrThrow']>>;

export function toAccount(row: AccountRow): Account {
  return {
    ...row,
    coverage_model: row.coverage_model as Account['coverage_model'],
    lifecycle_stage: row.lifecycle_stage as Account['lifecycle_stage'],
    health_color: row.health_color as Account['health_color'],
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export async function getAccount(db: Db, id: string): Promise<Account> {
  const row = await selectAccounts(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Account');
  return toAccount(row);
}

/** Locks the account row for the rest of the transaction: serialises changes to one account's team. */
export async function lockAccount(trx: Db, id: string) {
  const row = await trx
    .selectFrom('accounts')
    .select(['id', 'currency'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Account');
  return row;
}

/** LIKE pattern for a user's search text, with its wildcards taken literally. */
export function containsPattern(q: string) {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

export const searchText = sql<string>`lower(a.name || ' ' || coalesce(a.domain, '') || ' ' || coalesce(a.external_id, ''))`;
