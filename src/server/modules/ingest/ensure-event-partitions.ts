import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';

// Per database handle: a process may open more than one database (tests, tools).
const knownByDb = new WeakMap<Db, Set<string>>();

/** 'YYYY-MM' of each timestamp, UTC. */
export const monthsOf = (timestamps: string[]) => [
  ...new Set(timestamps.map((t) => new Date(t).toISOString().slice(0, 7))),
];

/**
 * Creates the monthly partitions of raw_events that a batch needs, each in its own short transaction
 * before the batch's: DDL inside the ingest transaction would hold a lock on raw_events for its length.
 * Two processes racing to create one month is harmless: the loser finds it made and carries on.
 */
export async function ensureEventPartitions(db: Db, months: string[]): Promise<void> {
  const known = knownByDb.get(db) ?? new Set<string>();
  knownByDb.set(db, known);
  for (const month of months) {
    if (known.has(month)) continue;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const from = `${month}-01`;
    const to = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    const name = sql.raw(`raw_events_${month.replace('-', '_')}`);
    try {
      await sql`create table if not exists ${name} partition of raw_events for values from (${sql.lit(from)}) to (${sql.lit(to)})`.execute(
        db,
      );
    } catch (err) {
      if (!(await partitionExists(db, `raw_events_${month.replace('-', '_')}`))) throw err;
    }
    known.add(month);
  }
}

async function partitionExists(db: Db, name: string) {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_class where relname = ${name}`.execute(db);
  return (rows[0]?.n ?? 0) > 0;
}

/** Forgets a month, for retention after it drops that partition. */
export function forgetPartition(db: Db, month: string) {
  knownByDb.get(db)?.delete(month);
}
