// API latency under load: /healthz (a bare database ping) against the accounts list (sorted, filtered,
// first page) and an accounts search, on a database of 100k accounts. See docs/performance.md.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { type Database, openDatabase } from '../src/server/db/client.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { seedDemo } from '../src/server/db/seed/seed-demo.ts';
import { createLogger } from '../src/server/logger.ts';
import { systemActor } from '../src/server/modules/auth/actor.ts';
import { createApiKey } from '../src/server/modules/auth/create-api-key.ts';
import { type LoadResult, runLoad } from './lib/load.ts';

const GOAL_RATIO = 5;
const BENCH_DB = 'tend_bench';

const TARGETS = {
  healthz: '/healthz',
  accounts_list: '/api/accounts?sort=arr&order=desc&coverage_model=pooled&limit=50',
  search: '/api/accounts?q=harbor&limit=50',
} as const;
type Target = keyof typeof TARGETS;

const log = (message: string) => process.stderr.write(`[api-latency] ${message}\n`);

const USAGE = `Usage: npm run bench -- api-latency [options]

Options (or environment variables):
  --accounts <n>      accounts to seed (BENCH_ACCOUNTS, default 100000)
  --duration <s>      seconds of load per endpoint (BENCH_DURATION, default 10)
  --connections <n>   concurrent connections (BENCH_CONNECTIONS, default 50)
  --no-vacuum         skip VACUUM ANALYZE after seeding (BENCH_VACUUM=0): a fresh embedded install,
                      which has no autovacuum, looks like this

Runs on the embedded database in a temporary directory, or on the PostgreSQL server of DATABASE_URL
in a scratch database "${BENCH_DB}" that is dropped afterwards. Prints one JSON line on stdout.`;

function positiveInt(name: string, raw: string | undefined, fallback: number) {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

class UsageError extends Error {}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      accounts: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'no-vacuum': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return {
    help: values.help ?? false,
    accounts: positiveInt('--accounts', values.accounts ?? process.env.BENCH_ACCOUNTS, 100_000),
    duration: positiveInt('--duration', values.duration ?? process.env.BENCH_DURATION, 10),
    connections: positiveInt('--connections', values.connections ?? process.env.BENCH_CONNECTIONS, 50),
    vacuum: !(values['no-vacuum'] ?? process.env.BENCH_VACUUM === '0'),
  };
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
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

/** A fresh, migrated database: a temporary data directory, or a scratch database on the server. */
async function openScratchDatabase(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    await adminQuery(serverUrl, `drop database if exists "${BENCH_DB}" with (force)`);
    await adminQuery(serverUrl, `create database "${BENCH_DB}"`);
    const database = await openDatabase(
      loadConfig({ DATABASE_URL: withDatabase(serverUrl, BENCH_DB), LOG_LEVEL: 'silent' }),
    );
    return {
      database,
      cleanup: async () => {
        await database.close();
        await adminQuery(serverUrl, `drop database if exists "${BENCH_DB}" with (force)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-bench-'));
  try {
    const database = await openDatabase(loadConfig({ TEND_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
    return {
      database,
      cleanup: async () => {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

function listen(app: ReturnType<typeof createApp>) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * Checks each target answers 200 with what it should, warms JIT, pool and caches, and logs the unloaded
 * latency (one request at a time), which is the service time the loaded figures queue behind.
 */
async function warmUp(base: string, headers: Record<string, string>) {
  for (const [name, target] of Object.entries(TARGETS)) {
    const times: number[] = [];
    let rows = '';
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      const res = await fetch(base + target, { headers });
      const body = (await res.json()) as { data?: unknown[]; total?: number };
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${JSON.stringify(body)}`);
      if (body.data) rows = `, ${body.data.length} rows of ${body.total}`;
    }
    const median = times.slice(10).sort((a, b) => a - b)[25] ?? 0;
    log(`${name}: unloaded median ${median.toFixed(2)} ms${rows}`);
  }
}

/** Share of all cores busy over one second while this process waits: other processes' load. */
async function otherCpuLoad() {
  const sample = () =>
    os.cpus().reduce(
      (acc, c) => {
        const total = Object.values(c.times).reduce((a, b) => a + b, 0);
        return { idle: acc.idle + c.times.idle, total: acc.total + total };
      },
      { idle: 0, total: 0 },
    );
  const before = sample();
  await new Promise((r) => setTimeout(r, 1000));
  const after = sample();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

const figures = ({ p50, p95, p99, rps }: LoadResult) => ({ p50, p95, p99, rps });

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
  log(
    `backend ${backend}, ${options.accounts} accounts, ${options.connections} connections, ${options.duration}s each`,
  );

  const { database, cleanup } = await openScratchDatabase();
  let server: ReturnType<typeof serve> | undefined;
  const onSignal = () => {
    log('interrupted, cleaning up');
    server?.close();
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const db = database.db;
    await migrateToLatest(db);
    let started = Date.now();
    let lastLogged = 0;
    await seedDemo(db, {
      accounts: options.accounts,
      details: false,
      onProgress: (done, total) => {
        if (done === total || Date.now() - lastLogged > 5000) {
          lastLogged = Date.now();
          log(`seeded ${done}/${total} accounts`);
        }
      },
    });
    log(`seeding took ${((Date.now() - started) / 1000).toFixed(1)}s`);
    // Planner statistics and visibility map as a long-running database has them: PostgreSQL's autovacuum
    // gets there on its own a minute after the seed; PGlite has no autovacuum, so run it on both backends.
    if (options.vacuum) {
      started = Date.now();
      await database.pool.query('vacuum analyze');
      log(`vacuum analyze took ${((Date.now() - started) / 1000).toFixed(1)}s`);
    } else {
      log('skipping vacuum analyze (--no-vacuum)');
    }

    const { key } = await createApiKey(db, systemActor('bench'), { name: 'bench', scopes: ['read'] });
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = createApp({ db, config, logger: createLogger('silent') });
    server = await listen(app);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { authorization: `Bearer ${key}` };
    await warmUp(base, headers);

    // The figures are only worth comparing on an otherwise idle machine: say so when it is not.
    const busy = await otherCpuLoad();
    log(`CPU busy with other work while the benchmark idles: ${Math.round(busy * 100)}%`);
    if (busy > 0.15) log('warning: the machine is not idle; these figures will be noisy');

    const results = {} as Record<Target, LoadResult>;
    for (const [name, target] of Object.entries(TARGETS) as [Target, string][]) {
      log(`load: GET ${target}`);
      const r = await runLoad({
        url: base + target,
        connections: options.connections,
        duration: options.duration,
        headers,
      });
      log(
        `  p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.rps} req/s` +
          ` (${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts)`,
      );
      if (r.non2xx || r.errors || r.timeouts) throw new Error(`${name}: failed requests under load`);
      results[name] = r;
    }

    const ratio = Math.round((results.accounts_list.p95 / results.healthz.p95) * 100) / 100;
    const line = {
      bench: 'api-latency',
      backend,
      accounts: options.accounts,
      healthz: figures(results.healthz),
      accounts_list: figures(results.accounts_list),
      search: figures(results.search),
      ratio_p95: ratio,
      goal: `accounts list p95 within ${GOAL_RATIO}x of /healthz`,
      pass: ratio <= GOAL_RATIO,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const s = server;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    await cleanup();
  }
}
