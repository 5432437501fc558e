// Who may call each route, written from the product rules rather than read from permissions.ts, so the
// role matrix (role-matrix.test.ts) checks the code against the rules and not against itself.

import type { Client } from './test/harness.ts';
import { TEST_PASSWORD } from './test/harness.ts';

export const ACTORS = [
  'anonymous',
  'viewer',
  'csm',
  'cs_manager',
  'admin',
  'key:read',
  'key:write',
  'key:admin',
  'key:ingest',
] as const;
export type ActorName = (typeof ACTORS)[number];

const USERS: ActorName[] = ['viewer', 'csm', 'cs_manager', 'admin'];

export const MAY = {
  everyone: [...ACTORS],
  /** My session, password and profile: logged-in users only, API keys have none. */
  users: USERS,
  /** A write key reads too: integrations look up what they sync and read back what they wrote. */
  readCustomers: ['viewer', 'csm', 'cs_manager', 'admin', 'key:read', 'key:write'],
  writeCustomers: ['csm', 'cs_manager', 'admin', 'key:write'],
  deleteAccounts: ['cs_manager', 'admin', 'key:write'],
  readUsers: ['viewer', 'csm', 'cs_manager', 'admin', 'key:read', 'key:write', 'key:admin'],
  administer: ['admin', 'key:admin'],
  /** Saved views are personal: users with customer access, never API keys. */
  readOwnViews: USERS,
  writeOwnViews: ['csm', 'cs_manager', 'admin'],
  ingest: ['key:ingest'],
  /** Retention metrics and the renewal pipeline: everyone with customer access (viewers included). */
  readRevenue: ['viewer', 'csm', 'cs_manager', 'admin', 'key:read', 'key:write'],
  /** Working renewals and expansions: the CS team, and write keys (a CRM sync). */
  writeRevenue: ['csm', 'cs_manager', 'admin', 'key:write'],
} satisfies Record<string, ActorName[]>;

/** Fresh records and sessions for cells that delete or end something; `fx` holds the shared fixtures. */
export interface Setup {
  fx: Record<string, string>;
  insertAccount(name: string): Promise<string>;
  insertTeamMember(accountId: string): Promise<string>;
  insertContact(): Promise<string>;
  insertContract(): Promise<string>;
  insertExchangeRate(): Promise<string>;
  insertApiKey(): Promise<string>;
  insertSavedView(actor: ActorName): Promise<string>;
  insertScorecard(): Promise<string>;
  freshSession(actor: ActorName): Promise<Client>;
  freshUser(actor: ActorName): Promise<Client>;
  unique(): string;
}

export interface Cell {
  url: string;
  body?: unknown;
  /** Another client of the same actor, when the cell would spoil the shared one. */
  client?: Client;
}

export interface RouteRule {
  may: ActorName[];
  /** The status of an allowed call. */
  ok: number;
  /** Authenticates only with an API key (ingest): a browser session counts as no credentials. */
  keyOnly?: boolean;
  cell(actor: ActorName, setup: Setup): Cell | Promise<Cell>;
}

const rule = (may: ActorName[], ok: number, cell: RouteRule['cell']): RouteRule => ({ may, ok, cell });
const at = (url: string, body?: unknown) => () => ({ url, body });

const track = { userId: 'matrix-user', event: 'Matrix Checked' };
const ingest = (path: string, body: unknown): RouteRule => ({
  may: MAY.ingest,
  ok: 200,
  keyOnly: true,
  cell: at(path, body),
});

/** A valid scorecard document: the default one (PUT keeps it default) or an assigned one. */
export function matrixScorecard(isDefault: boolean) {
  return {
    name: isDefault ? 'Matrix default' : 'Matrix assigned',
    is_default: isDefault,
    segments: isDefault ? [] : ['Matrix'],
    measures: [
      {
        key: 'renewal',
        label: 'Days to renewal',
        weight: 100,
        source: { type: 'days_to_renewal' },
        scoring: { kind: 'linear', from: 0, to: 180 },
      },
    ],
  };
}

export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /healthz': rule(MAY.everyone, 200, at('/healthz')),
  'GET /openapi.json': rule(MAY.everyone, 200, at('/openapi.json')),
  'GET /docs': rule(MAY.everyone, 200, at('/docs')),

  'POST /api/auth/login': rule(MAY.everyone, 200, (_, s) => ({
    url: '/api/auth/login',
    body: { email: s.fx.loginEmail, password: TEST_PASSWORD },
  })),
  'GET /api/auth/session': rule(MAY.users, 200, at('/api/auth/session')),
  'POST /api/auth/logout': rule(MAY.users, 204, async (actor, s) => ({
    url: '/api/auth/logout',
    client: await s.freshSession(actor),
  })),
  'POST /api/auth/password': rule(MAY.users, 204, async (actor, s) => ({
    url: '/api/auth/password',
    body: { current_password: TEST_PASSWORD, new_password: 'matrix-new-password' },
    client: await s.freshUser(actor),
  })),
  'PATCH /api/auth/me': rule(MAY.users, 200, at('/api/auth/me', { locale: 'en' })),

  'GET /api/users': rule(MAY.readUsers, 200, at('/api/users')),
  'POST /api/users': rule(MAY.administer, 201, (_, s) => ({
    url: '/api/users',
    body: {
      email: `new-${s.unique()}@matrix.test`,
      name: 'New',
      role: 'viewer',
      password: 'matrix-password',
    },
  })),
  'PATCH /api/users/:id': rule(MAY.administer, 200, (_, s) => ({
    url: `/api/users/${s.fx.user}`,
    body: { name: 'Renamed' },
  })),
  'GET /api/api-keys': rule(MAY.administer, 200, at('/api/api-keys')),
  'POST /api/api-keys': rule(MAY.administer, 201, at('/api/api-keys', { name: 'Matrix', scopes: ['read'] })),
  'DELETE /api/api-keys/:id': rule(MAY.administer, 204, async (_, s) => ({
    url: `/api/api-keys/${await s.insertApiKey()}`,
  })),
  'GET /api/audit-log': rule(MAY.administer, 200, at('/api/audit-log')),

  'GET /api/accounts': rule(MAY.readCustomers, 200, at('/api/accounts')),
  'GET /api/accounts/facets': rule(MAY.readCustomers, 200, at('/api/accounts/facets')),
  'GET /api/accounts/:id': rule(MAY.readCustomers, 200, (_, s) => ({ url: `/api/accounts/${s.fx.account}` })),
  'POST /api/accounts': rule(MAY.writeCustomers, 201, at('/api/accounts', { name: 'Matrix new' })),
  'PATCH /api/accounts/:id': rule(MAY.writeCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}`,
    body: { tier: 'Gold' },
  })),
  'DELETE /api/accounts/:id': rule(MAY.deleteAccounts, 204, async (_, s) => ({
    url: `/api/accounts/${await s.insertAccount('Doomed')}`,
  })),

  'GET /api/accounts/:id/contacts': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/contacts`,
  })),
  'POST /api/accounts/:id/contacts': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/contacts`,
    body: { name: 'New contact' },
  })),
  'GET /api/contacts/:id': rule(MAY.readCustomers, 200, (_, s) => ({ url: `/api/contacts/${s.fx.contact}` })),
  'PATCH /api/contacts/:id': rule(MAY.writeCustomers, 200, (_, s) => ({
    url: `/api/contacts/${s.fx.contact}`,
    body: { title: 'CTO' },
  })),
  'DELETE /api/contacts/:id': rule(MAY.writeCustomers, 204, async (_, s) => ({
    url: `/api/contacts/${await s.insertContact()}`,
  })),

  'GET /api/accounts/:id/team': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/team`,
  })),
  'POST /api/accounts/:id/team': rule(MAY.writeCustomers, 201, async (_, s) => ({
    url: `/api/accounts/${await s.insertAccount('Team')}/team`,
    body: { user_id: s.fx.user, role: 'ae' },
  })),
  'PATCH /api/accounts/:id/team/:memberId': rule(MAY.writeCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/team/${s.fx.member}`,
    body: { is_primary: true },
  })),
  'DELETE /api/accounts/:id/team/:memberId': rule(MAY.writeCustomers, 204, async (_, s) => {
    const accountId = await s.insertAccount('Team');
    return { url: `/api/accounts/${accountId}/team/${await s.insertTeamMember(accountId)}` };
  }),

  'GET /api/accounts/:id/contracts': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/contracts`,
  })),
  'POST /api/accounts/:id/contracts': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/contracts`,
    body: { product: 'New', start_date: '2026-01-01', end_date: '2026-12-31', arr: 1 },
  })),
  'GET /api/contracts/:id': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/contracts/${s.fx.contract}`,
  })),
  'PATCH /api/contracts/:id': rule(MAY.writeCustomers, 200, (_, s) => ({
    url: `/api/contracts/${s.fx.contract}`,
    body: { arr: 2 },
  })),
  'DELETE /api/contracts/:id': rule(MAY.writeCustomers, 204, async (_, s) => ({
    url: `/api/contracts/${await s.insertContract()}`,
  })),

  'GET /api/saved-views': rule(MAY.readOwnViews, 200, at('/api/saved-views')),
  'POST /api/saved-views': rule(
    MAY.writeOwnViews,
    201,
    at('/api/saved-views', { name: 'Mine', query: { sort: 'arr' } }),
  ),
  'DELETE /api/saved-views/:id': rule(MAY.writeOwnViews, 204, async (actor, s) => ({
    url: `/api/saved-views/${await s.insertSavedView(actor)}`,
  })),

  'GET /api/accounts/:id/usage': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/usage`,
  })),
  'GET /api/accounts/:id/events': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/events`,
  })),
  'GET /api/settings/usage': rule(MAY.readCustomers, 200, at('/api/settings/usage')),
  'PUT /api/settings/usage': rule(
    MAY.administer,
    200,
    at('/api/settings/usage', { key_features: [], raw_event_retention_days: null }),
  ),
  'GET /api/ingest/debugger': rule(MAY.administer, 200, at('/api/ingest/debugger')),

  'GET /api/scorecards': rule(MAY.readCustomers, 200, at('/api/scorecards')),
  'POST /api/scorecards': rule(MAY.administer, 201, at('/api/scorecards', matrixScorecard(false))),
  'POST /api/scorecards/preview': rule(
    MAY.administer,
    200,
    at('/api/scorecards/preview', matrixScorecard(false)),
  ),
  'GET /api/scorecards/:id': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/scorecards/${s.fx.scorecard}`,
  })),
  'PUT /api/scorecards/:id': rule(MAY.administer, 200, (_, s) => ({
    url: `/api/scorecards/${s.fx.scorecard}`,
    body: matrixScorecard(true),
  })),
  'DELETE /api/scorecards/:id': rule(MAY.administer, 204, async (_, s) => ({
    url: `/api/scorecards/${await s.insertScorecard()}`,
  })),
  'POST /api/scorecards/:id/preview': rule(MAY.administer, 200, (_, s) => ({
    url: `/api/scorecards/${s.fx.scorecard}/preview`,
    body: matrixScorecard(true),
  })),
  'GET /api/accounts/:id/health': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/health`,
  })),
  'GET /api/accounts/:id/health/history': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/health/history`,
  })),
  'GET /api/health/alerts': rule(MAY.readCustomers, 200, at('/api/health/alerts')),
  'POST /api/health/alerts/:id/acknowledge': rule(MAY.writeCustomers, 204, (_, s) => ({
    url: `/api/health/alerts/${s.fx.alert}/acknowledge`,
  })),
  'GET /api/health/distribution': rule(MAY.readCustomers, 200, at('/api/health/distribution?group_by=owner')),
  'GET /api/health/movers': rule(MAY.readCustomers, 200, at('/api/health/movers')),
  'GET /api/health/heatmap': rule(MAY.readCustomers, 200, at('/api/health/heatmap')),
  'POST /api/health/recompute': rule(MAY.administer, 202, at('/api/health/recompute')),
  'GET /api/health/runs/latest': rule(MAY.readCustomers, 200, at('/api/health/runs/latest')),
  'GET /api/health/runs/:id': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/health/runs/${s.fx.run}`,
  })),
  'GET /api/accounts/:id/survey-responses': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/survey-responses`,
  })),
  'POST /api/accounts/:id/survey-responses': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/survey-responses`,
    body: { kind: 'nps', score: 9 },
  })),
  'GET /api/accounts/:id/tickets': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/tickets`,
  })),
  'POST /api/accounts/:id/tickets': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/tickets`,
    body: { subject: 'Matrix ticket' },
  })),
  'PATCH /api/tickets/:id': rule(MAY.writeCustomers, 200, (_, s) => ({
    url: `/api/tickets/${s.fx.ticket}`,
    body: { status: 'pending' },
  })),
  'GET /api/accounts/:id/sentiments': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/sentiments`,
  })),
  'POST /api/accounts/:id/sentiments': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/sentiments`,
    body: { sentiment: 'yellow', comment: 'Champion is leaving' },
  })),
  'GET /api/metrics/retention': rule(
    MAY.readRevenue,
    200,
    at('/api/metrics/retention?from=2026-01-01&to=2026-03-31'),
  ),
  'GET /api/metrics/arr-waterfall': rule(
    MAY.readRevenue,
    200,
    at('/api/metrics/arr-waterfall?from=2026-01-01&to=2026-03-31'),
  ),
  'GET /api/metrics/cohorts': rule(
    MAY.readRevenue,
    200,
    at('/api/metrics/cohorts?from=2026-01-01&to=2026-03-31'),
  ),
  'GET /api/metrics/export': rule(
    MAY.readRevenue,
    200,
    at('/api/metrics/export?report=waterfall&format=csv&from=2026-01-01&to=2026-03-31'),
  ),
  'GET /api/accounts/:id/arr-movements': rule(MAY.readRevenue, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/arr-movements`,
  })),
  'GET /api/renewals': rule(MAY.readRevenue, 200, at('/api/renewals')),
  'GET /api/renewals/forecast': rule(MAY.readRevenue, 200, at('/api/renewals/forecast?quarter=2026-Q1')),
  'POST /api/renewals': rule(MAY.writeRevenue, 201, (_, s) => ({
    url: '/api/renewals',
    body: { account_id: s.fx.account, amount: 100, close_date: '2026-06-30' },
  })),
  'PATCH /api/renewals/:id': rule(MAY.writeRevenue, 200, (_, s) => ({
    url: `/api/renewals/${s.fx.opportunity}`,
    body: { forecast_category: 'commit' },
  })),
  'GET /api/settings/revenue': rule(MAY.readRevenue, 200, at('/api/settings/revenue')),
  'PUT /api/settings/revenue': rule(
    MAY.administer,
    200,
    at('/api/settings/revenue', {
      company_currency: 'USD',
      renewal_lead_days: 90,
      reason_codes: ['budget_cut'],
    }),
  ),
  'GET /api/exchange-rates': rule(MAY.readRevenue, 200, at('/api/exchange-rates')),
  'PUT /api/exchange-rates': rule(
    MAY.administer,
    200,
    at('/api/exchange-rates', { currency: 'EUR', effective_date: '2026-01-01', rate: 1.1 }),
  ),
  'DELETE /api/exchange-rates/:id': rule(MAY.administer, 204, async (_, s) => ({
    url: `/api/exchange-rates/${await s.insertExchangeRate()}`,
  })),

  'POST /v1/batch': ingest('/v1/batch', { batch: [{ type: 'track', ...track }] }),
  'POST /v1/track': ingest('/v1/track', track),
  'POST /v1/identify': ingest('/v1/identify', { userId: 'matrix-user', traits: { name: 'Matrix' } }),
  'POST /v1/group': ingest('/v1/group', { userId: 'matrix-user', groupId: 'matrix-group' }),
  'POST /v1/page': ingest('/v1/page', { userId: 'matrix-user', name: 'Home' }),
  'POST /v1/screen': ingest('/v1/screen', { userId: 'matrix-user', name: 'Home' }),
  'POST /v1/alias': ingest('/v1/alias', { userId: 'matrix-user', previousId: 'matrix-anon' }),
};
