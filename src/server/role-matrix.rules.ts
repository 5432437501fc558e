// Who may call each route, written from the product rules rather than read from permissions.ts, so the
// role matrix (role-matrix.test.ts) checks the code against the rules and not against itself.

import { DEFAULT_TEAM_SETTINGS } from './modules/people/team-settings.ts';
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
  /**
   * New logins and keys (creating users, creating, listing and revoking API keys): an admin's session, never
   * an API key, whatever its scope, so a leaked key cannot become a login or more keys (docs/security.md).
   */
  credentials: ['admin'],
  /** Saved views are personal: users with customer access, never API keys. */
  readOwnViews: USERS,
  writeOwnViews: ['csm', 'cs_manager', 'admin'],
  ingest: ['key:ingest'],
  /** Retention metrics and the renewal pipeline: everyone with customer access (viewers included). */
  readRevenue: ['viewer', 'csm', 'cs_manager', 'admin', 'key:read', 'key:write'],
  /** Working renewals and expansions: the CS team, and write keys (a CRM sync). */
  writeRevenue: ['csm', 'cs_manager', 'admin', 'key:write'],
  /** People data (roster, metrics, capacity, KPIs) and hiring: managers and admins, and an HR sync key. */
  people: ['cs_manager', 'admin', 'key:admin'],
  /** One's own record, the ladder, the question bank, the pulse: every logged-in user, no API key. */
  self: USERS,
  /**
   * Private career notes of `fx.colleague`: the member, their manager (the cs_manager session is theirs)
   * and admin users. Not the csm (a colleague), not a viewer, not any API key.
   */
  careerNotes: ['cs_manager', 'admin'],
  /** Evaluations of `fx.candidate`, whose hiring manager is the cs_manager session: the hiring team only. */
  hiringTeam: ['cs_manager', 'admin'],
  /** A member record of `fx.colleague`: people readers; the csm matrix user is a colleague and is refused. */
  memberRecord: ['cs_manager', 'admin', 'key:admin'],
  /** The kit of a requisition: hiring managers (any with hiring rights) and its hiring team. */
  requisitionKit: ['cs_manager', 'admin', 'key:admin'],
  /** Rules and playbooks shape everyone's work: managers and admins. */
  manageRules: ['cs_manager', 'admin', 'key:admin'],
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
  /** A fresh roster member (to end); a fresh open requisition's candidate (to evaluate or hire). */
  insertMember(): Promise<string>;
  insertCandidate(): Promise<string>;
  insertSavedView(actor: ActorName): Promise<string>;
  insertScorecard(): Promise<string>;
  freshSession(actor: ActorName): Promise<Client>;
  freshUser(actor: ActorName): Promise<Client>;
  /** A new user of the caller's role with a current team member record. */
  freshMemberUser(actor: ActorName): Promise<Client>;
  unique(): string;
  /** Inserts one row straight into a table and answers its id. */
  insertRow(table: string, values: Record<string, unknown>): Promise<string>;
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
const MATRIX_RULE = {
  name: 'Matrix rule',
  trigger: { type: 'account_created' },
  actions: [{ type: 'open_cta', cta_type: 'onboarding', title: 'Welcome' }],
};
const insertRule = (s: Setup) =>
  s.insertRow('rules', {
    name: 'Matrix rule',
    trigger: JSON.stringify(MATRIX_RULE.trigger),
    conditions: JSON.stringify({ match: 'all', conditions: [] }),
    actions: JSON.stringify(MATRIX_RULE.actions),
  });
const insertCta = (s: Setup) =>
  s.insertRow('ctas', {
    account_id: s.fx.account,
    type: 'risk',
    priority: 'low',
    title: 'Matrix CTA',
    reason: '{}',
  });
const insertChannel = (s: Setup) =>
  s.insertRow('notification_channels', { kind: 'slack', name: 'Matrix', url: 'https://hooks.slack.test/x' });

export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /healthz': rule(MAY.everyone, 200, at('/healthz')),
  'GET /openapi.json': rule(MAY.everyone, 200, at('/openapi.json')),
  'GET /docs': rule(MAY.everyone, 200, at('/docs')),
  'GET /docs/init.js': rule(MAY.everyone, 200, at('/docs/init.js')),

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
  'POST /api/users': rule(MAY.credentials, 201, (_, s) => ({
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
  'GET /api/api-keys': rule(MAY.credentials, 200, at('/api/api-keys')),
  'POST /api/api-keys': rule(
    MAY.credentials,
    201,
    at('/api/api-keys', { name: 'Matrix', scopes: ['read'], current_password: TEST_PASSWORD }),
  ),
  'DELETE /api/api-keys/:id': rule(MAY.credentials, 204, async (_, s) => ({
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
  'GET /api/metrics/renewal-health': rule(
    MAY.readRevenue,
    200,
    at('/api/metrics/renewal-health?from=2026-01-01&to=2026-03-31'),
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
  ...teamRules(),
  'GET /api/rules': rule(MAY.readCustomers, 200, at('/api/rules')),
  'GET /api/rules/fields': rule(MAY.readCustomers, 200, at('/api/rules/fields')),
  'POST /api/rules': rule(MAY.manageRules, 201, at('/api/rules', MATRIX_RULE)),
  'GET /api/rules/:id': rule(MAY.readCustomers, 200, async (_, s) => ({
    url: `/api/rules/${await insertRule(s)}`,
  })),
  'PATCH /api/rules/:id': rule(MAY.manageRules, 200, async (_, s) => ({
    url: `/api/rules/${await insertRule(s)}`,
    body: { name: 'Renamed' },
  })),
  'DELETE /api/rules/:id': rule(MAY.manageRules, 204, async (_, s) => ({
    url: `/api/rules/${await insertRule(s)}`,
  })),
  'GET /api/rules/:id/runs': rule(MAY.readCustomers, 200, async (_, s) => ({
    url: `/api/rules/${await insertRule(s)}/runs`,
  })),
  'POST /api/rules/:id/dry-run': rule(MAY.manageRules, 200, async (_, s) => ({
    url: `/api/rules/${await insertRule(s)}/dry-run`,
  })),
  'POST /api/rules/dry-run': rule(MAY.manageRules, 200, at('/api/rules/dry-run', MATRIX_RULE)),

  'GET /api/ctas': rule(MAY.readCustomers, 200, at('/api/ctas')),
  'POST /api/ctas': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: '/api/ctas',
    body: { account_id: s.fx.account, type: 'risk', title: 'Matrix CTA' },
  })),
  'GET /api/ctas/:id': rule(MAY.readCustomers, 200, async (_, s) => ({
    url: `/api/ctas/${await insertCta(s)}`,
  })),
  'PATCH /api/ctas/:id': rule(MAY.writeCustomers, 200, async (_, s) => ({
    url: `/api/ctas/${await insertCta(s)}`,
    body: { priority: 'high' },
  })),
  'GET /api/ctas/:id/tasks': rule(MAY.readCustomers, 200, async (_, s) => ({
    url: `/api/ctas/${await insertCta(s)}/tasks`,
  })),
  'PATCH /api/tasks/:id': rule(MAY.writeCustomers, 200, async (_, s) => ({
    url: `/api/tasks/${await s.insertRow('tasks', { account_id: s.fx.account, title: 'Matrix task' })}`,
    body: { done: true },
  })),
  'GET /api/cockpit': rule(MAY.readCustomers, 200, at('/api/cockpit')),
  'GET /api/playbooks': rule(MAY.readCustomers, 200, at('/api/playbooks')),
  'POST /api/playbooks': rule(
    MAY.manageRules,
    201,
    at('/api/playbooks', {
      name: 'Matrix playbook',
      cta_type: 'risk',
      steps: [{ offset_days: 0, title: 'Call' }],
    }),
  ),
  'GET /api/accounts/:id/touchpoints': rule(MAY.readCustomers, 200, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/touchpoints`,
  })),
  'POST /api/accounts/:id/touchpoints': rule(MAY.writeCustomers, 201, (_, s) => ({
    url: `/api/accounts/${s.fx.account}/touchpoints`,
    body: { type: 'call', occurred_at: '2026-11-20T10:00:00Z', summary: 'Matrix call' },
  })),

  'GET /api/jobs/failed': rule(MAY.administer, 200, at('/api/jobs/failed')),
  // No job has failed in the matrix database: an allowed caller reaches the use-case and hears 404.
  'POST /api/jobs/:id/retry': rule(
    MAY.administer,
    404,
    at('/api/jobs/00000000-0000-7000-8000-000000000000/retry'),
  ),

  'GET /api/notifications/channels': rule(MAY.administer, 200, at('/api/notifications/channels')),
  'POST /api/notifications/channels': rule(
    MAY.administer,
    201,
    at('/api/notifications/channels', {
      kind: 'slack',
      name: 'Matrix',
      url: 'https://hooks.slack.test/services/T/B/X',
    }),
  ),
  'PATCH /api/notifications/channels/:id': rule(MAY.administer, 200, async (_, s) => ({
    url: `/api/notifications/channels/${await insertChannel(s)}`,
    body: { enabled: false },
  })),
  'DELETE /api/notifications/channels/:id': rule(MAY.administer, 204, async (_, s) => ({
    url: `/api/notifications/channels/${await insertChannel(s)}`,
  })),
  // The channel's host does not resolve: an allowed caller hears what went wrong, in a 200.
  'POST /api/notifications/channels/:id/test': rule(MAY.administer, 200, async (_, s) => ({
    url: `/api/notifications/channels/${await insertChannel(s)}/test`,
  })),
  // Whether or not SMTP is set (by the PUT cell) the answer is a 200 saying what happened.
  'POST /api/notifications/smtp/test': rule(
    MAY.administer,
    200,
    at('/api/notifications/smtp/test', { to: 'ops@matrix.test' }),
  ),
  'GET /api/notifications/smtp': rule(MAY.administer, 200, at('/api/notifications/smtp')),
  'PUT /api/notifications/smtp': rule(
    MAY.administer,
    200,
    at('/api/notifications/smtp', {
      host: 'smtp.matrix.test',
      port: 587,
      from: 'tend@matrix.test',
    }),
  ),
  'GET /api/notifications/deliveries': rule(MAY.administer, 200, at('/api/notifications/deliveries')),
  'POST /api/notifications/deliveries/:id/retry': rule(MAY.administer, 204, async (_, s) => ({
    url: `/api/notifications/deliveries/${await s.insertRow('notification_deliveries', {
      kind: 'email',
      recipient: 'x@matrix.test',
      payload: '{}',
      status: 'failed',
      dispatched_at: new Date(),
    })}/retry`,
  })),
  'GET /api/notifications/preferences': rule(MAY.users, 200, at('/api/notifications/preferences')),
  'PUT /api/notifications/preferences': rule(
    MAY.users,
    200,
    at('/api/notifications/preferences', {
      cta_opened_email: true,
    }),
  ),

  'POST /v1/batch': ingest('/v1/batch', { batch: [{ type: 'track', ...track }] }),
  'POST /v1/track': ingest('/v1/track', track),
  'POST /v1/identify': ingest('/v1/identify', { userId: 'matrix-user', traits: { name: 'Matrix' } }),
  'POST /v1/group': ingest('/v1/group', { userId: 'matrix-user', groupId: 'matrix-group' }),
  'POST /v1/page': ingest('/v1/page', { userId: 'matrix-user', name: 'Home' }),
  'POST /v1/screen': ingest('/v1/screen', { userId: 'matrix-user', name: 'Home' }),
  'POST /v1/alias': ingest('/v1/alias', { userId: 'matrix-user', previousId: 'matrix-anon' }),
};

function teamRules(): Record<string, RouteRule> {
  const member = (s: Setup) => `/api/team/members/${s.fx.colleague}`;
  const candidate = async (s: Setup) => `/api/hiring/candidates/${await s.insertCandidate()}`;
  const evaluation = { stage_key: 'panel', scores: { onboarding: 3 }, recommendation: 'yes' };
  return {
    'GET /api/team/members': rule(MAY.people, 200, at('/api/team/members')),
    'POST /api/team/members': rule(
      MAY.people,
      201,
      at('/api/team/members', { name: 'New', title: 'CSM', track: 'ic', level: 2, start_date: '2026-01-05' }),
    ),
    'GET /api/team/me': rule(MAY.self, 200, at('/api/team/me')),
    'GET /api/team/members/:id': rule(MAY.memberRecord, 200, (_, s) => ({ url: member(s) })),
    'PATCH /api/team/members/:id': rule(MAY.people, 200, (_, s) => ({
      url: member(s),
      body: { location: 'Seoul' },
    })),
    'POST /api/team/members/:id/end': rule(MAY.people, 200, async (_, s) => ({
      url: `/api/team/members/${await s.insertMember()}/end`,
      body: { end_date: '2026-06-30', exit_kind: 'voluntary', exit_reason: 'compensation' },
    })),
    'POST /api/team/members/:id/promotions': rule(MAY.people, 201, (_, s) => ({
      url: `${member(s)}/promotions`,
      body: { effective_on: '2026-06-01', to_title: 'Senior CSM', to_level: 3 },
    })),
    'GET /api/team/members/:id/notes': rule(MAY.careerNotes, 200, (_, s) => ({ url: `${member(s)}/notes` })),
    'POST /api/team/members/:id/notes': rule(MAY.careerNotes, 201, (_, s) => ({
      url: `${member(s)}/notes`,
      body: { conversation_on: '2026-06-01', body: 'Growth plan' },
    })),
    'GET /api/team/ladder': rule(MAY.self, 200, at('/api/team/ladder')),
    'POST /api/team/ladder': rule(
      MAY.people,
      200,
      at('/api/team/ladder', { track: 'ic', level: 5, title: 'Fellow' }),
    ),
    'GET /api/team/metrics': rule(MAY.people, 200, at('/api/team/metrics')),
    'GET /api/team/capacity': rule(MAY.people, 200, at('/api/team/capacity')),
    'POST /api/team/capacity/apply': rule(MAY.people, 200, async (_, s) => ({
      url: '/api/team/capacity/apply',
      body: {
        suggestions: [
          {
            kind: 'change_coverage',
            account_id: await s.insertAccount('Rebalanced'),
            from_owner_id: null,
            to_owner_id: null,
            to_coverage: 'tech_touch',
          },
        ],
      },
    })),
    'GET /api/team/kpis': rule(MAY.people, 200, at('/api/team/kpis')),
    'POST /api/team/goals': rule(MAY.people, 200, (_, s) => ({
      url: '/api/team/goals',
      body: { member_id: s.fx.colleague, quarter: '2026-Q2', metric: 'nrr', target: 105 },
    })),
    'GET /api/team/settings': rule(MAY.people, 200, at('/api/team/settings')),
    'PUT /api/team/settings': rule(MAY.people, 200, at('/api/team/settings', DEFAULT_TEAM_SETTINGS)),
    // Each user answers once a quarter: a fresh user with a member record per allowed cell.
    'POST /api/team/pulse': rule(MAY.self, 201, async (actor, s) => ({
      url: '/api/team/pulse',
      body: { period: '2026-Q1', growth: 4, clarity: 3, support: 5 },
      client: await s.freshMemberUser(actor),
    })),

    'GET /api/hiring/questions': rule([...USERS, 'key:admin'], 200, at('/api/hiring/questions')),
    'GET /api/hiring/requisitions': rule(MAY.people, 200, at('/api/hiring/requisitions')),
    'POST /api/hiring/requisitions': rule(MAY.people, 201, (_, s) => ({
      url: '/api/hiring/requisitions',
      body: {
        title: 'CSM',
        track: 'ic',
        level: 2,
        hiring_manager_id: s.fx.hiringManager,
        opened_on: '2026-01-05',
      },
    })),
    'GET /api/hiring/requisitions/:id': rule(MAY.requisitionKit, 200, (_, s) => ({
      url: `/api/hiring/requisitions/${s.fx.requisition}`,
    })),
    'PATCH /api/hiring/requisitions/:id': rule(MAY.people, 200, (_, s) => ({
      url: `/api/hiring/requisitions/${s.fx.requisition}`,
      body: { mission: 'Grow EMEA' },
    })),
    'POST /api/hiring/requisitions/:id/candidates': rule(MAY.people, 201, (_, s) => ({
      url: `/api/hiring/requisitions/${s.fx.requisition}/candidates`,
      body: { name: 'Applicant' },
    })),
    'PATCH /api/hiring/candidates/:id': rule(MAY.people, 200, (_, s) => ({
      url: `/api/hiring/candidates/${s.fx.candidate}`,
      body: { stage: 'screen' },
    })),
    'GET /api/hiring/candidates/:id/evaluations': rule(MAY.hiringTeam, 200, (_, s) => ({
      url: `/api/hiring/candidates/${s.fx.candidate}/evaluations`,
    })),
    'POST /api/hiring/candidates/:id/evaluations': rule(MAY.hiringTeam, 201, async (_, s) => ({
      url: `${await candidate(s)}/evaluations`,
      body: evaluation,
    })),
    'GET /api/hiring/candidates/:id/references': rule(MAY.people, 200, (_, s) => ({
      url: `/api/hiring/candidates/${s.fx.candidate}/references`,
    })),
    'POST /api/hiring/candidates/:id/references': rule(MAY.people, 201, (_, s) => ({
      url: `/api/hiring/candidates/${s.fx.candidate}/references`,
      body: { referee_name: 'Ref', recommendation: 'positive', checked_on: '2026-01-20' },
    })),
    'POST /api/hiring/candidates/:id/offer': rule(MAY.people, 200, async (_, s) => ({
      url: `${await candidate(s)}/offer`,
      body: { offer_made_on: '2026-01-20' },
    })),
    'POST /api/hiring/candidates/:id/hire': rule(MAY.people, 201, async (_, s) => ({
      url: `${await candidate(s)}/hire`,
      body: { accepted_on: '2026-01-20', start_date: '2026-02-02' },
    })),
  };
}
