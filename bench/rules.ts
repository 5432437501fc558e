// bench/rules: events through rule evaluation to CTAs, with 50 active rules over 100k accounts.
// Events enter through the ingest use-case (the same statement POST /v1/batch runs), at a steady rate; the
// job worker dispatches the signals, evaluates the rules and opens the CTAs. Baseline in the same run: the
// raw set-based insert of the same CTAs.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { createLogger } from '../src/server/logger.ts';
import { systemActor } from '../src/server/modules/auth/actor.ts';
import { ingestMessages } from '../src/server/modules/ingest/ingest-messages.ts';
import type { NormalizedMessage } from '../src/server/modules/ingest/normalize-message.ts';
import { createRule } from '../src/server/modules/rules/create-rule.ts';
import { startPipeline } from '../src/server/pipeline/pipeline.ts';
import { openScratchDatabase } from './lib/ingest-setup.ts';

const log = (m: string) => process.stderr.write(`[rules] ${m}\n`);
const GOAL_P95_MS = 5000;

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      accounts: { type: 'string' },
      rules: { type: 'string' },
      events: { type: 'string' },
      rate: { type: 'string' },
    },
  });
  const num = (v: string | undefined, env: string, d: number) => Number(v ?? process.env[env] ?? d);
  return {
    accounts: num(values.accounts, 'BENCH_ACCOUNTS', 100_000),
    rules: num(values.rules, 'BENCH_RULES', 50),
    events: num(values.events, 'BENCH_EVENTS', 20_000),
    rate: num(values.rate, 'BENCH_RATE', 2_000),
  };
}

const SEGMENTS = ['SMB', 'Mid', 'Enterprise', 'Strategic'];

export async function main(argv: string[]): Promise<number> {
  const o = options(argv);
  const { database, cleanup } = await openScratchDatabase('tend_bench_rules');
  const db = database.db;
  try {
    await migrateToLatest(db);
    log(`seeding ${o.accounts} accounts`);
    await sql`insert into accounts (external_id, name, segment, arr)
      select 'bench-' || i, 'Bench ' || i, (array['SMB','Mid','Enterprise','Strategic'])[1 + i % 4], (i % 1000) * 10000
      from generate_series(1, ${o.accounts}::int) i`.execute(db);
    for (let r = 0; r < o.rules; r++)
      await createRule(db, systemActor('bench'), {
        name: `Bench rule ${r}`,
        description: '',
        enabled: true,
        trigger: { type: 'product_event', event: `Bench Event ${r}` },
        // Three of four segments: a quarter of the events are filtered out by the conditions.
        conditions: {
          match: 'all',
          conditions: [{ field: 'segment', operator: 'in', value: SEGMENTS.slice(0, 3) }],
        },
        actions: [
          { type: 'open_cta', cta_type: 'risk', priority: 'high', title: `Bench CTA ${r}`, due_in_days: 7 },
        ],
      });
    const jobs = await startPipeline(
      database,
      createLogger('silent'),
      { dispatchMs: 50, sweepCron: '0 0 0 1 1 *' },
      ['rules', 'notify', 'sweep'],
    );
    const expected = await sendEvents(database.db, o);
    const ctas = await waitForCtas(db, expected);
    await jobs.stop();
    const latency = await latencies(db);
    const baseline = await baselineInsert(db);
    const result = {
      benchmark: 'rules',
      backend: database.kind,
      accounts: o.accounts,
      rules: o.rules,
      events: o.events,
      offered_rate: o.rate,
      ctas_opened: ctas.count,
      events_per_second: Math.round(o.events / ctas.seconds),
      latency_ms: latency,
      baseline_cta_inserts_per_second: baseline,
      goal_p95_ms: GOAL_P95_MS,
      goal_met: latency.p95 < GOAL_P95_MS,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } finally {
    await cleanup();
  }
}

/** Distinct (account, event) pairs, so each event opens exactly one CTA when its account passes the conditions. */
async function sendEvents(db: Parameters<typeof ingestMessages>[0], o: ReturnType<typeof options>) {
  const perTick = Math.max(1, Math.round(o.rate / 10));
  let expected = 0;
  const started = Date.now();
  for (let sent = 0; sent < o.events; sent += perTick) {
    const batch: NormalizedMessage[] = [];
    for (let i = sent; i < Math.min(o.events, sent + perTick); i++) {
      const account = 1 + ((i * 7919) % o.accounts);
      if (account % 4 !== 3) expected++; // segment Strategic (i % 4 = 3) is filtered out
      batch.push({
        messageId: `bench-${i}`,
        type: 'track',
        event: `Bench Event ${i % o.rules}`,
        userId: `u-${account}`,
        anonymousId: null,
        groupId: `bench-${account}`,
        previousId: null,
        properties: { n: i },
        context: {},
        timestamp: new Date().toISOString(),
      });
    }
    await ingestMessages(db, null, batch);
    const wait = started + ((sent + perTick) / o.rate) * 1000 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  log(
    `sent ${o.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s; expecting ${expected} CTAs`,
  );
  return expected;
}

async function waitForCtas(db: Parameters<typeof ingestMessages>[0], expected: number) {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const { rows } = await sql<{ n: number; span: number }>`select count(*)::int as n,
      extract(epoch from (max(c.created_at) - (select min(received_at) from raw_events)))::float as span
      from ctas c`.execute(db);
    const row = rows[0] ?? { n: 0, span: 0 };
    if (row.n >= expected || Date.now() > deadline) return { count: row.n, seconds: row.span };
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Event to CTA: the CTA's commit-time stamp against its event's arrival (both from the database clock). */
async function latencies(db: Parameters<typeof ingestMessages>[0]) {
  const { rows } = await sql<{ p50: number; p95: number; max: number }>`
    select percentile_cont(0.5) within group (order by ms) as p50, percentile_cont(0.95) within group (order by ms) as p95,
      max(ms) as max
    from (select extract(epoch from (c.created_at - r.received_at)) * 1000 as ms
      from ctas c join raw_events r on r.account_id = c.account_id and r.event = (c.reason->'facts'->>'event')) x`.execute(
    db,
  );
  const r = rows[0] ?? { p50: 0, p95: 0, max: 0 };
  return { p50: Math.round(r.p50), p95: Math.round(r.p95), max: Math.round(r.max) };
}

/** The floor: the same CTAs written by one hand-written insert ... select, without signals, queue or rules. */
async function baselineInsert(db: Parameters<typeof ingestMessages>[0]) {
  const started = process.hrtime.bigint();
  const { numAffectedRows } = await sql`insert into ctas (account_id, type, priority, title, due_date, reason)
    select c.account_id, c.type, c.priority, c.title, c.due_date, c.reason from ctas c where c.rule_id is not null`.execute(
    db,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Math.round(Number(numAffectedRows ?? 0) / seconds);
}
