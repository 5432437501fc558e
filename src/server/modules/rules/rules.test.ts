import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cta } from '../../../shared/ctas.ts';
import { createLogger } from '../../logger.ts';
import { type RunningPipeline, startPipeline } from '../../pipeline/pipeline.ts';
import { eventually } from '../../test/eventually.ts';
import { createTestApp, type SessionClient, TEST_PASSWORD, type TestApp } from '../../test/harness.ts';
import { emitSignal } from '../signals/emit-signals.ts';
import { sweepRules } from './sweep-rules.ts';

let t: TestApp;
let jobs: RunningPipeline;
let manager: SessionClient;
let csm: SessionClient;
let ingestKey: string;

beforeAll(async () => {
  t = await createTestApp();
  jobs = await startPipeline(
    t.database,
    createLogger('silent'),
    { dispatchMs: 50, sweepCron: '0 0 0 1 1 *' },
    ['rules', 'notify', 'sweep'],
  );
  manager = await t.as('cs_manager');
  csm = await t.as('csm');
  await t.db.updateTable('users').set({ locale: 'ru' }).where('id', '=', csm.userId).execute();
  const admin = await t.as('admin');
  const key = await admin.post('/api/api-keys', {
    name: 'segment',
    scopes: ['ingest'],
    current_password: TEST_PASSWORD,
  });
  ingestKey = (await key.json()).key;
}, 60_000);
afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

async function account(name: string, extra: Record<string, unknown> = {}) {
  const res = await manager.post('/api/accounts', {
    name,
    external_id: name.toLowerCase().replace(/\W+/g, '-'),
    ...extra,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; external_id: string };
}
async function rule(body: Record<string, unknown>) {
  const res = await manager.post('/api/rules', { enabled: true, ...body });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string };
}
const openCtas = (accountId: string) =>
  manager.get(`/api/ctas?account_id=${accountId}`).then(async (r) => (await r.json()).data as Cta[]);

describe('rule validation', () => {
  const base = {
    name: 'Bad',
    trigger: { type: 'account_created' },
    actions: [{ type: 'open_cta', cta_type: 'risk', title: 'x' }],
  };
  it.each([
    [
      'an unknown condition field',
      { conditions: { match: 'all', conditions: [{ field: 'colour', operator: 'eq', value: 'red' }] } },
      'conditions.conditions.0.field',
      'unknown_field',
    ],
    [
      'an invalid cron',
      { trigger: { type: 'schedule', cron: '61 * * * *' } },
      'trigger.cron',
      'invalid_cron',
    ],
    [
      'a Slack action without a channel',
      { actions: [{ type: 'notify_slack', channel_id: '00000000-0000-7000-8000-000000000000' }] },
      'actions.0.channel_id',
      'missing_target',
    ],
    [
      'a named owner without a person',
      { actions: [{ type: 'assign_owner', strategy: 'named' }] },
      'actions.0.user_id',
      'missing_target',
    ],
    [
      'a field a rule cannot set',
      { actions: [{ type: 'set_field', field: 'arr', value: 1 }] },
      'actions.0.field',
      'unknown_field',
    ],
    [
      'a coverage model that does not exist',
      { actions: [{ type: 'set_field', field: 'coverage_model', value: 'white_glove' }] },
      'actions.0.value',
      'invalid_value',
    ],
    [
      'a renewal date that is not a date',
      { actions: [{ type: 'set_field', field: 'renewal_date', value: 'next spring' }] },
      'actions.0.value',
      'invalid_value',
    ],
    [
      'an owner who is not a CSM',
      { actions: [{ type: 'set_field', field: 'owner_id', value: '00000000-0000-7000-8000-000000000000' }] },
      'actions.0.value',
      'missing_target',
    ],
  ])('rejects %s with a 422 naming the input', async (_, spoil, path, code) => {
    const res = await manager.post('/api/rules', { ...base, ...spoil });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toContainEqual(expect.objectContaining({ path: path.split('.'), code }));
  });

  it('rejects a rule without actions and an unknown trigger', async () => {
    expect((await manager.post('/api/rules', { ...base, actions: [] })).status).toBe(422);
    expect((await manager.post('/api/rules', { ...base, trigger: { type: 'moon_phase' } })).status).toBe(422);
  });

  it('dry-runs a draft without saving it, and refuses a draft a save would refuse', async () => {
    const a = await account('Draft Dry Run Co', {
      tier: 'Platinum',
      renewal_date: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    });
    const before = (await (await manager.get('/api/rules')).json()).data.length;
    const draft = {
      name: 'Not saved',
      trigger: { type: 'renewal_in_days', days: 30 },
      conditions: { match: 'all', conditions: [{ field: 'tier', operator: 'eq', value: 'Platinum' }] },
      actions: [{ type: 'open_cta', cta_type: 'onboarding', title: 'Welcome' }],
    };
    const res = await manager.post('/api/rules/dry-run', draft);
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result.accounts.map((x: { account_id: string }) => x.account_id)).toContain(a.id);
    expect((await (await manager.get('/api/rules')).json()).data).toHaveLength(before);
    const bad = await manager.post('/api/rules/dry-run', {
      ...draft,
      actions: [{ type: 'set_field', field: 'lifecycle_stage', value: 'thriving' }],
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details).toContainEqual(
      expect.objectContaining({ path: ['actions', '0', 'value'], code: 'invalid_value' }),
    );
    expect((await csm.post('/api/rules/dry-run', draft)).status).toBe(403);
  });

  it('lets a CSM read rules but not write them', async () => {
    expect((await csm.get('/api/rules')).status).toBe(200);
    expect((await csm.post('/api/rules', base)).status).toBe(403);
  });
});

describe('firing rules', () => {
  it('opens a CTA with its reason and playbook tasks when a named event is ingested, and updates it on a repeat', async () => {
    const acme = await account('Cancel Corp', { owner_id: csm.userId, segment: 'SMB' });
    const r = await rule({
      name: 'Cancelled subscription',
      trigger: { type: 'product_event', event: 'Subscription Cancelled' },
      conditions: { match: 'any', conditions: [{ field: 'segment', operator: 'in', value: ['SMB', 'Mid'] }] },
      actions: [
        {
          type: 'open_cta',
          cta_type: 'risk',
          priority: 'urgent',
          title: 'Save the account',
          playbook: 'usage_drop',
        },
      ],
    });
    const track = (messageId: string) =>
      t.app.request('/v1/track', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`${ingestKey}:`).toString('base64')}`,
        },
        body: JSON.stringify({
          messageId,
          userId: 'u1',
          event: 'Subscription Cancelled',
          context: { groupId: acme.external_id },
          properties: { plan: 'pro' },
        }),
      });
    expect((await track('m-1')).status).toBe(200);
    const cta = (
      await eventually(async () => (await openCtas(acme.id)).length === 1 && openCtas(acme.id))
    )[0] as Cta;
    expect(cta).toMatchObject({
      type: 'risk',
      priority: 'urgent',
      owner_id: csm.userId,
      rule_id: r.id,
      fire_count: 1,
    });
    expect(cta.reason).toMatchObject({ rule_name: 'Cancelled subscription', trigger: 'product_event' });
    expect(cta.reason.facts).toMatchObject({ event: 'Subscription Cancelled', properties: { plan: 'pro' } });
    // The playbook's tasks, in the owner's language (Russian).
    const tasks = (await (await csm.get(`/api/ctas/${cta.id}/tasks`)).json()).data;
    expect(tasks.map((x: { title: string }) => x.title)[0]).toBe(
      'Изучить динамику использования и последние обращения',
    );

    expect((await track('m-2')).status).toBe(200);
    await eventually(async () => (await openCtas(acme.id))[0]?.fire_count === 2);
    expect(await openCtas(acme.id)).toHaveLength(1);
  });

  it('fires on health signals emitted by another module', async () => {
    const a = await account('Health Signal Inc', { owner_id: csm.userId });
    await rule({
      name: 'Turned red',
      trigger: { type: 'health_band_changed', to_color: 'red' },
      actions: [{ type: 'open_cta', cta_type: 'risk', title: 'Health turned red' }],
    });
    await t.db.transaction().execute((trx) =>
      emitSignal(trx, {
        type: 'health.band_changed',
        accountId: a.id,
        facts: { from_color: 'yellow', to_color: 'red', score: 41 },
      }),
    );
    const cta = (await eventually(async () => (await openCtas(a.id)).length > 0 && openCtas(a.id)))[0] as Cta;
    expect(cta.reason.facts).toMatchObject({ from_color: 'yellow', to_color: 'red', score: 41 });
  });

  it('sets account fields to the values a rule was saved with', async () => {
    const a = await account('Setter Co', { segment: 'SMB' });
    await rule({
      name: 'Gold accounts get a named CSM and high touch',
      trigger: { type: 'field_changed', field: 'tier' },
      actions: [
        { type: 'set_field', field: 'coverage_model', value: 'dedicated' },
        { type: 'set_field', field: 'owner_id', value: csm.userId },
        { type: 'set_field', field: 'renewal_date', value: '2027-03-01' },
      ],
    });
    expect((await manager.patch(`/api/accounts/${a.id}`, { tier: 'Gold' })).status).toBe(200);
    const after = await eventually(async () => {
      const body = await (await manager.get(`/api/accounts/${a.id}`)).json();
      return body.coverage_model === 'dedicated' && body;
    });
    expect(after).toMatchObject({
      coverage_model: 'dedicated',
      owner_id: csm.userId,
      renewal_date: '2027-03-01',
    });
  });

  it('logs a rule that throws at run time and still runs the others', async () => {
    const a = await account('Resilient Ltd', { segment: 'Enterprise' });
    const broken = await rule({
      name: 'Broken setter',
      trigger: { type: 'field_changed', field: 'tier' },
      actions: [{ type: 'set_field', field: 'renewal_date', value: '2027-03-01' }],
    });
    // A value the column rejects when the rule runs (not a date), as a rule stored before set_field values
    // were validated would hold it.
    await sql`update rules set actions = jsonb_set(actions, '{0,value}', '"next spring"')
      where id = ${broken.id}::uuid`.execute(t.db);
    await rule({
      name: 'Tier changed',
      trigger: { type: 'field_changed', field: 'tier' },
      actions: [{ type: 'open_cta', cta_type: 'lifecycle', title: 'Tier changed: review the plan' }],
    });
    expect((await manager.patch(`/api/accounts/${a.id}`, { tier: 'Gold' })).status).toBe(200);
    const cta = (await eventually(async () => (await openCtas(a.id)).length > 0 && openCtas(a.id)))[0] as Cta;
    expect(cta.reason.facts).toMatchObject({ field: 'tier', from: null, to: 'Gold' });
    const runs = (await (await manager.get(`/api/rules/${broken.id}/runs`)).json()).data;
    expect(runs[0]).toMatchObject({ status: 'error' });
    expect(runs[0].error).toMatch(/date/i);
  });

  it('fires many rules of one batch together, and logs only the one that throws when they run together', async () => {
    const a = await account('Together Inc', { lifecycle_stage: 'adoption' });
    // A condition the database rejects when it runs (not a date), as a rule stored before dates in
    // conditions were validated would have it. It fails the set-based statement of every rule of the
    // batch, so they fall back to one by one.
    const broken = await rule({
      name: 'Broken condition',
      trigger: { type: 'field_changed', field: 'lifecycle_stage' },
      conditions: {
        match: 'all',
        conditions: [{ field: 'renewal_date', operator: 'lt', value: '2099-01-01' }],
      },
      actions: [{ type: 'open_cta', cta_type: 'risk', title: 'Never opened' }],
    });
    await sql`update rules set conditions = jsonb_set(conditions, '{conditions,0,value}', '"next spring"')
      where id = ${broken.id}::uuid`.execute(t.db);
    const titles = ['Stage changed: check the plan', 'Stage changed: call the sponsor'];
    for (const title of titles)
      await rule({
        name: title,
        trigger: { type: 'field_changed', field: 'lifecycle_stage' },
        actions: [{ type: 'open_cta', cta_type: 'lifecycle', title }],
      });
    expect((await manager.patch(`/api/accounts/${a.id}`, { lifecycle_stage: 'renewal' })).status).toBe(200);
    const ctas = await eventually(async () => {
      const list = await openCtas(a.id);
      return list.length === titles.length && list;
    });
    expect(ctas.map((c) => c.title).sort()).toEqual([...titles].sort());
    const runs = (await (await manager.get(`/api/rules/${broken.id}/runs`)).json()).data;
    expect(runs[0]).toMatchObject({ status: 'error' });
    expect(runs[0].error).toMatch(/date/i);
  });

  it('assigns owners by least accounts and finds usage drops in usage_daily', async () => {
    const a = await account('Quiet Co');
    const today = new Date().toISOString().slice(0, 10);
    await sql`insert into usage_daily (account_id, day, event, count, unique_users)
      select ${a.id}::uuid, ${today}::date - d, 'Report Exported', case when d >= 7 then 100 else 10 end, 3
      from generate_series(0, 13) d`.execute(t.db);
    await rule({
      name: 'Usage fell by half',
      trigger: { type: 'usage_drop', percent: 50, window_days: 7 },
      actions: [
        { type: 'assign_owner', strategy: 'least_accounts' },
        { type: 'open_cta', cta_type: 'risk', title: 'Usage dropped', playbook: 'usage_drop' },
      ],
    });
    const result = await sweepRules(t.db, createLogger('silent'));
    expect(result.opened).toBeGreaterThanOrEqual(1);
    const cta = (await openCtas(a.id))[0] as Cta;
    expect(cta.reason.facts).toMatchObject({ previous: 700, current: 70, drop_percent: 90 });
    expect(cta.owner_id).not.toBeNull();
    // The cooldown: the account stays in the state, the next sweep does not fire again.
    await sweepRules(t.db, createLogger('silent'));
    expect((await openCtas(a.id))[0]?.fire_count).toBe(1);
  });

  it('shows in a dry run which accounts a rule would have fired for, changing nothing', async () => {
    const a = await account('Renews Soon', {
      renewal_date: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    });
    const r = await rule({
      name: 'Renewal in 30 days',
      enabled: false,
      trigger: { type: 'renewal_in_days', days: 30 },
      actions: [{ type: 'open_cta', cta_type: 'renewal', title: 'Renewal coming', playbook: 'renewal' }],
    });
    const res = await manager.post(`/api/rules/${r.id}/dry-run`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.accounts.map((x: { account_id: string }) => x.account_id)).toContain(a.id);
    expect(await openCtas(a.id)).toHaveLength(0);
  });
});
