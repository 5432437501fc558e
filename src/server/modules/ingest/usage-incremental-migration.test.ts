import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as migration from '../../db/migrations/2026-11-23T1800-usage-incremental.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { ensureEventPartitions } from './ensure-event-partitions.ts';
import { ingestMessages } from './ingest-messages.ts';
import { normalizeMessage } from './normalize-message.ts';
import { rollupUsage } from './rollup-usage.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('migration 2026-11-23T1800-usage-incremental', () => {
  it('backfills the incremental rollup from the raw events and rolls up what the old path left marked', async () => {
    const db = t.db as unknown as Kysely<unknown>;
    await migration.down(db);
    const { id } = await t.db
      .insertInto('accounts')
      .values({ name: 'Old Co', external_id: 'old-co' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ensureEventPartitions(t.db, ['2026-11']);
    // Two days: the 1st rolled up by the old path, the 2nd with a new event and its mark still waiting.
    await sql`
      insert into raw_events (message_id, type, event, user_id, group_id, account_id, timestamp) values
        ('old-1', 'track', 'Used', 'a', 'old-co', ${id}, '2026-11-01T10:00:00Z'),
        ('old-2', 'track', 'Used', 'b', 'old-co', ${id}, '2026-11-01T11:00:00Z'),
        ('old-3', 'track', 'Used', 'a', 'old-co', ${id}, '2026-11-02T10:00:00Z'),
        ('old-4', 'track', 'Used', 'b', 'old-co', ${id}, '2026-11-02T11:00:00Z'),
        ('old-5', 'track', 'Used', 'x', 'new-co', null, '2026-11-02T12:00:00Z')`.execute(t.db);
    await sql`
      insert into usage_daily (account_id, day, event, count, unique_users) values
        (${id}, '2026-11-01', 'Used', 2, 2), (${id}, '2026-11-02', 'Used', 1, 1)`.execute(t.db);
    await sql`insert into usage_dirty (account_id, day) values (${id}, '2026-11-02')`.execute(t.db);

    await migration.up(db);

    const daily = await sql`
      select day::text, count, unique_users from usage_daily where account_id = ${id} order by day`.execute(
      t.db,
    );
    expect(daily.rows).toEqual([
      { day: '2026-11-01', count: 2, unique_users: 2 },
      { day: '2026-11-02', count: 2, unique_users: 2 },
    ]);
    const pending = await sql`select kind, key from ingest_pending`.execute(t.db);
    expect(pending.rows).toEqual([{ kind: 'group', key: 'new-co' }]);

    // A late event of a user already counted on the 1st adds to the count, not to the users.
    const late = normalizeMessage(
      {
        type: 'track',
        event: 'Used',
        userId: 'a',
        messageId: 'old-6',
        timestamp: '2026-11-01T23:00:00Z',
        context: { groupId: 'old-co' },
      },
      0,
      { receivedAt: new Date() },
    );
    if (!('ok' in late)) throw new Error('rejected');
    await ingestMessages(t.db, null, [late.ok]);
    await attachPendingEvents(t.db);
    while ((await rollupUsage(t.db)) > 0) {}
    const after = await sql`
      select count, unique_users from usage_daily where account_id = ${id} and day = '2026-11-01'`.execute(
      t.db,
    );
    expect(after.rows).toEqual([{ count: 3, unique_users: 2 }]);
  });
});
