import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { type RunningPipeline, startPipeline } from '../../pipeline/pipeline.ts';
import { eventually } from '../../test/eventually.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { claimTick } from './claim-tick.ts';

let t: TestApp;
const runtimes: RunningPipeline[] = [];

beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(async () => {
  for (const r of runtimes) await r.stop();
  await t?.close();
});

describe('job queue', () => {
  it('claims a tick once however many claim it at the same time', async () => {
    const tick = new Date('2026-11-23T10:00:00.400Z');
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimTick(t.db, 'test.tick', tick)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // The same second, written differently, is the same tick.
    expect(await claimTick(t.db, 'test.tick', new Date('2026-11-23T10:00:00.900Z'))).toBe(false);
  });

  it('runs a scheduled rule once a tick with two workers on one database', async () => {
    const logger = createLogger('silent');
    for (let i = 0; i < 2; i++)
      runtimes.push(
        await startPipeline(t.database, logger, { dispatchMs: 100, sweepCron: '* * * * * *' }, [
          'rules',
          'notify',
          'sweep',
        ]),
      );
    const admin = await t.as('admin');
    const account = await (
      await admin.post('/api/accounts', { name: 'Scheduled Co', segment: 'Tick' })
    ).json();
    const rule = await (
      await admin.post('/api/rules', {
        name: 'Every second',
        enabled: true,
        trigger: { type: 'schedule', cron: '* * * * * *' },
        conditions: { match: 'all', conditions: [{ field: 'segment', operator: 'eq', value: 'Tick' }] },
        actions: [{ type: 'open_cta', cta_type: 'lifecycle', title: 'Weekly check' }],
      })
    ).json();
    // The workers pick the new rule up on their next sweep tick, then run it every second.
    const key = `rule:${rule.id}`;
    await eventually(async () => {
      const n = await t.db
        .selectFrom('job_ticks')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('key', '=', key)
        .executeTakeFirst();
      return (n?.n ?? 0) >= 3;
    });
    for (const r of runtimes.splice(0)) await r.stop();
    const ticks = await t.db.selectFrom('job_ticks').select('tick_at').where('key', '=', key).execute();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pgboss.job
      where name = 'rules.schedule' and data->>'ruleId' = ${rule.id}`.execute(t.db);
    expect(rows[0]?.n).toBe(ticks.length);
    // Each completed tick fired the rule once for the account: one CTA, updated per tick.
    const ctas = await t.db
      .selectFrom('ctas')
      .select('fire_count')
      .where('account_id', '=', account.id)
      .execute();
    expect(ctas).toHaveLength(1);
    expect(ctas[0]?.fire_count).toBeLessThanOrEqual(ticks.length);
  }, 60_000);
});
