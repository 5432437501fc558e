import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import { AccountPage } from './modules/accounts/account-page.tsx';
import { ACCOUNT_TABS } from './modules/accounts/account-tabs.ts';
import { AccountsPage } from './modules/accounts/accounts-page.tsx';
import { accountsSearch } from './modules/accounts/accounts-search.ts';
import { LoginPage } from './modules/auth/login-page.tsx';
import { safeRedirect, sessionQuery } from './modules/auth/session.ts';
import { CockpitPage } from './modules/cockpit/cockpit-page.tsx';
import { ScorecardEditorPage, ScorecardsPage } from './modules/health/scorecards-page.tsx';
import { RequisitionPage } from './modules/hiring/requisition-page.tsx';
import { RequisitionsPage } from './modules/hiring/requisitions-page.tsx';
import { ChannelsPage } from './modules/notifications/channels-page.tsx';
import { DeliveriesPage } from './modules/notifications/deliveries-page.tsx';
import { FailedJobsPage } from './modules/notifications/failed-jobs-page.tsx';
import { CapacityPage } from './modules/people/capacity-page.tsx';
import { MemberPage, MyCareerPage } from './modules/people/member-page.tsx';
import { MetricsPage } from './modules/people/metrics-page.tsx';
import { RosterPage } from './modules/people/roster-page.tsx';
import { TeamSettingsPage } from './modules/people/team-settings-page.tsx';
import { RevenueOverviewPage } from './modules/revenue/overview-page.tsx';
import { PipelinePage } from './modules/revenue/pipeline-page.tsx';
import { RatesSettingsPage } from './modules/revenue/rates-settings-page.tsx';
import { RuleEditorPage } from './modules/rules/rule-editor-page.tsx';
import { RulesPage } from './modules/rules/rules-page.tsx';
import { ApiKeysPage } from './modules/settings/api-keys-page.tsx';
import { AuditLogPage } from './modules/settings/audit-log-page.tsx';
import { ProfilePage } from './modules/settings/profile-page.tsx';
import { SettingsLayout } from './modules/settings/settings-layout.tsx';
import { UsersPage } from './modules/settings/users-page.tsx';
import { AppShell } from './modules/shell/app-shell.tsx';
import { NotFoundPage, RouteError, RoutePending } from './modules/shell/route-states.tsx';
import { IngestDebuggerPage } from './modules/usage/ingest-debugger-page.tsx';
import { UsageSettingsPage } from './modules/usage/usage-settings-page.tsx';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});

/** Everything behind sign-in shares the shell; no session sends the user to login and back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { user: session.user };
  },
  component: AppShell,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  // CSMs and their managers start the day in the cockpit; everyone else in the accounts list.
  beforeLoad: ({ context }) => {
    const role = context.user.role;
    throw redirect({ to: role === 'csm' || role === 'cs_manager' ? '/cockpit' : '/accounts' });
  },
});

const cockpitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cockpit',
  component: CockpitPage,
});

const accountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts',
  validateSearch: accountsSearch,
  component: AccountsPage,
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/$accountId',
  validateSearch: z.object({ tab: z.enum(ACCOUNT_TABS).optional().catch(undefined) }),
  component: AccountPage,
});

const revenueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/revenue',
  component: RevenueOverviewPage,
});

const renewalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/renewals',
  component: PipelinePage,
});

const healthRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/health',
  // The portfolio's charts bring ECharts; it loads with the page rather than with the app.
  component: lazyRouteComponent(() => import('./modules/health/health-page.tsx'), 'HealthPage'),
});

// People data is for managers and admins; everyone else has their own career page.
const managersOnly = ({ context }: { context: { user: { role: string } } }) => {
  if (context.user.role !== 'admin' && context.user.role !== 'cs_manager') throw redirect({ to: '/team/me' });
};
const rosterRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  beforeLoad: managersOnly,
  component: RosterPage,
});
const teamMetricsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/metrics',
  beforeLoad: managersOnly,
  component: MetricsPage,
});
const capacityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/capacity',
  beforeLoad: managersOnly,
  component: CapacityPage,
});
const teamSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/settings',
  beforeLoad: managersOnly,
  component: TeamSettingsPage,
});
const requisitionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hiring',
  beforeLoad: managersOnly,
  component: RequisitionsPage,
});
// An interviewer opens the kit of a requisition they are on; the server decides who may see it.
const requisitionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hiring/$requisitionId',
  component: RequisitionPage,
});
const memberRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/members/$memberId',
  component: MemberPage,
});
const myCareerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team/me',
  component: MyCareerPage,
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: SettingsLayout,
});

const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: context.user.role === 'admin' ? '/settings/users' : '/settings/profile' });
  },
});

// Admin sections: other roles are sent to their profile rather than shown a page of 403s.
const adminOnly = ({ context }: { context: { user: { role: string } } }) => {
  if (context.user.role !== 'admin') throw redirect({ to: '/settings/profile' });
};

const usersRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/users',
  beforeLoad: adminOnly,
  component: UsersPage,
});

const apiKeysRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/api-keys',
  beforeLoad: adminOnly,
  component: ApiKeysPage,
});

const auditLogRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/audit-log',
  beforeLoad: adminOnly,
  validateSearch: z.object({ entity_type: z.string().optional().catch(undefined) }),
  component: AuditLogPage,
});

const usageSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/usage',
  beforeLoad: adminOnly,
  component: UsageSettingsPage,
});

const ingestDebuggerRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/ingest',
  beforeLoad: adminOnly,
  component: IngestDebuggerPage,
});

const revenueSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/revenue',
  beforeLoad: adminOnly,
  component: RatesSettingsPage,
});

// Everyone may read scorecards (the editor is read-only for them); only admins change them.
const scorecardsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/scorecards',
  component: ScorecardsPage,
});

const scorecardRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/scorecards/$scorecardId',
  component: ScorecardEditorPage,
});

// Rules are written by admins and CS managers (the server's rules:manage); others go to their profile.
const rulesManagers = ({ context }: { context: { user: { role: string } } }) => {
  if (context.user.role !== 'admin' && context.user.role !== 'cs_manager')
    throw redirect({ to: '/settings/profile' });
};

const rulesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/rules',
  beforeLoad: rulesManagers,
  component: RulesPage,
});

const ruleRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/rules/$ruleId',
  beforeLoad: rulesManagers,
  component: RuleEditorPage,
});

const notificationsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/notifications',
  beforeLoad: adminOnly,
  component: ChannelsPage,
});

const deliveriesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/deliveries',
  beforeLoad: adminOnly,
  component: DeliveriesPage,
});

const failedJobsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/jobs',
  beforeLoad: adminOnly,
  component: FailedJobsPage,
});

const profileRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/profile',
  component: ProfilePage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    indexRoute,
    cockpitRoute,
    accountsRoute,
    accountRoute,
    revenueRoute,
    renewalsRoute,
    healthRoute,
    rosterRoute,
    teamMetricsRoute,
    capacityRoute,
    teamSettingsRoute,
    myCareerRoute,
    memberRoute,
    requisitionsRoute,
    requisitionRoute,
    settingsRoute.addChildren([
      settingsIndexRoute,
      usersRoute,
      apiKeysRoute,
      usageSettingsRoute,
      ingestDebuggerRoute,
      revenueSettingsRoute,
      auditLogRoute,
      scorecardsRoute,
      scorecardRoute,
      rulesRoute,
      ruleRoute,
      notificationsRoute,
      deliveriesRoute,
      failedJobsRoute,
      profileRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
