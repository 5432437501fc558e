// bench/health: a full health recompute of N accounts x 10 measures through Tend's own path (the queued
// run, batch by batch, writing scores, explanations, history and alerts) against one hand-written SQL
// statement computing the same scores on the same data; then freshness from an ingested event to the
// updated score while ingesting at a steady rate.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { createLogger } from '../src/server/logger.ts';
import { systemActor } from '../src/server/modules/auth/actor.ts';
import { createApiKey } from '../src/server/modules/auth/create-api-key.ts';
import { advanceHealthRound, healthConcurrency } from '../src/server/modules/health/health-worker.ts';
import { queueHealthRun } from '../src/server/modules/health/queue-health-run.ts';
import { saveScorecard } from '../src/server/modules/health/save-scorecard.ts';
import { updateUsageSettings } from '../src/server/modules/ingest/usage-settings.ts';
import { startPipeline } from '../src/server/pipeline/pipeline.ts';
import { scorecardInput } from '../src/shared/health.ts';
import { BASELINE_SQL, BENCH_SCORECARD, KEY_FEATURES, seedHealthData } from './lib/health-data.ts';
import { runIngestLoad } from './lib/ingest-load.ts';
import { openScratchDatabase, otherCpuLoad } from './lib/ingest-setup.ts';

const GOALS = { ratio: 1.5, embeddedFullMs: 10_000, freshnessP95Ms: 5000 };
const PROBE_EVERY_MS = 250;
const POLL_MS = 50;
const GIVE_UP_MS = 60_000;

const log = (message: string) => process.stderr.write(`[health] ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const USAGE = `Usage: npm run bench -- health [options]

Options (or environment variables):
  --accounts <n>    accounts to score (BENCH_ACCOUNTS, default 100000)
  --runs <n>        nightly and unchanged recomputes (and baselines), best kept (BENCH_RUNS, default 2)
  --rate <n>        events/s ingested while measuring freshness (BENCH_RATE, default 1000)
  --freshness <s>   seconds of steady ingest for freshness (BENCH_FRESHNESS, default 20)
  --concurrency <n> batches of a full recompute at once (BENCH_CONCURRENCY, default as the app:
                    1 on the embedded database, cores up to 4 on a server)

Runs on the embedded database in a temporary directory, or on the PostgreSQL server of DATABASE_URL in a
scratch database "tend_bench_health" that is dropped afterwards. Prints one JSON line on stdout.`;

function parseOptions(argv: string[]) {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      accounts: { type: 'string' },
      runs: { type: 'string' },
      rate: { type: 'string' },
      freshness: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const e = process.env;
  const int = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  return {
    help: v.help === true,
    accounts: int('accounts', v.accounts ?? e.BENCH_ACCOUNTS, 100_000),
    runs: int('runs', v.runs ?? e.BENCH_RUNS, 2),
    rate: int('rate', v.rate ?? e.BENCH_RATE, 1000),
    freshness: int('freshness', v.freshness ?? e.BENCH_FRESHNESS, 20),
    concurrency: int('concurrency', v.concurrency ?? e.BENCH_CONCURRENCY, 0) || undefined,
  };
}

async function timed(fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  return Math.round(performance.now() - started);
}

/** The product's full recompute: a queued run advanced batch by batch, as the health worker does. */
async function fullRecompute(database: Database, today: string, concurrency: number) {
  await queueHealthRun(database.db, 'manual', {});
  while (await advanceHealthRound(database.db, concurrency, today)) {}
}

/** A day `n` days from today (UTC), as the nightly run of that day would count it. */
const dayFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const ratioOf = (ours: number, baseline: number) => Math.round((ours / baseline) * 100) / 100;

/**
 * Where the baseline runs: its table is temporary, so it is compared on the same connection. On a server
 * that is a connection of its own (the pool's are shared by concurrent batches); the embedded pool has one.
 */
async function baselineConnection(database: Database) {
  if (database.kind === 'embedded') return { client: database.pool, close: async () => {} };
  const client = new pg.Client(database.connection);
  await client.connect();
  return { client, close: () => client.end() };
}

async function compareWithBaseline(client: pg.Pool | pg.Client) {
  const { rows } = await client.query<{ n: number; total: number }>(
    `select count(*) filter (where (h.score is null) <> (b.score is null) or abs(h.score - b.score) > 0.1)::int as n,
       count(*)::int as total
     from account_health h join baseline_health b using (account_id)`,
  );
  return rows[0] ?? { n: -1, total: 0 };
}

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);

/**
 * While `load` ingests, a probe event every 250 ms for its own new account (which has no score yet);
 * its freshness is the time from the 200 to the account's score appearing (polled every 50 ms).
 */
async function measureFreshness(
  database: Database,
  base: string,
  writeKey: string,
  seconds: number,
  load: () => Promise<unknown>,
) {
  const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
  const pending = new Map<string, number>();
  const latencies: number[] = [];
  let timeouts = 0;
  let probing = true;
  const poller = (async () => {
    while (probing || pending.size > 0) {
      await sleep(POLL_MS);
      if (pending.size === 0) continue;
      const { rows } = await database.pool.query<{ external_id: string }>(
        'select a.external_id from account_health h join accounts a on a.id = h.account_id where a.external_id = any($1::text[])',
        [[...pending.keys()]],
      );
      const now = performance.now();
      for (const { external_id } of rows) {
        latencies.push(now - (pending.get(external_id) as number));
        pending.delete(external_id);
      }
      for (const [id, at] of pending)
        if (now - at > GIVE_UP_MS) {
          timeouts++;
          pending.delete(id);
        }
    }
  })();
  const loadDone = load();
  const end = performance.now() + seconds * 1000;
  const sends: Promise<void>[] = [];
  for (let n = 0; performance.now() < end; n++) {
    const groupId = `bench-probe-${n}`;
    sends.push(
      (async () => {
        const res = await fetch(`${base}/v1/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: auth },
          body: JSON.stringify({
            batch: [
              { type: 'group', userId: `probe-${n}`, groupId, traits: { name: `Probe ${n}` } },
              { type: 'track', userId: `probe-${n}`, event: 'Dashboard Viewed', context: { groupId } },
            ],
          }),
        });
        await res.text();
        if (res.status === 200) pending.set(groupId, performance.now());
      })(),
    );
    await sleep(PROBE_EVERY_MS);
  }
  await loadDone;
  await Promise.all(sends);
  probing = false;
  await poller;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    probes: latencies.length,
    timeouts,
  };
}

export async function main(argv: string[]): Promise<number> {
  let o: ReturnType<typeof parseOptions>;
  try {
    o = parseOptions(argv);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const backend = process.env.DATABASE_URL ? 'server' : 'embedded';
  const { database, cleanup } = await openScratchDatabase('tend_bench_health');
  const logger = createLogger('warn');
  const stops: (() => Promise<void>)[] = [];
  try {
    const db = database.db;
    await migrateToLatest(db);
    log(`backend ${backend}: seeding ${o.accounts} accounts with usage, surveys, sentiment and tickets`);
    const seedMs = await timed(() => seedHealthData(database, o.accounts));
    log(`  seeded in ${seedMs} ms`);
    await updateUsageSettings(db, systemActor('bench'), {
      key_features: KEY_FEATURES,
      raw_event_retention_days: null,
    });
    await saveScorecard(db, systemActor('bench'), scorecardInput.parse(BENCH_SCORECARD));
    await db.deleteFrom('health_runs').execute();
    const concurrency =
      o.concurrency ?? healthConcurrency(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), database.kind);
    log(`full recomputes run ${concurrency} batch(es) at once`);
    const busy = await otherCpuLoad();
    log(`CPU busy with other work: ${Math.round(busy * 100)}%`);

    // Three kinds of full recompute: the first (no stored scores: every row inserted), the nightly one of
    // each next day (windows and days to renewal move, so every account changes: rows updated, a new
    // history point each), and the same day again (nothing changed: nothing written).
    const baselineDb = await baselineConnection(database);
    stops.push(baselineDb.close);
    const baseline: number[] = [];
    const nightly: number[] = [];
    const unchanged: number[] = [];
    const runBaseline = async () => {
      baseline.push(await timed(() => baselineDb.client.query(BASELINE_SQL)));
      log(`  baseline ${baseline.at(-1)} ms`);
    };
    await runBaseline();
    const first = await timed(() => fullRecompute(database, dayFromToday(0), concurrency));
    log(`  Tend, first full recompute ${first} ms`);
    const mismatch = await compareWithBaseline(baselineDb.client);
    if (mismatch.n !== 0)
      throw new Error(`${mismatch.n} of ${mismatch.total} scores differ from the baseline`);
    log(`  all ${mismatch.total} scores equal the baseline's`);
    for (let run = 1; run <= o.runs; run++) {
      await runBaseline();
      nightly.push(await timed(() => fullRecompute(database, dayFromToday(run), concurrency)));
      unchanged.push(await timed(() => fullRecompute(database, dayFromToday(run), concurrency)));
      log(`  Tend, day +${run}: nightly ${nightly.at(-1)} ms, again unchanged ${unchanged.at(-1)} ms`);
    }
    const best = {
      baseline: Math.min(...baseline),
      nightly: Math.min(...nightly),
      unchanged: Math.min(...unchanged),
    };

    const { key } = await createApiKey(db, systemActor('bench'), { name: 'bench', scopes: ['ingest'] });
    const app = createApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), logger });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    stops.push(() => new Promise((r) => server.close(() => r())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const workers = await startPipeline(database, logger, { healthConcurrency: concurrency }, [
      'usage',
      'health',
    ]);
    stops.push(() => workers.stop());
    while (
      await database.pool
        .query('select 1 from health_runs where status <> $1 limit 1', ['done'])
        .then((r) => r.rowCount)
    )
      await sleep(200);
    log(
      `freshness: ${o.freshness}s ingesting ${o.rate} events/s over the ${o.accounts} accounts, a probe every ${PROBE_EVERY_MS} ms`,
    );
    const load = () =>
      runIngestLoad({
        base,
        writeKey: key,
        accounts: o.accounts,
        prefix: 'steady',
        batchSize: 100,
        duration: o.freshness,
        connections: 4,
        rate: o.rate,
      });
    const freshness = await measureFreshness(database, base, key, o.freshness, load);
    log(
      `  p50 ${freshness.p50} ms, p95 ${freshness.p95} ms over ${freshness.probes} probes (${freshness.timeouts} never seen)`,
    );

    const ratio = ratioOf(best.nightly, best.baseline);
    const line = {
      bench: 'health',
      backend,
      accounts: o.accounts,
      measures: BENCH_SCORECARD.measures.length,
      concurrency,
      full_recompute_ms: best.nightly,
      baseline_ms: best.baseline,
      ratio,
      first_ms: first,
      first_ratio: ratioOf(first, best.baseline),
      unchanged_ms: best.unchanged,
      unchanged_ratio: ratioOf(best.unchanged, best.baseline),
      runs: { baseline, nightly, unchanged },
      freshness: { rate: o.rate, ...freshness },
      goals: {
        ratio: GOALS.ratio,
        ratio_met: ratio <= GOALS.ratio,
        embedded_full_ms: GOALS.embeddedFullMs,
        embedded_full_met: backend === 'embedded' ? best.nightly < GOALS.embeddedFullMs : null,
        freshness_p95_ms: GOALS.freshnessP95Ms,
        freshness_met: freshness.timeouts === 0 && freshness.p95 < GOALS.freshnessP95Ms,
      },
      other_cpu_load: Math.round(busy * 100) / 100,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return 0;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await cleanup();
  }
}
