import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { createLogger } from '../src/server/logger.ts';
import { systemActor } from '../src/server/modules/auth/actor.ts';
import { createApiKey } from '../src/server/modules/auth/create-api-key.ts';
import { type RunningPipeline, startPipeline } from '../src/server/pipeline/pipeline.ts';
import { insertBaseline } from './lib/ingest-baseline.ts';
import { measureFreshness } from './lib/ingest-freshness.ts';
import { type IngestLoadResult, runIngestLoad } from './lib/ingest-load.ts';
import {
  BENCH_DB,
  checkStored,
  eventsToday,
  openScratchDatabase,
  otherCpuLoad,
  seedAccounts,
  waitForRollups,
} from './lib/ingest-setup.ts';
import { batchBody } from './lib/segment-events.ts';

const BATCH_SIZE = 100;
const GOALS = { ratio: 0.5, serverEventsPerSecond: 50_000, freshnessP95Ms: 2000 };

const log = (message: string) => process.stderr.write(`[ingest] ${message}\n`);

const USAGE = `Usage: npm run bench -- ingest [options]

Options (or environment variables):
  --duration <s>        seconds of HTTP load at full speed (BENCH_DURATION, default 10)
  --connections <n>     concurrent HTTP clients (BENCH_CONNECTIONS, default 8)
  --baseline <n>        events in the raw bulk insert (BENCH_BASELINE_EVENTS, default 100000)
  --accounts <n>        accounts the events spread over (BENCH_ACCOUNTS, default 500)
  --rate <n>            events/s while measuring freshness (BENCH_RATE, default a quarter of the HTTP rate)
  --freshness <s>       seconds of steady ingest for freshness (BENCH_FRESHNESS, default 10)

Runs on the embedded database in a temporary directory, or on the PostgreSQL server of DATABASE_URL in a
scratch database "${BENCH_DB}" that is dropped afterwards. Prints one JSON line on stdout.`;

class UsageError extends Error {}

function positiveInt(name: string, raw: string | undefined, fallback: number | undefined) {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

function parseOptions(argv: string[]) {
  const { values: v } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      ['duration', 'connections', 'baseline', 'accounts', 'rate', 'freshness'].map((k) => [
        k,
        { type: 'string' },
      ]),
    ) as Record<string, { type: 'string' }>,
    strict: false,
  });
  const e = process.env;
  const opt = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  return {
    help: v.help === true || v.h === true,
    duration: positiveInt('--duration', opt('duration') ?? e.BENCH_DURATION, 10) as number,
    connections: positiveInt('--connections', opt('connections') ?? e.BENCH_CONNECTIONS, 8) as number,
    baseline: positiveInt('--baseline', opt('baseline') ?? e.BENCH_BASELINE_EVENTS, 100_000) as number,
    accounts: positiveInt('--accounts', opt('accounts') ?? e.BENCH_ACCOUNTS, 500) as number,
    rate: positiveInt('--rate', opt('rate') ?? e.BENCH_RATE, undefined),
    freshness: positiveInt('--freshness', opt('freshness') ?? e.BENCH_FRESHNESS, 10) as number,
  };
}

function listen(app: ReturnType<typeof createApp>) {
  return new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(server));
    server.once('error', reject);
  });
}

const figures = (r: IngestLoadResult) => ({
  events_per_s: r.eventsPerSecond,
  batch_p50_ms: r.p50,
  batch_p95_ms: r.p95,
  events: r.events,
  non2xx: r.non2xx,
});

function logLoad(r: IngestLoadResult) {
  log(
    `  ${r.eventsPerSecond} events/s, batch p50 ${r.p50} ms, p95 ${r.p95} ms (${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`,
  );
  if (r.non2xx || r.errors) throw new Error('failed requests under load');
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
  log(`backend ${backend}, ${o.connections} clients, batches of ${BATCH_SIZE}, ${o.accounts} accounts`);
  const { database, cleanup } = await openScratchDatabase();
  const logger = createLogger('warn');
  let server: ReturnType<typeof serve> | undefined;
  let worker: RunningPipeline | undefined;
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
    await seedAccounts(database, o.accounts);
    const { key } = await createApiKey(db, systemActor('bench'), { name: 'bench', scopes: ['ingest'] });
    const app = createApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' }), logger });
    server = await listen(app);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const load = (prefix: string, duration: number, rate?: number) =>
      runIngestLoad({
        base,
        writeKey: key,
        accounts: o.accounts,
        prefix,
        batchSize: BATCH_SIZE,
        duration,
        connections: o.connections,
        rate,
      });
    const eventBytes = Math.round(
      Buffer.byteLength(batchBody('size', 0, BATCH_SIZE, o.accounts)) / BATCH_SIZE,
    );
    log(`events are ${eventBytes} bytes of JSON each`);

    const busy = await otherCpuLoad();
    log(`CPU busy with other work while the benchmark idles: ${Math.round(busy * 100)}%`);
    if (busy > 0.15) log('warning: the machine is not idle; these figures will be noisy');

    // Warm-up: JIT, pool, this month's partitions.
    await load('warm', 2);

    log(`baseline: ${o.baseline} events straight into raw_events`);
    const baseline = await insertBaseline(database, o.baseline, o.accounts);
    log(`  ${baseline.method}: ${baseline.eventsPerSecond} events/s`);

    // The ingest path alone, like the baseline: the usage worker starts after this phase.
    log(`HTTP: ${o.duration}s at full speed, usage worker stopped`);
    const http = await load('http', o.duration);
    logLoad(http);
    await checkStored(database, 'http', http.events);

    worker = await startPipeline(database, logger, {}, ['usage']);
    const catchUp = await waitForRollups(database);
    log(`usage worker started: rolled up the backlog in ${catchUp} ms`);
    const today = await eventsToday(database);

    const rate =
      o.rate ?? Math.max(BATCH_SIZE, Math.round(http.eventsPerSecond / 4 / BATCH_SIZE) * BATCH_SIZE);
    log(`freshness: ${o.freshness}s at ${rate} events/s, ${today} events today so far, a probe every 250 ms`);
    const freshness = await measureFreshness({
      database,
      base,
      writeKey: key,
      seconds: o.freshness,
      load: () => load('steady', o.freshness, rate),
    });
    log(
      `  p50 ${freshness.p50} ms, p95 ${freshness.p95} ms over ${freshness.probes} probes (${freshness.timeouts} never seen), load reached ${freshness.loadEventsPerSecond} events/s`,
    );

    log(`HTTP: ${o.duration}s at full speed, usage worker running as in tend serve`);
    const sustained = await load('sustained', o.duration);
    logLoad(sustained);
    await checkStored(database, 'sustained', sustained.events);

    const ratio = Math.round((http.eventsPerSecond / baseline.eventsPerSecond) * 100) / 100;
    const line = {
      bench: 'ingest',
      backend,
      batch_size: BATCH_SIZE,
      event_bytes: eventBytes,
      connections: o.connections,
      http: figures(http),
      baseline: { method: baseline.method, events_per_s: baseline.eventsPerSecond, events: baseline.events },
      ratio,
      http_with_rollups: figures(sustained),
      freshness: {
        rate,
        load_events_per_s: freshness.loadEventsPerSecond,
        events_today: today,
        p50_ms: freshness.p50,
        p95_ms: freshness.p95,
        probes: freshness.probes,
        timeouts: freshness.timeouts,
      },
      goal: `HTTP >= ${GOALS.ratio * 100}% of the baseline${backend === 'server' ? `, > ${GOALS.serverEventsPerSecond} events/s` : ''}, freshness p95 < ${GOALS.freshnessP95Ms} ms`,
      pass:
        ratio >= GOALS.ratio &&
        (backend !== 'server' || http.eventsPerSecond > GOALS.serverEventsPerSecond) &&
        freshness.timeouts === 0 &&
        freshness.p95 < GOALS.freshnessP95Ms,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const s = server;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    await worker?.stop();
    await cleanup();
  }
}
