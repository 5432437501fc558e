// Retention metrics and the ARR waterfall on 100k accounts and 1M ARR movements, through the API (in
// process, API key auth and JSON included) against a hand-written SQL statement computing the same figures
// from the same data model (the kept per-period totals), in the same run; the hand-written aggregate over the
// raw movements is timed too. The figures of all three are compared. See docs/performance.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { createLogger } from '../src/server/logger.ts';
import { systemActor } from '../src/server/modules/auth/actor.ts';
import { createApiKey } from '../src/server/modules/auth/create-api-key.ts';
import type { RetentionResponse, WaterfallResponse } from '../src/shared/revenue.ts';
import { type BaselineRow, baselineFromTotals, baselineRetention } from './lib/metrics-baseline.ts';

const BENCH_DB = 'tend_bench_revenue';
const GOAL_RATIO = 1.2;
const GOAL_MS = 200;
const FROM = '2024-07-01';
const TO = '2025-06-30';

const log = (message: string) => process.stderr.write(`[metrics] ${message}\n`);

const USAGE = `Usage: npm run bench -- metrics [options]

Options (or environment variables):
  --accounts <n>    accounts (BENCH_ACCOUNTS, default 100000)
  --movements <n>   ARR movements, spread evenly over the accounts (BENCH_MOVEMENTS, default 1000000)
  --runs <n>        timed runs of each query (BENCH_RUNS, default 15)

Runs on the embedded database in a temporary directory, or on the PostgreSQL server of DATABASE_URL in
a scratch database "${BENCH_DB}" that is dropped afterwards. Prints one JSON line on stdout.`;

function positiveInt(name: string, raw: string | undefined, fallback: number) {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      accounts: { type: 'string' },
      movements: { type: 'string' },
      runs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const accounts = positiveInt('--accounts', values.accounts ?? process.env.BENCH_ACCOUNTS, 100_000);
  const movements = positiveInt('--movements', values.movements ?? process.env.BENCH_MOVEMENTS, 1_000_000);
  return {
    help: values.help ?? false,
    accounts,
    perAccount: Math.max(1, Math.round(movements / accounts)),
    runs: positiveInt('--runs', values.runs ?? process.env.BENCH_RUNS, 15),
  };
}

async function adminQuery(serverUrl: string, query: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function openScratchDatabase(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    await adminQuery(serverUrl, `drop database if exists "${BENCH_DB}" with (force)`);
    await adminQuery(serverUrl, `create database "${BENCH_DB}"`);
    const u = new URL(serverUrl);
    u.pathname = `/${BENCH_DB}`;
    const database = await openDatabase(loadConfig({ DATABASE_URL: u.toString(), LOG_LEVEL: 'silent' }));
    return {
      database,
      cleanup: async () => {
        await database.close();
        await adminQuery(serverUrl, `drop database if exists "${BENCH_DB}" with (force)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-bench-revenue-'));
  const database = await openDatabase(loadConfig({ TEND_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  return {
    database,
    cleanup: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Accounts in 3 segments × 4 tiers × 3 coverage models, and per account a `new` movement in 2024 followed
 * by expansions and contractions every ~two months (levels stay positive); every tenth account churns
 * at its last movement. All set-based, in two statements.
 */
async function generate(database: Database, accounts: number, perAccount: number) {
  const db = database.db;
  await sql`
    insert into accounts (name, segment, tier, coverage_model, currency)
    select 'Bench ' || n, (array['Enterprise', 'Mid-Market', 'SMB'])[1 + n % 3], 'Tier ' || (1 + n % 4),
      (array['dedicated', 'pooled', 'tech_touch'])[1 + (n / 3) % 3], 'USD'
    from generate_series(1, ${accounts}::int) n`.execute(db);
  await sql`
    with base as (select id, row_number() over (order by id) as n from accounts),
    steps as (
      select b.id, b.n, k, date '2024-01-01' + ((b.n * 7 + k * 37) % 60)::int + (k - 1) * 60 as day,
        case when k = 1 then 100000 + (b.n % 50) * 1000
          when (b.n + k) % 3 = 0 then -((b.n * k) % 2000) - 1
          else ((b.n * k) % 3000) + 1 end as delta
      from base b cross join generate_series(1, ${perAccount}::int) k
    ),
    levels as (
      select *, coalesce(sum(delta) over (partition by id order by k rows between unbounded preceding and 1 preceding), 0)
        as before
      from steps
    ),
    final as (
      select id, day, before,
        case when k = 1 then 'new' when k = ${perAccount}::int and n % 10 = 0 then 'churn'
          when delta > 0 then 'expansion' else 'contraction' end as kind,
        case when k > 1 and k = ${perAccount}::int and n % 10 = 0 then -before else delta end as amount
      from levels
    )
    insert into arr_movements
      (account_id, date, kind, amount, currency, arr_before, arr_after, amount_company, arr_before_company)
    select id, day, kind, amount, 'USD', before, before + amount, amount, before from final`.execute(db);
  await sql`analyze`.execute(db);
}

async function timed<T>(
  runs: number,
  run: () => Promise<T>,
): Promise<{ p50: number; min: number; result: T }> {
  let result = await run();
  for (let i = 0; i < 2; i++) result = await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(times[Math.floor(times.length / 2)] ?? 0), min: round(times[0] ?? 0), result };
}

/** The API's figures and the baseline's must agree to the cent, or the timing means nothing. */
function compare(api: RetentionResponse, waterfall: WaterfallResponse, baseline: BaselineRow[]) {
  baseline.forEach((b, i) => {
    const r = api.data[i];
    const w = waterfall.data[i];
    const same =
      r &&
      w &&
      r.period_start === b.period &&
      r.starting_arr === b.starting_arr &&
      r.ending_arr === b.ending_arr &&
      r.expansion === b.expansion &&
      r.contraction === b.contraction &&
      r.churn === b.churn &&
      r.starting_logos === b.starting_logos &&
      r.churned_logos === b.churned_logos &&
      w.new === b.new_arr &&
      w.expansion === b.movement_expansion &&
      w.contraction === b.movement_contraction &&
      w.churn === b.movement_churn;
    if (!same)
      throw new Error(
        `figures differ in ${b.period}: ${JSON.stringify({ api: r, waterfall: w, baseline: b })}`,
      );
  });
  if (baseline.length !== api.data.length) throw new Error('period counts differ');
}

export async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const backend = process.env.DATABASE_URL ? 'server' : 'embedded';
  const { database, cleanup } = await openScratchDatabase();
  try {
    await migrateToLatest(database.db);
    log(`backend ${backend}: generating ${options.accounts} accounts × ${options.perAccount} movements`);
    let started = performance.now();
    await generate(database, options.accounts, options.perAccount);
    const [{ n: movements } = { n: 0 }] = (
      await sql<{ n: number }>`select count(*)::int as n from arr_movements`.execute(database.db)
    ).rows;
    const generateMs = Math.round(performance.now() - started);
    log(`${movements} movements in ${generateMs} ms`);

    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = createApp({ db: database.db, config, logger: createLogger('silent') });
    const key = await createApiKey(database.db, systemActor('bench'), { name: 'bench', scopes: ['read'] });
    const headers = { authorization: `Bearer ${key.key}` };
    const query = `from=${FROM}&to=${TO}&interval=month`;
    const get = async <T>(url: string) => {
      const res = await app.request(url, { headers });
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    started = performance.now();
    const retention = await timed(options.runs, () =>
      get<RetentionResponse>(`/api/metrics/retention?${query}`),
    );
    const waterfall = await timed(options.runs, () =>
      get<WaterfallResponse>(`/api/metrics/arr-waterfall?${query}`),
    );
    const baseline = await timed(options.runs, () => baselineFromTotals(database.db, FROM, TO));
    compare(retention.result, waterfall.result, baseline.result);
    // The hand-written aggregate over the raw movements (the baseline before the kept totals): fewer runs,
    // it takes seconds. Its figures must agree too, which also checks the totals the triggers kept.
    const raw = await timed(Math.min(options.runs, 3), () => baselineRetention(database.db, FROM, TO));
    compare(retention.result, waterfall.result, raw.result);
    log(`figures of the API and both baselines agree for ${baseline.result.length} months`);
    const ratio = Math.round((retention.p50 / baseline.p50) * 100) / 100;
    const line = {
      bench: 'metrics',
      backend,
      accounts: options.accounts,
      movements,
      periods: baseline.result.length,
      generate_ms: generateMs,
      retention_api_p50_ms: retention.p50,
      waterfall_api_p50_ms: waterfall.p50,
      baseline_sql_p50_ms: baseline.p50,
      baseline_movements_sql_p50_ms: raw.p50,
      load_average: os.loadavg().map((n) => Math.round(n * 10) / 10),
      retention_vs_baseline: ratio,
      goal: { ratio: GOAL_RATIO, ms: GOAL_MS },
      meets_goal: ratio <= GOAL_RATIO && retention.p50 <= GOAL_MS,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return 0;
  } finally {
    await cleanup();
  }
}
