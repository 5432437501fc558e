// The demo team seeds two years of history that the team pages can show: leavers of each kind, a person
// who left and came back, filled requisitions for time to fill, and open requisitions with candidates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapacityReport, CapacityRow } from '../../../shared/people.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
let admin: SessionClient;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { accounts: 60, usage: false });
  admin = await t.as('admin');
});
afterAll(() => t?.close());

describe('demo team', () => {
  it('has current and former members, a returner, and managers for everyone', async () => {
    const current = (await (await admin.get('/api/team/members')).json()).data;
    const former = (await (await admin.get('/api/team/members?status=former')).json()).data;
    expect(current).toHaveLength(8);
    expect(former.map((m: { exit_kind: string }) => m.exit_kind).sort()).toEqual([
      'internal_move',
      'involuntary',
      'voluntary',
      'voluntary',
      'voluntary',
    ]);
    expect(current.filter((m: { previous_member_id: string | null }) => m.previous_member_id)).toHaveLength(
      1,
    );
    expect(
      current.filter((m: { manager_name: string | null }) => m.manager_name === 'Maria Chen'),
    ).toHaveLength(7);
  });

  it('gives the metrics two years of history', async () => {
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 729 * 86_400_000).toISOString().slice(0, 10);
    const m = await (await admin.get(`/api/team/metrics?from=${from}&to=${to}`)).json();
    expect(m.headcount.length).toBeGreaterThanOrEqual(24);
    expect(m.headcount_end).toBe(8);
    expect(m.attrition.voluntary_exits).toBe(3);
    expect(m.average_time_to_fill_days).toBeGreaterThan(0);
    expect(m.pulse.length).toBeGreaterThan(0);
  });

  it('has open requisitions with candidates and evaluations', async () => {
    const reqs = (await (await admin.get('/api/hiring/requisitions')).json()).data;
    const open = reqs.filter((r: { status: string }) => r.status === 'open');
    expect(open).toHaveLength(2);
    const detail = await (await admin.get(`/api/hiring/requisitions/${open[0].id}`)).json();
    expect(detail.candidates.length).toBeGreaterThan(0);
    expect(detail.questions.length).toBeGreaterThan(0);
  });

  it('gives the capacity page recent work to weigh: touchpoints, CSAT, open and overdue CTAs', async () => {
    const report: CapacityReport = await (await admin.get('/api/team/capacity')).json();
    const sum = (pick: (r: CapacityRow) => number) => report.rows.reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.touchpoints_30d)).toBeGreaterThan(0);
    expect(sum((r) => r.csat_responses)).toBeGreaterThan(0);
    expect(sum((r) => r.ctas.open)).toBeGreaterThan(0);
    expect(sum((r) => r.tasks.overdue)).toBeGreaterThan(0);
  });

  it('does not seed the team twice', async () => {
    await seedDemo(t.db, { accounts: 0, usage: false });
    expect((await (await admin.get('/api/team/members?status=all')).json()).data).toHaveLength(13);
  });
});
