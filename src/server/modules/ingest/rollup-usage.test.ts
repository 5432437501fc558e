import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { ensureEventPartitions } from './ensure-event-partitions.ts';
import { ingestMessages } from './ingest-messages.ts';
import { type NormalizedMessage, normalizeMessage } from './normalize-message.ts';
import { rollupUsage } from './rollup-usage.ts';
import { storeUsageEvents } from './store-usage-events.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = '2026-11-05';

function track(messageId: string, fields: Record<string, unknown>): NormalizedMessage {
  const result = normalizeMessage(
    { type: 'track', event: 'Used', userId: 'u-1', timestamp: `${DAY}T12:00:00Z`, messageId, ...fields },
    0,
    { receivedAt: new Date() },
  );
  if (!('ok' in result)) throw new Error(JSON.stringify(result.rejected));
  return result.ok;
}

async function drain() {
  while ((await attachPendingEvents(t.db)) > 0) {}
  while ((await rollupUsage(t.db)) > 0) {}
}

async function newAccount(externalId: string) {
  return t.db
    .insertInto('accounts')
    .values({ name: externalId, external_id: externalId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function usage(accountId: string) {
  const { rows } = await sql<{ event: string; count: number; unique_users: number }>`
    select event, count, unique_users from usage_daily where account_id = ${accountId} and day = ${DAY}
    order by event`.execute(t.db);
  return rows;
}

describe('usage rollup', () => {
  // Only the server runs transactions side by side; the embedded backend runs them one at a time.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'counts an event whose batch commits while a rollup pass runs',
    async () => {
      const account = await newAccount('race-co');
      await ensureEventPartitions(t.db, ['2026-11']);
      await ingestMessages(t.db, null, [track('race-1', { context: { groupId: 'race-co' } })]);

      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let stored = () => {};
      const storedSignal = new Promise<void>((r) => {
        stored = r;
      });
      const ingest = t.db.transaction().execute(async (trx) => {
        await storeUsageEvents(trx, null, [track('race-2', { context: { groupId: 'race-co' } })]);
        stored();
        await held;
      });
      await storedSignal;
      await rollupUsage(t.db);
      release();
      await ingest;
      await drain();
      expect(await usage(account.id)).toEqual([{ event: 'Used', count: 2, unique_users: 1 }]);
    },
  );

  it('adds late events to days whose raw events retention deleted, leaving the rollup as it was', async () => {
    const account = await newAccount('kept-co');
    const group = { context: { groupId: 'kept-co' } };
    await ingestMessages(t.db, null, [
      track('kept-1', { ...group, userId: 'a' }),
      track('kept-2', { ...group, userId: 'b' }),
      track('kept-3', { ...group, userId: 'a', event: 'Shared' }),
    ]);
    await drain();
    // What retention does to old raw events; the rollups must not notice.
    await sql`delete from raw_events where account_id = ${account.id}`.execute(t.db);
    await drain();
    expect(await usage(account.id)).toEqual([
      { event: 'Shared', count: 1, unique_users: 1 },
      { event: 'Used', count: 2, unique_users: 2 },
    ]);
    // A late event, a user already counted that day, and a new one.
    await ingestMessages(t.db, null, [
      track('kept-4', { ...group, userId: 'b' }),
      track('kept-5', { ...group, userId: 'c', timestamp: `${DAY}T23:59:59Z` }),
    ]);
    await drain();
    expect(await usage(account.id)).toEqual([
      { event: 'Shared', count: 1, unique_users: 1 },
      { event: 'Used', count: 4, unique_users: 3 },
    ]);
    const { rows } = await sql<{ user_id: string; events: number }>`
      select user_id, events from usage_user_days where account_id = ${account.id} order by 1`.execute(t.db);
    expect(rows).toEqual([
      { user_id: 'a', events: 2 },
      { user_id: 'b', events: 2 },
      { user_id: 'c', events: 1 },
    ]);
  });

  it('empties its queue and marks the accounts for a health recompute', async () => {
    const account = await newAccount('health-co');
    await sql`delete from health_dirty`.execute(t.db);
    await ingestMessages(
      t.db,
      null,
      Array.from({ length: 300 }, (_, i) => track(`health-${i}`, { context: { groupId: 'health-co' } })),
    );
    expect(await rollupUsage(t.db, 200)).toBe(200);
    expect(await rollupUsage(t.db, 200)).toBe(100);
    expect(await rollupUsage(t.db, 200)).toBe(0);
    const { rows } = await sql<{ queued: number; dirty: number }>`
      select (select count(*) from usage_queue)::int as queued,
        (select count(*) from health_dirty where account_id = ${account.id})::int as dirty`.execute(t.db);
    expect(rows[0]).toEqual({ queued: 0, dirty: 1 });
    expect(await usage(account.id)).toEqual([{ event: 'Used', count: 300, unique_users: 1 }]);
  });
});

describe('attaching events that came before their account', () => {
  it('keeps one pending mark per unknown group, and attaches only the groups that became accounts', async () => {
    const events = Array.from({ length: 400 }, (_, i) =>
      track(`ghost-${i}`, { userId: `g-user-${i % 7}`, context: { groupId: `ghost-co-${i % 20}` } }),
    );
    await ingestMessages(t.db, null, events);
    const marks = async () =>
      Number(
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from ingest_pending where key like 'ghost-co-%'`.execute(t.db)
        ).rows[0]?.n,
      );
    expect(await marks()).toBe(20);
    // No account yet: a pass resolves nothing and leaves the marks (it reads 20 marks, not 400 events).
    expect(await attachPendingEvents(t.db)).toBe(0);
    expect(await marks()).toBe(20);

    const account = await newAccount('ghost-co-3');
    expect(await attachPendingEvents(t.db)).toBe(1);
    expect(await marks()).toBe(19);
    while ((await rollupUsage(t.db)) > 0) {}
    expect(await usage(account.id)).toEqual([{ event: 'Used', count: 20, unique_users: 7 }]);
  });

  it('attaches events without a groupId once their user joins a group, under an alias too', async () => {
    const account = await newAccount('joined-co');
    await ingestMessages(t.db, null, [
      track('join-1', { userId: undefined, anonymousId: 'anon-j' }),
      track('join-2', { userId: 'joiner' }),
    ]);
    await drain();
    expect(await usage(account.id)).toEqual([]);
    const alias = normalizeMessage({ type: 'alias', previousId: 'anon-j', userId: 'joiner' }, 0, {
      receivedAt: new Date(),
    });
    const group = normalizeMessage({ type: 'group', userId: 'joiner', groupId: 'joined-co' }, 0, {
      receivedAt: new Date(),
    });
    if (!('ok' in alias) || !('ok' in group)) throw new Error('rejected');
    await ingestMessages(t.db, null, [alias.ok]);
    await ingestMessages(t.db, null, [group.ok]);
    await drain();
    expect(await usage(account.id)).toEqual([{ event: 'Used', count: 2, unique_users: 1 }]);
  });
});
