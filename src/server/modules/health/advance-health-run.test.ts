import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthRun } from '../../../shared/health.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { type AdvanceOptions, advanceHealthRun } from './advance-health-run.ts';
import { customFieldScorecard } from './health.fixtures.ts';
import { utcToday } from './recompute-health.ts';

let t: TestApp;
let admin: SessionClient;
let csm: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  csm = await t.as('csm');
});
afterAll(() => t?.close());

/** New accounts scored by no one but a run: their own recompute on creation is taken off the queue. */
async function newAccounts(adoptions: number[]): Promise<string[]> {
  const ids: string[] = [];
  for (const adoption of adoptions) {
    const res = await csm.post('/api/accounts', { name: `Run ${Math.random()}`, custom: { adoption } });
    expect(res.status).toBe(201);
    ids.push((await res.json()).id);
  }
  await t.db.deleteFrom('health_dirty').where('account_id', 'in', ids).execute();
  return ids;
}

/** A worker as the health worker runs one: batches until it finds nothing to take. */
const worker = (options: AdvanceOptions) => async () => {
  while (await advanceHealthRun(t.db, options)) {}
};

async function run(id: string): Promise<HealthRun> {
  const res = await admin.get(`/api/health/runs/${id}`);
  expect(res.status).toBe(200);
  return res.json();
}

async function queueRun(): Promise<string> {
  const res = await admin.post('/api/health/recompute', {});
  expect(res.status).toBe(202);
  return (await res.json()).id;
}

const accountCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function scores(ids: string[]) {
  const rows = await t.db
    .selectFrom('account_health')
    .select(['account_id', 'score'])
    .where('account_id', 'in', ids)
    .execute();
  return ids.map((id) => rows.find((r) => r.account_id === id)?.score ?? null);
}

const parts = (runId: string) =>
  t.db.selectFrom('health_run_parts').selectAll().where('run_id', '=', runId).orderBy('part').execute();

describe('full recompute in parts', () => {
  it('splits a run into parts that several workers advance at once, and closes it once', async () => {
    const adoptions = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    const ids = await newAccounts(adoptions);
    const res = await admin.post('/api/scorecards', customFieldScorecard());
    expect(res.status).toBe(201);
    const runId: string = (await res.json()).run.id;

    const options = { batch: 2, parts: 3 };
    await Promise.all([worker(options)(), worker(options)(), worker(options)()]);

    const total = await accountCount();
    // Each account counted once: parts neither overlap nor leave gaps.
    expect(await run(runId)).toMatchObject({ status: 'done', done: total, total });
    const split = await parts(runId);
    expect(split.map((p) => p.done)).toEqual([true, true, true]);
    expect(split.at(-1)?.upto).toBeNull();
    expect(split[1]?.cursor && split[0]?.upto && split[1].cursor > split[0].upto).toBe(true);
    expect(await scores(ids)).toEqual(adoptions);
    const points = await t.db
      .selectFrom('health_history')
      .select(['account_id'])
      .where('kind', '=', 'daily')
      .where('day', '=', utcToday())
      .execute();
    expect(points).toHaveLength(total);
  });

  it('scores accounts created while a run is under way, in its last part', async () => {
    const runId = await queueRun();
    expect(await advanceHealthRun(t.db, { batch: 1, parts: 2 })).toBe(true);
    expect(await run(runId)).toMatchObject({ status: 'running', done: 1 });
    const [late] = await newAccounts([55]);

    await worker({ batch: 3, parts: 2 })();

    expect(await scores([late as string])).toEqual([55]);
    const total = await accountCount();
    expect(await run(runId)).toMatchObject({ status: 'done', done: total, total });
  });

  it('keeps a part where its last good batch left it when a batch fails, and goes on from there', async () => {
    const [a, b, c] = (await newAccounts([31, 32, 33])) as [string, string, string];
    // A real failure inside the batch that holds c, standing in for a crash mid-batch.
    await sql`alter table account_health add constraint refuse_one check (account_id <> ${sql.lit(c)}::uuid)`.execute(
      t.db,
    );
    const runId = await queueRun();
    const total = await accountCount();
    try {
      // Batches of one: every account before c is scored, then c's batch fails and is rolled back.
      await expect(worker({ batch: 1, parts: 1 })()).rejects.toThrow(/refuse_one/);
      expect(await scores([a, b, c])).toEqual([31, 32, null]);
      expect((await parts(runId))[0]).toMatchObject({ cursor: b, done: false });
      expect(await run(runId)).toMatchObject({ status: 'running', done: total - 1 });
    } finally {
      await sql`alter table account_health drop constraint refuse_one`.execute(t.db);
    }

    await worker({ batch: 1, parts: 1 })();

    expect(await scores([a, b, c])).toEqual([31, 32, 33]);
    expect(await run(runId)).toMatchObject({ status: 'done', done: total, total });
  });
});
