// Every route of the app × every kind of caller: allowed (the route's success status) or refused (401/403
// with nothing written). The routes come from the app itself, so a new route fails here until it has a rule.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyScope, Role } from '../shared/auth.ts';
import { scorecardInput } from '../shared/health.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { systemActor } from './modules/auth/actor.ts';
import { createApiKey } from './modules/auth/create-api-key.ts';
import { queueHealthRun } from './modules/health/queue-health-run.ts';
import { saveScorecard } from './modules/health/save-scorecard.ts';
import {
  ACTORS,
  type ActorName,
  matrixScorecard,
  ROUTE_RULES,
  type RouteRule,
  type Setup,
} from './role-matrix.rules.ts';
import { type DatabaseState, databaseState } from './test/database-state.ts';
import { type Client, createTestApp, type SessionClient, type TestApp } from './test/harness.ts';

/** The routes the app serves, as "METHOD /path" with Hono's `:param` syntax (middleware-only entries left out). */
function appRoutes(): string[] {
  const app = createApp({
    db: undefined as never,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    logger: createLogger('silent'),
  });
  const routes = app.routes
    .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(routes)].sort();
}

const ROUTES = appRoutes();
const USER_ROLES: Role[] = ['viewer', 'csm', 'cs_manager', 'admin'];

let t: TestApp;
const clients = {} as Record<ActorName, Client>;
const sessions = {} as Record<Role, SessionClient>;
const fx: Record<string, string> = {};
let rates = 0;

async function insertAccount(name: string): Promise<string> {
  const row = await t.db.insertInto('accounts').values({ name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const role of USER_ROLES) sessions[role] = await t.as(role);
  clients.anonymous = t.anonymous;
  for (const role of USER_ROLES) clients[role] = sessions[role];
  for (const scope of ['read', 'write', 'admin', 'ingest'] as ApiKeyScope[])
    clients[`key:${scope}`] = await t.withKey([scope]);

  const target = await t.db
    .insertInto('users')
    .values({ email: 'target@matrix.test', name: 'Target', role: 'csm', password_hash: 'none' })
    .returning('id')
    .executeTakeFirstOrThrow();
  fx.user = target.id;
  fx.loginEmail = (await t.as('viewer')).email;
  fx.account = await insertAccount('Matrix account');
  fx.contact = (
    await t.db
      .insertInto('contacts')
      .values({ account_id: fx.account, name: 'Matrix contact' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  fx.contract = (
    await t.db
      .insertInto('contracts')
      .values({
        account_id: fx.account,
        product: 'P',
        start_date: '2026-01-01',
        end_date: '2026-12-31',
        arr: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  fx.opportunity = (
    await t.db
      .insertInto('opportunities')
      .values({
        account_id: fx.account,
        kind: 'expansion',
        amount: 1,
        currency: 'USD',
        close_date: '2026-06-30',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  fx.member = (
    await t.db
      .insertInto('account_team')
      .values({ account_id: fx.account, user_id: fx.user, role: 'csm', is_primary: true })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  fx.scorecard = (
    await saveScorecard(t.db, systemActor('matrix'), scorecardInput.parse(matrixScorecard(true)))
  ).scorecard.id;
  fx.run = (await queueHealthRun(t.db, 'manual', {}))?.id as string;
  fx.alert = (
    await t.db
      .insertInto('health_alerts')
      .values({ account_id: fx.account, kind: 'score_drop', details: JSON.stringify({ points: 20 }) })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  fx.ticket = (
    await t.db
      .insertInto('support_tickets')
      .values({ account_id: fx.account, subject: 'Matrix ticket' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await teamFixtures();
});
afterAll(() => t?.close());

async function insertMember(name: string, userId: string | null, managerId: string | null = null) {
  const row = await t.db
    .insertInto('team_members')
    .values({
      name,
      user_id: userId,
      manager_id: managerId,
      title: 'CSM',
      track: 'ic',
      level: 2,
      start_date: '2025-01-06',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The cs_manager session manages `colleague` (a CSM who is not the csm session) and is the hiring manager
 * of `requisition`; the csm session is on the team but on neither: it must see neither notes nor evaluations.
 */
async function teamFixtures() {
  const managerMember = await insertMember('Matrix manager', sessions.cs_manager.userId);
  await insertMember('Matrix csm', sessions.csm.userId, managerMember);
  fx.colleague = await insertMember('Matrix colleague', fx.user as string, managerMember);
  fx.hiringManager = sessions.cs_manager.userId;
  fx.requisition = await insertRequisition();
  fx.candidate = await insertCandidate(fx.requisition);
}

async function insertRequisition() {
  const row = await t.db
    .insertInto('requisitions')
    .values({
      title: 'Matrix CSM',
      track: 'ic',
      level: 2,
      kind: 'new',
      hiring_manager_id: sessions.cs_manager.userId,
      opened_on: '2026-01-05',
      competencies: JSON.stringify([{ key: 'onboarding', name: 'Onboarding' }]),
      stages: JSON.stringify([{ key: 'panel', name: 'Panel', question_ids: [] }]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertCandidate(requisitionId: string) {
  const row = await t.db
    .insertInto('candidates')
    .values({ requisition_id: requisitionId, name: 'Matrix candidate' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What a cell needs that would not survive a previous cell: fresh records, fresh sessions. */
const setup: Setup = {
  fx,
  insertAccount,
  async insertTeamMember(accountId: string) {
    const row = await t.db
      .insertInto('account_team')
      .values({ account_id: accountId, user_id: fx.user as string, role: 'csm', is_primary: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
  async insertContact() {
    const row = await t.db
      .insertInto('contacts')
      .values({ account_id: fx.account as string, name: 'Doomed' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
  async insertContract() {
    const row = await t.db
      .insertInto('contracts')
      .values({
        account_id: fx.account as string,
        product: 'Doomed',
        start_date: '2026-01-01',
        end_date: '2026-01-31',
        arr: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
  async insertExchangeRate() {
    const row = await t.db
      .insertInto('exchange_rates')
      .values({
        currency: 'GBP',
        effective_date: `2000-01-${String(++rates).padStart(2, '0')}`,
        rate: 1.3,
        exponent: 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
  insertMember: () => insertMember('Doomed member', null),
  insertCandidate: async () => insertCandidate(await insertRequisition()),
  async freshMemberUser(actor: ActorName): Promise<Client> {
    if (!(USER_ROLES as string[]).includes(actor)) return clients[actor];
    const client = await t.as(actor as Role);
    await insertMember('Pulse answerer', client.userId);
    return client;
  },
  async insertApiKey() {
    return (await createApiKey(t.db, systemActor('matrix'), { name: 'Doomed', scopes: ['read'] })).id;
  },
  /** A saved view of the caller when it is a user (else of the admin: the caller is refused anyway). */
  async insertSavedView(actor: ActorName) {
    const owner = sessions[(USER_ROLES as string[]).includes(actor) ? (actor as Role) : 'admin'];
    const row = await t.db
      .insertInto('saved_views')
      .values({ user_id: owner.userId, name: 'Doomed', query: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
  async insertScorecard() {
    const saved = await saveScorecard(
      t.db,
      systemActor('matrix'),
      scorecardInput.parse(matrixScorecard(false)),
    );
    return saved.scorecard.id;
  },
  /** A second session of the caller, so that ending it leaves the shared one working. */
  async freshSession(actor: ActorName): Promise<Client> {
    return (USER_ROLES as string[]).includes(actor) ? t.logIn(sessions[actor as Role].email) : clients[actor];
  },
  /** A new user of the caller's role, whose password may change. */
  async freshUser(actor: ActorName): Promise<Client> {
    return (USER_ROLES as string[]).includes(actor) ? t.as(actor as Role) : clients[actor];
  },
  unique: () => randomBytes(4).toString('hex'),
  async insertRow(table, values) {
    const row = await t.db
      .insertInto(table as never)
      .values(values as never)
      .returning('id' as never)
      .executeTakeFirstOrThrow();
    return (row as { id: string }).id;
  },
};

/** Writes that a refused request must not make; API keys' last use is touched on every authenticated call. */
const writesOf = (s: DatabaseState) =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, k === 'api_keys' ? v.rows : v]));

function expectedStatus(rule: RouteRule, actor: ActorName): number {
  if (rule.may.includes(actor)) return rule.ok;
  if (actor === 'anonymous') return 401;
  // Ingest takes only API keys: a browser session is not a write key at all.
  if (rule.keyOnly && !actor.startsWith('key:')) return 401;
  return 403;
}

describe('role matrix: the table', () => {
  it('has a rule for every route of the app', () => {
    expect(ROUTES.filter((r) => !ROUTE_RULES[r])).toEqual([]);
  });
  it('has no rule for a route the app does not serve', () => {
    expect(Object.keys(ROUTE_RULES).filter((r) => !ROUTES.includes(r))).toEqual([]);
  });
});

// One row per cell: [route, actor, expected status].
const cells = ROUTES.filter((r) => ROUTE_RULES[r]).flatMap((route) =>
  ACTORS.map((actor) => [route, actor, expectedStatus(ROUTE_RULES[route] as RouteRule, actor)] as const),
);

describe('role matrix', () => {
  it.each(cells)('%s as %s answers %i', async (route, actor, expected) => {
    const [method = ''] = route.split(' ');
    const cell = await (ROUTE_RULES[route] as RouteRule).cell(actor, setup);
    const client = cell.client ?? clients[actor];
    const before = writesOf(await databaseState(t.db));
    const res = await client.request(method, cell.url, cell.body);
    const text = await res.text();
    expect({ status: res.status, body: text.slice(0, 300) }).toMatchObject({ status: expected });
    if (expected === 401 || expected === 403) {
      expect(JSON.parse(text).error.code).toBe(expected === 401 ? 'unauthenticated' : 'forbidden');
      expect(writesOf(await databaseState(t.db))).toEqual(before);
    }
  });
});
