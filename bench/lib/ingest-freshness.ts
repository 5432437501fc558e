// Freshness: while a steady load runs, a probe event for its own account every PROBE_EVERY_MS; each probe's
// freshness is the time from its 200 to its row appearing in usage_daily (polled every POLL_MS, so figures are
// that much coarse). A probe not seen within GIVE_UP_MS counts as a timeout.
import type { Database } from '../../src/server/db/client.ts';
import type { IngestLoadResult } from './ingest-load.ts';

const PROBE_EVERY_MS = 250;
const POLL_MS = 20;
const GIVE_UP_MS = 30_000;

export interface FreshnessOptions {
  database: Database;
  base: string;
  writeKey: string;
  seconds: number;
  /** Starts the steady load; resolves when it ends. */
  load: () => Promise<IngestLoadResult>;
}

export interface FreshnessResult {
  p50: number;
  p95: number;
  probes: number;
  timeouts: number;
  loadEventsPerSecond: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureFreshness(o: FreshnessOptions): Promise<FreshnessResult> {
  const { rows } = await o.database.pool.query<{ id: string }>(
    "select id from accounts where external_id = 'bench-probe'",
  );
  const probeAccount = rows[0]?.id as string;
  const acknowledged = new Map<string, number>();
  const latencies: number[] = [];
  let timeouts = 0;
  const auth = `Basic ${Buffer.from(`${o.writeKey}:`).toString('base64')}`;

  const probe = async (n: number) => {
    const event = `Freshness Probe ${n}`;
    const res = await fetch(`${o.base}/v1/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ userId: 'probe-user', event, context: { groupId: 'bench-probe' } }),
    });
    await res.text();
    if (res.status === 200) acknowledged.set(event, performance.now());
  };

  let probing = true;
  const poller = (async () => {
    while (probing || acknowledged.size > 0) {
      await sleep(POLL_MS);
      if (acknowledged.size === 0) continue;
      const seen = await o.database.pool.query<{ event: string }>(
        'select event from usage_daily where account_id = $1 and event = any($2::text[])',
        [probeAccount, [...acknowledged.keys()]],
      );
      const now = performance.now();
      for (const { event } of seen.rows) {
        latencies.push(now - (acknowledged.get(event) as number));
        acknowledged.delete(event);
      }
      for (const [event, at] of acknowledged) {
        if (now - at > GIVE_UP_MS) {
          timeouts++;
          acknowledged.delete(event);
        }
      }
    }
  })();

  const loadDone = o.load();
  const probes: Promise<void>[] = [];
  const end = performance.now() + o.seconds * 1000;
  for (let n = 0; performance.now() < end; n++) {
    probes.push(probe(n));
    await sleep(PROBE_EVERY_MS);
  }
  const load = await loadDone;
  await Promise.all(probes);
  probing = false;
  await poller;

  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0);
  return {
    p50: at(0.5),
    p95: at(0.95),
    probes: latencies.length + timeouts,
    timeouts,
    loadEventsPerSecond: load.eventsPerSecond,
  };
}
