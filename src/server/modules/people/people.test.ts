// Roster, ladder and access rules through the real app: people data for managers and admins, one's own
// record for everyone else, private career notes for the member, their manager and admins, reads audited.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseState } from '../../test/database-state.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: SessionClient;
let manager: SessionClient;
let otherManager: SessionClient;
let csm: SessionClient;
let colleague: SessionClient;
const ids: Record<string, string> = {};

async function member(body: Record<string, unknown>): Promise<string> {
  const res = await admin.post('/api/team/members', {
    title: 'CSM',
    track: 'ic',
    level: 2,
    start_date: '2025-01-06',
    ...body,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  manager = await t.as('cs_manager');
  otherManager = await t.as('cs_manager');
  csm = await t.as('csm');
  colleague = await t.as('csm');
  ids.manager = await member({
    user_id: manager.userId,
    name: 'Mia Manager',
    title: 'CS Manager',
    track: 'manager',
  });
  await member({ user_id: otherManager.userId, name: 'Oscar Other', title: 'CS Manager', track: 'manager' });
  ids.csm = await member({ user_id: csm.userId, name: 'Cam CSM', manager_id: ids.manager });
  ids.colleague = await member({ user_id: colleague.userId, name: 'Cole League', manager_id: ids.manager });
});
afterAll(() => t?.close());

describe('roster', () => {
  it('lists current members for managers and refuses CSMs', async () => {
    const res = await manager.get('/api/team/members');
    expect(res.status).toBe(200);
    expect((await res.json()).data.map((m: { name: string }) => m.name)).toEqual([
      'Cam CSM',
      'Cole League',
      'Mia Manager',
      'Oscar Other',
    ]);
    expect((await csm.get('/api/team/members')).status).toBe(403);
  });

  it('shows a CSM their own record and not a colleague’s', async () => {
    const own = await csm.get(`/api/team/members/${ids.csm}`);
    expect(own.status).toBe(200);
    expect((await own.json()).manager_name).toBe('Mia Manager');
    expect((await csm.get(`/api/team/members/${ids.colleague}`)).status).toBe(403);
    const me = await (await csm.get('/api/team/me')).json();
    expect(me.member.id).toBe(ids.csm);
    expect(me.member.can_read_notes).toBe(true);
  });

  it('records a promotion as history and changes title and level', async () => {
    const res = await manager.post(`/api/team/members/${ids.csm}/promotions`, {
      effective_on: '2026-01-01',
      to_title: 'Senior CSM',
      to_level: 3,
    });
    expect(res.status).toBe(201);
    const detail = await (await manager.get(`/api/team/members/${ids.csm}`)).json();
    expect(detail).toMatchObject({ title: 'Senior CSM', level: 3 });
    expect(detail.promotions).toMatchObject([
      { from_title: 'CSM', to_title: 'Senior CSM', from_level: 2, to_level: 3 },
    ]);
  });

  it('ends a spell with a configured reason, and a returner gets a second spell', async () => {
    const leaver = await member({ name: 'Lee Leaver', start_date: '2024-02-01' });
    const end = await manager.post(`/api/team/members/${leaver}/end`, {
      end_date: '2025-05-31',
      exit_kind: 'voluntary',
      exit_reason: 'compensation',
      exit_destination: 'Competitor',
    });
    expect(end.status).toBe(200);
    const back = await member({ name: 'Lee Leaver', start_date: '2026-01-05', previous_member_id: leaver });
    const former = await (await manager.get('/api/team/members?status=former')).json();
    expect(former.data.map((m: { id: string }) => m.id)).toContain(leaver);
    const current = await (await manager.get('/api/team/members')).json();
    expect(current.data.find((m: { id: string }) => m.id === back).previous_member_id).toBe(leaver);
  });

  it('refuses an end date before the start, an unknown exit reason, and writes nothing', async () => {
    const before = await databaseState(t.db);
    const early = await manager.post(`/api/team/members/${ids.colleague}/end`, {
      end_date: '2024-12-31',
      exit_kind: 'voluntary',
      exit_reason: 'compensation',
    });
    expect(early.status).toBe(422);
    expect((await early.json()).error.details[0].path).toEqual(['end_date']);
    const reason = await manager.post(`/api/team/members/${ids.colleague}/end`, {
      end_date: '2025-12-31',
      exit_kind: 'involuntary',
      exit_reason: 'compensation',
    });
    expect(reason.status).toBe(422);
    expect(await databaseState(t.db)).toEqual(before);
  });

  it('serves the built-in career ladder to everyone on the team', async () => {
    const res = await csm.get('/api/team/ladder');
    const titles = (await res.json()).data.map((l: { title: string }) => l.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Associate CSM', 'Senior CSM', 'Team Lead', 'VP of Customer Success']),
    );
  });
});

describe('private career notes', () => {
  it('lets the manager write and the member read their own notes', async () => {
    const res = await manager.post(`/api/team/members/${ids.colleague}/notes`, {
      conversation_on: '2026-02-01',
      body: 'Wants to lead onboarding programmes next year.',
    });
    expect(res.status).toBe(201);
    const own = await colleague.get(`/api/team/members/${ids.colleague}/notes`);
    expect(own.status).toBe(200);
    expect((await own.json()).data[0].body).toContain('onboarding');
  });

  it('hides them from a colleague CSM and from a manager who is not theirs', async () => {
    expect((await csm.get(`/api/team/members/${ids.colleague}/notes`)).status).toBe(403);
    expect((await otherManager.get(`/api/team/members/${ids.colleague}/notes`)).status).toBe(403);
    expect(
      (
        await csm.post(`/api/team/members/${ids.colleague}/notes`, {
          conversation_on: '2026-02-01',
          body: 'x',
        })
      ).status,
    ).toBe(403);
    expect((await (await t.withKey(['admin'])).get(`/api/team/members/${ids.colleague}/notes`)).status).toBe(
      403,
    );
  });

  it('audits every read with action read', async () => {
    const count = async () =>
      (
        await t.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'read')
          .where('entity_type', '=', 'career_notes')
          .where('entity_id', '=', ids.colleague as string)
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    await admin.get(`/api/team/members/${ids.colleague}/notes`);
    await manager.get(`/api/team/members/${ids.colleague}/notes`);
    expect(Number(await count())).toBe(before + 2);
  });
});

describe('team metrics, capacity and KPIs over HTTP', () => {
  it('answers metrics with formulas, and refuses from after to', async () => {
    const res = await manager.get('/api/team/metrics?from=2025-01-01&to=2026-12-31');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.formulas.attrition).toContain('annualised');
    expect(body.attrition.voluntary_exits).toBe(1);
    expect((await manager.get('/api/team/metrics?from=2026-02-01&to=2026-01-01')).status).toBe(422);
  });

  it('flags an over-full book and applies a suggestion with one click, audited', async () => {
    const accounts = Array.from({ length: 17 }, (_, i) => ({
      name: `Dedicated ${i}`,
      coverage_model: 'dedicated',
      owner_id: csm.userId,
      arr: 5_000_000 + i,
    }));
    await t.db.insertInto('accounts').values(accounts).execute();
    const report = await (await manager.get('/api/team/capacity')).json();
    const row = report.rows.find((r: { user_id: string }) => r.user_id === csm.userId);
    expect(row.accounts.dedicated).toBe(17);
    expect(row.load).toBeCloseTo(17 / 15, 3);
    const moves = report.suggestions.filter(
      (s: { kind: string; from_owner_id: string }) => s.kind === 'reassign',
    );
    expect(moves.length).toBe(2);
    // A rule listening for owner changes, so the move must reach the rules like any other owner change.
    await t.db
      .insertInto('rules')
      .values({
        name: 'Owner changed',
        enabled: true,
        trigger: JSON.stringify({ type: 'field_changed', field: 'owner_id' }),
        conditions: JSON.stringify({ match: 'all', conditions: [] }),
        actions: JSON.stringify([]),
      })
      .execute();
    await t.db.deleteFrom('health_dirty').execute();
    const apply = await manager.post('/api/team/capacity/apply', { suggestions: moves.slice(0, 1) });
    expect(apply.status).toBe(200);
    const again = await manager.post('/api/team/capacity/apply', { suggestions: moves.slice(0, 1) });
    expect(again.status).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['entity_id', 'before', 'after'])
      .where('action', '=', 'account.rebalanced')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual([moves[0].account_id]);
    expect(audit[0]?.before).toMatchObject({ owner_id: csm.userId });
    expect(audit[0]?.after).toMatchObject({ owner_id: moves[0].to_owner_id, reason: 'over_capacity' });
    const dirty = await t.db.selectFrom('health_dirty').select('account_id').execute();
    expect(dirty.map((d) => d.account_id)).toEqual([moves[0].account_id]);
    const signals = await t.db
      .selectFrom('signals')
      .select('facts')
      .where('type', '=', 'account.field_changed')
      .where('account_id', '=', moves[0].account_id)
      .execute();
    expect(signals.map((s) => s.facts)).toContainEqual({
      field: 'owner_id',
      from: csm.userId,
      to: moves[0].to_owner_id,
    });
  });

  it('shows each CSM’s health mix, open and overdue work, recent touchpoints, CSAT and low-value effort', async () => {
    const owner = await t.as('csm');
    const book = await t.db
      .insertInto('accounts')
      .values([
        // Under the default low-value threshold (20,000 USD) and dedicated: effort without value.
        { name: 'Tiny Dedicated', owner_id: owner.userId, coverage_model: 'dedicated', arr: 1_000_00 },
        { name: 'Pooled Mid', owner_id: owner.userId, coverage_model: 'pooled', arr: 50_000_00 },
        { name: 'Big Dedicated', owner_id: owner.userId, coverage_model: 'dedicated', arr: 100_000_00 },
      ])
      .returning('id')
      .execute();
    const [tiny, mid] = book.map((b) => b.id) as [string, string, string];
    await t.db
      .insertInto('account_health')
      .values([
        { account_id: tiny, score: 30, color: 'red' },
        { account_id: mid, score: 90, color: 'green' },
      ])
      .execute();
    const yesterday = sql<string>`current_date - 1`;
    await t.db
      .insertInto('ctas')
      .values([
        {
          account_id: tiny,
          type: 'risk',
          priority: 'high',
          title: 'Late',
          owner_id: owner.userId,
          due_date: yesterday,
        },
        { account_id: mid, type: 'opportunity', priority: 'low', title: 'Open', owner_id: owner.userId },
        {
          account_id: mid,
          type: 'risk',
          priority: 'low',
          title: 'Done',
          owner_id: owner.userId,
          due_date: yesterday,
          status: 'closed',
          outcome: 'success',
        },
      ])
      .execute();
    await t.db
      .insertInto('tasks')
      .values([
        { account_id: mid, owner_id: owner.userId, title: 'Call', due_date: yesterday },
        { account_id: mid, owner_id: owner.userId, title: 'Sent', due_date: yesterday, done_at: sql`now()` },
      ])
      .execute();
    await t.db
      .insertInto('touchpoints')
      .values([
        {
          account_id: tiny,
          type: 'call',
          author_id: owner.userId,
          summary: 'Weekly',
          occurred_at: sql`now() - interval '1 day'`,
        },
        {
          account_id: mid,
          type: 'call',
          author_id: owner.userId,
          summary: 'Old',
          occurred_at: sql`now() - interval '40 days'`,
        },
      ])
      .execute();
    await t.db
      .insertInto('survey_responses')
      .values([
        { account_id: mid, kind: 'csat', score: 5 },
        { account_id: tiny, kind: 'csat', score: 2 },
        { account_id: tiny, kind: 'nps', score: 10 },
        { account_id: mid, kind: 'csat', score: 5, responded_at: sql`now() - interval '100 days'` },
      ])
      .execute();
    const report = await (await manager.get('/api/team/capacity')).json();
    const row = report.rows.find((r: { user_id: string }) => r.user_id === owner.userId);
    expect(row).toMatchObject({
      accounts: { dedicated: 2, pooled: 1, tech_touch: 0 },
      health: { green: 1, yellow: 0, red: 1, none: 1 },
      ctas: { open: 2, overdue: 1 },
      tasks: { open: 1, overdue: 1 },
      touchpoints_30d: 1,
      csat: 0.5,
      csat_responses: 2,
      low_value_dedicated: 1,
      low_value_touchpoints_30d: 1,
      low_value_open_ctas: 1,
    });
    expect(report.suggestions).toContainEqual(
      expect.objectContaining({ kind: 'change_coverage', account_id: tiny, to_coverage: 'pooled' }),
    );
  });

  it('computes GRR, NRR and churned ARR of a CSM’s book against goals', async () => {
    const book = await t.db
      .insertInto('accounts')
      .values([
        { name: 'Kept', owner_id: colleague.userId },
        { name: 'Lost', owner_id: colleague.userId },
      ])
      .returning('id')
      .execute();
    const [kept, lost] = book.map((b) => b.id) as [string, string];
    // Kept: 1000 → 1200 (expansion); Lost: 500 → 0. Start 1500; GRR (1000 + 0) / 1500; NRR 1200 / 1500.
    await t.db
      .insertInto('contracts')
      .values([
        {
          account_id: kept,
          product: 'P',
          start_date: '2025-01-01',
          end_date: '2025-12-31',
          arr: 1000,
          status: 'expired',
        },
        {
          account_id: kept,
          product: 'P',
          start_date: '2026-01-01',
          end_date: '2026-12-31',
          arr: 1200,
          created_at: '2025-12-15',
        },
        {
          account_id: lost,
          product: 'P',
          start_date: '2025-01-01',
          end_date: '2025-12-31',
          arr: 500,
          status: 'expired',
        },
      ])
      .execute();
    // CSAT in the quarter: one of two answers is 4 or 5; an answer before the quarter does not count.
    await t.db
      .insertInto('survey_responses')
      .values([
        { account_id: kept, kind: 'csat', score: 5, responded_at: '2025-11-01T10:00:00Z' },
        { account_id: lost, kind: 'csat', score: 3, responded_at: '2025-12-31T22:00:00Z' },
        { account_id: lost, kind: 'csat', score: 1, responded_at: '2025-09-30T10:00:00Z' },
      ])
      .execute();
    // Health on the first day: Kept 60 (from 30 Sep), Lost 40; on the last: Kept 70, Lost 20. 50 → 45.
    const day = (account_id: string, d: string, score: number) => ({
      account_id,
      day: d,
      at: `${d}T23:00:00Z`,
      kind: 'daily',
      score,
      color: 'yellow',
    });
    await t.db
      .insertInto('health_history')
      .values([
        day(kept, '2025-09-30', 60),
        day(kept, '2025-12-31', 70),
        day(lost, '2025-10-01', 40),
        day(lost, '2025-12-20', 20),
        day(lost, '2026-01-05', 90),
      ])
      .execute();
    for (const [metric, target] of [
      ['grr', 90],
      ['csat', 80],
      ['health_trend', 5],
    ] as const) {
      const res = await manager.post('/api/team/goals', {
        member_id: ids.colleague,
        quarter: '2025-Q4',
        metric,
        target,
      });
      expect(res.status).toBe(200);
    }
    const res = await manager.get('/api/team/kpis?quarter=2025-Q4');
    const row = (await res.json()).rows.find((r: { member_id: string }) => r.member_id === ids.colleague);
    // Measured on 1 Oct and on 1 Jan; Kept's renewal was entered on 15 Dec, before its end: on time.
    expect(row).toMatchObject({
      starting_arr: 1500,
      ending_arr: 1200,
      churned_arr: 500,
      grr: 0.6667,
      nrr: 0.8,
      renewals_due: 2,
      renewals_on_time: 1,
      csat: 0.5,
      csat_responses: 2,
      health_start: 50,
      health_end: 45,
      health_trend: -5,
    });
    expect(row.goals).toEqual([
      { metric: 'grr', target: 90, actual: 66.67 },
      { metric: 'csat', target: 80, actual: 50 },
      { metric: 'health_trend', target: 5, actual: -5 },
    ]);
    const q1 = (await (await manager.get('/api/team/kpis?quarter=2026-Q1')).json()).rows.find(
      (r: { member_id: string }) => r.member_id === ids.colleague,
    );
    expect(q1).toMatchObject({ starting_arr: 1200, ending_arr: 1200, grr: 1 });
  });
});
