import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../shared/accounts.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let csm: SessionClient;
const users: Record<'ana' | 'ben' | 'cho' | 'dev', string> = { ana: '', ben: '', cho: '', dev: '' };

beforeAll(async () => {
  t = await createTestApp();
  csm = await t.as('csm');
  // Team members only need to exist: rows without a usable password keep the setup fast.
  for (const name of Object.keys(users) as (keyof typeof users)[]) {
    const row = await t.db
      .insertInto('users')
      .values({
        email: `${name}-${randomBytes(3).toString('hex')}@team.test`,
        name,
        role: 'csm',
        password_hash: 'none',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    users[name] = row.id;
  }
});
afterAll(() => t?.close());

async function newAccount(): Promise<string> {
  const res = await csm.post('/api/accounts', { name: `Team ${randomBytes(3).toString('hex')}` });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

async function add(
  accountId: string,
  userId: string,
  role: string,
  isPrimary?: boolean,
): Promise<TeamMember> {
  const res = await csm.post(`/api/accounts/${accountId}/team`, {
    user_id: userId,
    role,
    ...(isPrimary ? { is_primary: true } : {}),
  });
  expect(res.status).toBe(201);
  return res.json();
}

async function team(accountId: string): Promise<TeamMember[]> {
  const res = await csm.get(`/api/accounts/${accountId}/team`);
  expect(res.status).toBe(200);
  return (await res.json()).data;
}

const primaryOf = async (accountId: string) =>
  (await team(accountId)).filter((m) => m.is_primary).map((m) => m.user_id);

describe('account team API', () => {
  it('makes the first member the primary point of contact', async () => {
    const accountId = await newAccount();
    const first = await add(accountId, users.ana, 'ae');
    expect(first).toMatchObject({
      account_id: accountId,
      user_id: users.ana,
      user_name: 'ana',
      role: 'ae',
      is_primary: true,
    });
    const second = await add(accountId, users.ben, 'csm');
    expect(second.is_primary).toBe(false);
    expect(await primaryOf(accountId)).toEqual([users.ana]);
  });

  it('lists the primary first', async () => {
    const accountId = await newAccount();
    await add(accountId, users.ana, 'ae');
    const ben = await add(accountId, users.ben, 'csm');
    await csm.patch(`/api/accounts/${accountId}/team/${ben.id}`, { is_primary: true });
    expect((await team(accountId)).map((m) => m.user_id)).toEqual([users.ben, users.ana]);
  });

  it('moves the star when another member is made primary, keeping the previous one on the team', async () => {
    const accountId = await newAccount();
    await add(accountId, users.ana, 'csm');
    const ben = await add(accountId, users.ben, 'support');
    const res = await csm.patch(`/api/accounts/${accountId}/team/${ben.id}`, { is_primary: true });
    expect(res.status).toBe(200);
    expect((await res.json()).is_primary).toBe(true);
    expect(await primaryOf(accountId)).toEqual([users.ben]);
    expect(await team(accountId)).toHaveLength(2);
  });

  it('moves the star when a new member is added as primary', async () => {
    const accountId = await newAccount();
    await add(accountId, users.ana, 'csm');
    const cho = await add(accountId, users.cho, 'exec_sponsor', true);
    expect(cho.is_primary).toBe(true);
    expect(await primaryOf(accountId)).toEqual([users.cho]);
  });

  it('promotes the longest-serving CSM when the primary is removed', async () => {
    const accountId = await newAccount();
    const ana = await add(accountId, users.ana, 'ae');
    await add(accountId, users.ben, 'support');
    await add(accountId, users.cho, 'csm');
    expect((await csm.delete(`/api/accounts/${accountId}/team/${ana.id}`)).status).toBe(204);
    expect(await primaryOf(accountId)).toEqual([users.cho]);
  });

  it('promotes the longest-serving member when the primary is removed and no CSM is left', async () => {
    const accountId = await newAccount();
    const ana = await add(accountId, users.ana, 'csm');
    await add(accountId, users.ben, 'support');
    await add(accountId, users.cho, 'ae');
    await csm.delete(`/api/accounts/${accountId}/team/${ana.id}`);
    expect(await primaryOf(accountId)).toEqual([users.ben]);
  });

  it('keeps the primary when another member is removed, and leaves an empty team without one', async () => {
    const accountId = await newAccount();
    const ana = await add(accountId, users.ana, 'csm');
    const ben = await add(accountId, users.ben, 'ae');
    await csm.delete(`/api/accounts/${accountId}/team/${ben.id}`);
    expect(await primaryOf(accountId)).toEqual([users.ana]);
    await csm.delete(`/api/accounts/${accountId}/team/${ana.id}`);
    expect(await team(accountId)).toEqual([]);
    const next = await add(accountId, users.dev, 'support');
    expect(next.is_primary).toBe(true);
  });

  it('keeps exactly one primary through a series of changes', async () => {
    const accountId = await newAccount();
    const members = [await add(accountId, users.ana, 'csm'), await add(accountId, users.ben, 'ae')];
    members.push(await add(accountId, users.cho, 'support', true), await add(accountId, users.dev, 'csm'));
    for (const m of [members[1], members[3], members[0]]) {
      await csm.patch(`/api/accounts/${accountId}/team/${m?.id}`, { is_primary: true });
      expect(await primaryOf(accountId)).toEqual([m?.user_id]);
    }
    await csm.delete(`/api/accounts/${accountId}/team/${members[0]?.id}`);
    expect(await primaryOf(accountId)).toHaveLength(1);
    const rows = await t.db
      .selectFrom('account_team')
      .select('is_primary')
      .where('account_id', '=', accountId)
      .execute();
    expect(rows.filter((r) => r.is_primary)).toHaveLength(1);
  });

  it('keeps exactly one primary when members are added at the same time', async () => {
    const accountId = await newAccount();
    const added = await Promise.all(
      Object.values(users).map((id) =>
        csm.post(`/api/accounts/${accountId}/team`, { user_id: id, role: 'csm' }),
      ),
    );
    expect(added.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(await primaryOf(accountId)).toHaveLength(1);
  });

  it('changes a member role without moving the star', async () => {
    const accountId = await newAccount();
    await add(accountId, users.ana, 'csm');
    const ben = await add(accountId, users.ben, 'ae');
    const res = await csm.patch(`/api/accounts/${accountId}/team/${ben.id}`, { role: 'support' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'support', is_primary: false });
    expect(await primaryOf(accountId)).toEqual([users.ana]);
  });

  it('lets one user hold two roles but answers 409 for the same role twice', async () => {
    const accountId = await newAccount();
    await add(accountId, users.ana, 'csm');
    await add(accountId, users.ana, 'exec_sponsor');
    const dup = await csm.post(`/api/accounts/${accountId}/team`, { user_id: users.ana, role: 'csm' });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.code).toBe('conflict');
    expect(await team(accountId)).toHaveLength(2);
  });

  it('answers 404 for a member of another account and changes nothing', async () => {
    const accountId = await newAccount();
    const otherId = await newAccount();
    await add(accountId, users.ana, 'csm');
    const foreign = await add(otherId, users.ben, 'csm');
    expect(
      (await csm.patch(`/api/accounts/${accountId}/team/${foreign.id}`, { is_primary: true })).status,
    ).toBe(404);
    expect((await csm.delete(`/api/accounts/${accountId}/team/${foreign.id}`)).status).toBe(404);
    expect(await primaryOf(accountId)).toEqual([users.ana]);
    expect(await primaryOf(otherId)).toEqual([users.ben]);
  });

  it('answers 404 for the team of an unknown account', async () => {
    expect((await csm.get('/api/accounts/00000000-0000-7000-8000-000000000000/team')).status).toBe(404);
  });

  it('records team changes on the account in the audit log', async () => {
    const admin = await t.as('admin');
    const accountId = await newAccount();
    const ana = await add(accountId, users.ana, 'csm');
    const ben = await add(accountId, users.ben, 'ae');
    await csm.patch(`/api/accounts/${accountId}/team/${ben.id}`, { is_primary: true });
    await csm.delete(`/api/accounts/${accountId}/team/${ana.id}`);
    const log = await (await admin.get(`/api/audit-log?entity_type=account&entity_id=${accountId}`)).json();
    expect(log.data.map((e: { action: string }) => e.action)).toEqual([
      'account_team.removed',
      'account_team.updated',
      'account_team.added',
      'account_team.added',
      'account.created',
    ]);
    expect(log.data[1]).toMatchObject({
      before: { id: ben.id, is_primary: false },
      after: { id: ben.id, is_primary: true },
    });
    expect(log.data[0]).toMatchObject({ before: { id: ana.id }, after: null, actor_id: csm.userId });
  });
});
