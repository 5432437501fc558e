import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { markDirty } from './apply-identities.ts';
import { ensureEventPartitions } from './ensure-event-partitions.ts';
import { rollupDirtyUsage } from './rollup-usage.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DAY = '2026-11-05';

/** What an ingest transaction does for one event: store it with its account, mark its day. */
async function storeEvent(trx: Db, accountId: string, messageId: string) {
  await sql`
    insert into raw_events (message_id, type, event, user_id, account_id, timestamp)
    values (${messageId}, 'track', 'Raced', 'race-user', ${accountId}, ${`${DAY}T12:00:00Z`})`.execute(trx);
  await markDirty(trx, [{ account_id: accountId, day: DAY }]);
}

describe('usage rollup', () => {
  // Only the server runs transactions side by side; the embedded backend runs them one at a time.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'counts an event whose batch commits while the rollup of its day runs',
    async () => {
      const account = await t.db
        .insertInto('accounts')
        .values({ name: 'Race Co', external_id: 'race-co' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await ensureEventPartitions(t.db, ['2026-11']);
      // The day is already marked by an earlier batch when the second batch marks it again.
      await t.db.transaction().execute((trx) => storeEvent(trx, account.id, 'race-1'));

      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      let stored = () => {};
      const storedSignal = new Promise<void>((r) => {
        stored = r;
      });
      const ingest = t.db.transaction().execute(async (trx) => {
        await storeEvent(trx, account.id, 'race-2');
        stored();
        await held;
      });
      await storedSignal;
      await rollupDirtyUsage(t.db);
      release();
      await ingest;
      while ((await rollupDirtyUsage(t.db)) > 0) {}

      const { rows } = await sql<{ n: number }>`
        select coalesce(sum(count), 0)::int as n from usage_daily where account_id = ${account.id}`.execute(
        t.db,
      );
      expect(rows[0]?.n).toBe(2);
    },
  );
});
