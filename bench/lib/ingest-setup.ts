// Setting up and inspecting the ingest benchmark's database; see ../ingest.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/server/config.ts';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { accountExternalId } from './segment-events.ts';

export const BENCH_DB = 'tend_bench_ingest';

async function adminQuery(serverUrl: string, query: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database: a temporary data directory, or a scratch database on the server. */
export async function openScratchDatabase(
  name = BENCH_DB,
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase(loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' }));
    return {
      database,
      cleanup: async () => {
        await database.close();
        await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-bench-ingest-'));
  const database = await openDatabase(loadConfig({ TEND_DATA_DIR: dir, LOG_LEVEL: 'silent' })).catch(
    (err) => {
      fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    },
  );
  return {
    database,
    cleanup: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The accounts the events name (as a CRM sync would have made them), and one for the freshness probes. */
export async function seedAccounts(database: Database, accounts: number) {
  const ids = Array.from({ length: accounts }, (_, i) => accountExternalId(i));
  await database.pool.query(
    `insert into accounts (external_id, name) select x, 'Bench ' || x from unnest($1::text[]) as x`,
    [[...ids, 'bench-probe']],
  );
}

/** Share of all cores busy over one second while this process waits: other processes' load. */
export async function otherCpuLoad() {
  const sample = () =>
    os.cpus().reduce(
      (acc, c) => ({
        idle: acc.idle + c.times.idle,
        total: acc.total + Object.values(c.times).reduce((a, b) => a + b, 0),
      }),
      { idle: 0, total: 0 },
    );
  const before = sample();
  await new Promise((r) => setTimeout(r, 1000));
  const after = sample();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

/** Every acknowledged event is stored (and only those). */
export async function checkStored(database: Database, prefix: string, acknowledged: number) {
  const { rows } = await database.pool.query<{ n: number }>(
    'select count(*)::int as n from raw_events where message_id like $1',
    [`${prefix}-%`],
  );
  if (rows[0]?.n !== acknowledged)
    throw new Error(`${acknowledged} events acknowledged but ${rows[0]?.n} stored`);
}

/** Milliseconds until no event waits for the rollup. */
export async function waitForRollups(database: Database) {
  const started = performance.now();
  for (;;) {
    const { rows } = await database.pool.query<{ n: number }>('select count(*)::int as n from usage_queue');
    if (rows[0]?.n === 0) return Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function eventsToday(database: Database) {
  const { rows } = await database.pool.query<{ n: number }>(
    "select count(*)::int as n from raw_events where timestamp >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'",
  );
  return rows[0]?.n ?? 0;
}
