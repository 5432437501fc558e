// Property: whatever the order, split, retries and backfills of the events, and however the rollup runs in
// between, the drained rollups equal a recount straight from raw_events, and each messageId counts once.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { ingestMessages } from './ingest-messages.ts';
import { type NormalizedMessage, normalizeMessage } from './normalize-message.ts';
import { rollupUsage } from './rollup-usage.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await sql`
    create table prop_deleted_events (account_id uuid, timestamp timestamptz, type text, event text,
      user_id text, anonymous_id text)`.execute(t.db);
});
afterAll(async () => {
  await t?.close();
});

const ACCOUNTS = 3;
/** Distinct events (messageIds); batches draw from them, so most are sent more than once. */
const POOL = 30;
const USERS = 4;
/** Few days, so events share days often: the last four of a month and the first four of the next. */
const DAYS = 8;
const now = new Date();
const BASE_DAY = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1) - 4 * 86_400_000;

/** One usage event; its index in the pool is its messageId, so sending it again is a retry of the same event. */
const usageEvent = fc.record({
  type: fc.constantFrom('track', 'track', 'page'),
  event: fc.constantFrom('Opened', 'Exported', 'Shared'),
  user: fc.nat(USERS - 1),
  anonymous: fc.boolean(),
  /** The account named in context.groupId, or none (then the user's last group decides). */
  account: fc.option(fc.nat(ACCOUNTS - 1), { nil: null }),
  day: fc.nat(DAYS - 1),
  minute: fc.nat(24 * 60 - 1),
});
type UsageEvent = typeof usageEvent extends fc.Arbitrary<infer T> ? T : never;

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      events: fc.array(fc.nat(POOL - 1), { minLength: 1, maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('group' as const),
      user: fc.nat(USERS - 1),
      account: fc.nat(ACCOUNTS - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alias' as const), user: fc.nat(USERS - 1) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('rollup' as const), limit: fc.integer({ min: 1, max: 4 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('attach' as const), limit: fc.integer({ min: 1, max: 5 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'drain' as const }) },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const scenario = fc.record({
  pool: fc.array(usageEvent, { minLength: POOL, maxLength: POOL }),
  steps: fc.array(step, { minLength: 1, maxLength: 25 }),
});

const accountId = (a: number) => `prop-co-${a}`;
const userId = (u: number) => `prop-user-${u}`;
const anonymousId = (u: number) => `prop-anon-${u}`;

function rawMessage(s: UsageEvent, index: number, prefix = 'prop') {
  const timestamp = new Date(BASE_DAY + s.day * 86_400_000 + s.minute * 60_000).toISOString();
  return {
    type: s.type,
    messageId: `${prefix}-${index}`,
    ...(s.anonymous ? { anonymousId: anonymousId(s.user) } : { userId: userId(s.user) }),
    ...(s.type === 'track' ? { event: s.event } : { name: s.event }),
    ...(s.account === null ? {} : { context: { groupId: accountId(s.account) } }),
    timestamp,
  };
}

/** Through the same validation and storage as the HTTP endpoint. */
async function send(raws: object[]) {
  const receivedAt = new Date();
  const messages = raws.map((raw, i) => {
    const result = normalizeMessage(raw, i, { receivedAt });
    if (!('ok' in result)) throw new Error(`rejected: ${JSON.stringify(result.rejected)}`);
    return result.ok;
  });
  await ingestMessages(t.db, null, messages satisfies NormalizedMessage[]);
}

let identityCalls = 0;
async function run(s: Step, pool: UsageEvent[], prefix = 'prop') {
  if (s.kind === 'batch') await send(s.events.map((i) => rawMessage(pool[i] as UsageEvent, i, prefix)));
  else if (s.kind === 'group')
    await send([
      {
        type: 'group',
        userId: userId(s.user),
        groupId: accountId(s.account),
        messageId: `prop-g-${identityCalls++}`,
      },
    ]);
  else if (s.kind === 'alias')
    await send([
      {
        type: 'alias',
        previousId: anonymousId(s.user),
        userId: userId(s.user),
        messageId: `prop-a-${identityCalls++}`,
      },
    ]);
  else if (s.kind === 'rollup') await rollupUsage(t.db, s.limit);
  else if (s.kind === 'attach') await attachPendingEvents(t.db, s.limit);
  else await drainAndCompare();
}

async function drain() {
  while ((await attachPendingEvents(t.db)) > 0) {}
  while ((await rollupUsage(t.db)) > 0) {}
}

/** The events the rollups must equal a recount of: those stored, plus those retention deleted (kept aside). */
const COUNTED_EVENTS = sql`(
  select account_id, timestamp, type, event, user_id, anonymous_id from raw_events
  union all select account_id, timestamp, type, event, user_id, anonymous_id from prop_deleted_events) r`;

async function drainAndCompare() {
  await drain();
  const rollup = await sql`
    select account_id, day::text, event, count, unique_users from usage_daily order by 1, 2, 3`.execute(t.db);
  const recount = await sql`
    select account_id, (timestamp at time zone 'UTC')::date::text as day,
      case type when 'track' then event when 'page' then 'Page Viewed' else 'Screen Viewed' end as event,
      count(*)::int as count, count(distinct coalesce(user_id, anonymous_id))::int as unique_users
    from ${COUNTED_EVENTS} where account_id is not null and type in ('track', 'page', 'screen')
    group by 1, 2, 3 order by 1, 2, 3`.execute(t.db);
  expect(rollup.rows).toEqual(recount.rows);
  const userDays = await sql`
    select account_id, day::text, user_id, events from usage_user_days order by 1, 2, 3`.execute(t.db);
  const userRecount = await sql`
    select account_id, (timestamp at time zone 'UTC')::date::text as day, coalesce(user_id, anonymous_id) as user_id,
      count(*)::int as events
    from ${COUNTED_EVENTS} where account_id is not null and type in ('track', 'page', 'screen')
    group by 1, 2, 3 order by 1, 2, 3`.execute(t.db);
  expect(userDays.rows).toEqual(userRecount.rows);
}

/** What retention does to the events counted so far; they are kept aside for the recount. */
async function deleteCountedRawEvents() {
  await sql`
    with gone as (delete from raw_events where account_id is not null returning *)
    insert into prop_deleted_events select account_id, timestamp, type, event, user_id, anonymous_id from gone`.execute(
    t.db,
  );
}

async function freshState() {
  for (const table of [
    'prop_deleted_events',
    'usage_queue',
    'usage_renames',
    'ingest_pending',
    'usage_daily',
    'usage_event_users',
    'usage_user_days',
    'raw_events',
    'ingest_messages',
    'ingest_users',
    'ingest_aliases',
    'accounts',
  ])
    await sql`delete from ${sql.table(table)}`.execute(t.db);
}

describe('usage rollup (property)', () => {
  it('equals a recount from raw_events for any order, split, retry and backfill of events', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ pool, steps }) => {
        await freshState();
        for (const s of steps) await run(s, pool);
        // Every account exists and every visitor is a user with a group: each event ends up on some account.
        for (let u = 0; u < USERS; u++) {
          await run({ kind: 'alias', user: u }, pool);
          await run({ kind: 'group', user: u, account: u % ACCOUNTS }, pool);
        }
        await drainAndCompare();
        const sent = new Set(steps.flatMap((s) => (s.kind === 'batch' ? s.events : [])));
        const { rows } = await sql<{ stored: number; counted: number }>`
          select (select count(*)::int from raw_events where type in ('track', 'page')) as stored,
            (select coalesce(sum(count), 0)::int from usage_daily) as counted`.execute(t.db);
        expect(rows[0]).toEqual({ stored: sent.size, counted: sent.size });
      }),
      { numRuns: 15 },
    );
  });

  // Phase two sends new events (other messageIds) for the same days after retention deleted the raw events
  // already counted: the rollup adds them to what it kept, and distinct users stay exact. No alias in phase
  // two: it would rename users in the kept-aside copy's past, which retention no longer holds.
  const later = fc.array(
    step.filter((s) => s.kind !== 'alias'),
    { minLength: 1, maxLength: 15 },
  );
  it('keeps the rollups when retention deletes raw events, and adds later events to them exactly', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, later, async ({ pool, steps }, laterSteps) => {
        await freshState();
        for (const s of steps) await run(s, pool);
        await drain();
        await deleteCountedRawEvents();
        for (const s of laterSteps) await run(s, pool, 'late');
        for (let u = 0; u < USERS; u++) await run({ kind: 'group', user: u, account: u % ACCOUNTS }, pool);
        await drainAndCompare();
      }),
      { numRuns: 15 },
    );
  });
});
