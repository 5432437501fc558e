// Ingest load generator, run as its own process (see runIngestLoad) so building batch bodies never shares an
// event loop with the server under test. Each batch has new messageIds (autocannon repeats one body, which
// after the first request would only measure duplicates). Two modes: as fast as `connections` clients go,
// or a steady `rate` of events per second.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { batchBody } from './segment-events.ts';

export interface IngestLoadOptions {
  /** http://host:port */
  base: string;
  writeKey: string;
  accounts: number;
  /** messageId prefix, unique per run and phase. */
  prefix: string;
  batchSize: number;
  /** Seconds. */
  duration: number;
  /** Concurrent clients, each sending its next batch when the last is answered. */
  connections: number;
  /** Events per second; when set, batches start on a fixed schedule instead (up to `connections` in flight). */
  rate?: number;
}

export interface IngestLoadResult {
  /** Events in batches answered 200. */
  events: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Seconds from the first request to the last answer. */
  elapsed: number;
  eventsPerSecond: number;
  /** Milliseconds per batch request. */
  p50: number;
  p95: number;
}

export function runIngestLoad(options: IngestLoadOptions): Promise<IngestLoadResult> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', self, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`Ingest load generator exited with ${code}`));
      try {
        resolve(JSON.parse(out) as IngestLoadResult);
      } catch {
        reject(new Error(`Ingest load generator printed no result: ${out.slice(0, 200)}`));
      }
    });
  });
}

function post(agent: http.Agent, url: URL, auth: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: auth,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number)
    : 0;
const round = (n: number) => Math.round(n * 100) / 100;

async function generate(o: IngestLoadOptions): Promise<IngestLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const url = new URL('/v1/batch', o.base);
  const auth = `Basic ${Buffer.from(`${o.writeKey}:`).toString('base64')}`;
  const times: number[] = [];
  let next = 0;
  let events = 0;
  let non2xx = 0;
  let errors = 0;
  const sendOne = async () => {
    const body = batchBody(o.prefix, next, o.batchSize, o.accounts);
    next += o.batchSize;
    const started = performance.now();
    try {
      const status = await post(agent, url, auth, body);
      if (status === 200) {
        times.push(performance.now() - started);
        events += o.batchSize;
      } else non2xx++;
    } catch {
      errors++;
    }
  };
  const started = performance.now();
  const end = started + o.duration * 1000;
  if (o.rate) {
    const rate = o.rate;
    // Batch k starts at k * interval; a late start is not made up by a burst, so the rate stays steady.
    const interval = (o.batchSize / rate) * 1000;
    const inFlight = new Set<Promise<void>>();
    for (let k = 0; started + k * interval < end; k++) {
      const wait = started + k * interval - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (inFlight.size >= o.connections) await Promise.race(inFlight);
      const p: Promise<void> = sendOne().finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  } else {
    const client = async () => {
      while (performance.now() < end) await sendOne();
    };
    await Promise.all(Array.from({ length: o.connections }, client));
  }
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  times.sort((a, b) => a - b);
  return {
    events,
    requests: times.length + non2xx + errors,
    non2xx,
    errors,
    elapsed: round(elapsed),
    eventsPerSecond: Math.round(events / elapsed),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  generate(JSON.parse(process.argv[2] ?? '{}') as IngestLoadOptions).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
