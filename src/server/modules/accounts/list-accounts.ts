import { type ExpressionBuilder, sql } from 'kysely';
import type { Account, AccountListQuery } from '../../../shared/accounts.ts';
import type { Db } from '../../db/client.ts';
import type { DB } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { accountSortSql, containsPattern, searchText, selectAccounts, toAccount } from './account-queries.ts';

const SORT_TYPES: Record<AccountListQuery['sort'], string> = {
  name: 'text',
  arr: 'bigint',
  renewal_date: 'date',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  health: 'double precision',
};

type Filters = Omit<AccountListQuery, 'sort' | 'order' | 'cursor' | 'limit'>;
type Eb = ExpressionBuilder<DB & { a: DB['accounts'] }, 'a'>;

function filterAccounts(eb: Eb, f: Filters) {
  const and = [];
  if (f.q) and.push(eb(searchText, 'like', containsPattern(f.q)));
  if (f.segment?.length) and.push(eb('a.segment', 'in', f.segment));
  if (f.tier?.length) and.push(eb('a.tier', 'in', f.tier));
  if (f.coverage_model?.length) and.push(eb('a.coverage_model', 'in', f.coverage_model));
  if (f.lifecycle_stage?.length) and.push(eb('a.lifecycle_stage', 'in', f.lifecycle_stage));
  if (f.owner_id?.length) and.push(eb('a.owner_id', 'in', f.owner_id));
  if (f.parent_id) and.push(eb('a.parent_id', '=', f.parent_id));
  if (f.arr_min !== undefined) and.push(eb('a.arr', '>=', f.arr_min));
  if (f.arr_max !== undefined) and.push(eb('a.arr', '<=', f.arr_max));
  if (f.renewal_from) and.push(eb('a.renewal_date', '>=', f.renewal_from));
  if (f.renewal_to) and.push(eb('a.renewal_date', '<=', f.renewal_to));
  return eb.and(and);
}

/**
 * Keyset pagination on (sort key, id): every page costs the same, however deep the user scrolls.
 * The total rides along with the page as an uncorrelated subquery (evaluated once): one statement, one
 * round trip and one snapshot for both. Counting is the expensive part on a large table; the single-column
 * indexes on the filter columns let the planner count from an index-only scan.
 */
export async function listAccounts(
  db: Db,
  query: AccountListQuery,
): Promise<{ data: Account[]; next_cursor: string | null; total: number }> {
  const { sort, order, cursor, limit, ...filters } = query;
  const key = sql.raw(accountSortSql(sort, order));
  const dir = sql.raw(order);
  const count = db
    .selectFrom('accounts as a')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => filterAccounts(eb, filters));
  let page = selectAccounts(db)
    // As text: timestamps keep their microseconds, which a JS Date would drop.
    .select(sql<string>`(${key})::text`.as('sort_key'))
    .select(count.as('total'))
    .where((eb) => filterAccounts(eb, filters))
    .orderBy(sql`${key} ${dir}`)
    .orderBy(sql`a.id ${dir}`)
    .limit(limit + 1);
  if (cursor) {
    const [value, id] = decodeCursor(cursor, 2);
    const op = sql.raw(order === 'asc' ? '>' : '<');
    const type = sql.raw(SORT_TYPES[sort]);
    page = page.where(
      sql<boolean>`(${key}, a.id) ${op} (cast(${String(value)} as ${type}), cast(${String(id)} as uuid))`,
    );
  }
  const rows = await page.execute();
  // No rows: without a cursor nothing matches, so the total is 0; past the last page it still needs counting.
  const total = rows[0]?.total ?? (cursor ? (await count.executeTakeFirstOrThrow()).n : 0);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    data: rows.slice(0, limit).map(({ sort_key: _, total: __, ...row }) => toAccount(row)),
    next_cursor: last ? encodeCursor([last.sort_key, last.id]) : null,
    total: Number(total),
  };
}
