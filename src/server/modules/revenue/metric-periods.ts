import { type RawBuilder, sql } from 'kysely';
import type { GroupBy, Interval, MetricsFilters } from '../../../shared/revenue.ts';

export interface Period {
  start: string;
  end: string;
}

const MONTHS: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

// Calendar arithmetic on YYYY-MM-DD strings through UTC, so the buckets never depend on the process time zone.
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar months, quarters or years that meet [from, to], clipped to it; the first starts at `from`. */
export function periodsOf(from: string, to: string, interval: Interval): Period[] {
  const step = MONTHS[interval];
  const f = new Date(`${from}T00:00:00Z`);
  const firstMonth = Math.floor(f.getUTCMonth() / step) * step;
  let cursor = new Date(Date.UTC(f.getUTCFullYear(), firstMonth, 1));
  const periods: Period[] = [];
  while (day(cursor) <= to) {
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + step, 1));
    const last = day(new Date(next.getTime() - 86_400_000));
    const start = day(cursor) < from ? from : day(cursor);
    periods.push({ start, end: last > to ? to : last });
    cursor = next;
  }
  return periods;
}

/** Whether a day is the first of a calendar month, quarter or year. */
export function isPeriodStart(date: string, interval: Interval): boolean {
  return date.slice(8) === '01' && (Number(date.slice(5, 7)) - 1) % MONTHS[interval] === 0;
}

/** The SQL key of a movement's period: the period start (clipped to `from`); null before `from`. */
export function periodKey(column: RawBuilder<unknown>, from: string, interval: Interval) {
  return sql<string | null>`case when ${column} < ${from}::date then null
    else greatest(date_trunc(${interval}, ${column}::timestamp)::date, ${from}::date)::text end`;
}

/** Groups by the account's current attribute; `csm` is the account owner, shown by name. */
export function groupExpression(groupBy: GroupBy) {
  switch (groupBy) {
    case 'none':
      return sql<string | null>`null::text`;
    case 'csm':
      return sql<string | null>`u.name`;
    default:
      return sql<string | null>`a.${sql.ref(groupBy)}::text`;
  }
}

/** The account filters, on an `accounts a` in scope. */
export function accountFilters(f: MetricsFilters) {
  const parts = [sql`true`];
  if (f.segment !== undefined) parts.push(sql`a.segment = ${f.segment}`);
  if (f.tier !== undefined) parts.push(sql`a.tier = ${f.tier}`);
  if (f.coverage_model !== undefined) parts.push(sql`a.coverage_model = ${f.coverage_model}`);
  if (f.owner_id !== undefined) parts.push(sql`a.owner_id = ${f.owner_id}`);
  return sql.join(parts, sql` and `);
}

/**
 * The movements (as `m`) with their accounts (`a`) and owners (`u`) joined only when a filter or the
 * grouping needs them: the whole book is the common case and the join costs a third of the query.
 */
export function movementsOf(q: MetricsFilters & { groupBy?: GroupBy }) {
  const filtered = [q.segment, q.tier, q.coverage_model, q.owner_id].some((f) => f !== undefined);
  const grouped = q.groupBy !== undefined && q.groupBy !== 'none';
  if (!filtered && !grouped) return sql`arr_movements m`;
  const owners = q.groupBy === 'csm' ? sql`left join users u on u.id = a.owner_id` : sql``;
  return sql`arr_movements m join accounts a on a.id = m.account_id ${owners}`;
}

export const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? null : numerator / denominator;
