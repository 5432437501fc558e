import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import { mountApiDocs } from './api-docs.ts';
import type { AppEnv, Services } from './context.ts';
import { AppError, toErrorResponse } from './errors.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { accountContactsRoutes, contactsRoutes } from './modules/accounts/contacts.routes.ts';
import { savedViewsRoutes } from './modules/accounts/saved-views.routes.ts';
import { teamRoutes } from './modules/accounts/team.routes.ts';
import { apiKeysRoutes } from './modules/auth/api-keys.routes.ts';
import { auditRoutes } from './modules/auth/audit.routes.ts';
import { authRoutes, PUBLIC_API_PATHS } from './modules/auth/auth.routes.ts';
import { authenticate } from './modules/auth/authenticate.ts';
import { setPasswordCost } from './modules/auth/passwords.ts';
import { usersRoutes } from './modules/auth/users.routes.ts';
import { accountContractsRoutes, contractsRoutes } from './modules/contracts/contracts.routes.ts';
import {
  accountTouchpointsRoutes,
  cockpitRoutes,
  ctasRoutes,
  playbooksRoutes,
  tasksRoutes,
} from './modules/ctas/ctas.routes.ts';
import { accountFeedbackRoutes, ticketsRoutes } from './modules/feedback/feedback.routes.ts';
import { accountHealthRoutes, healthRoutes } from './modules/health/health.routes.ts';
import { scorecardsRoutes } from './modules/health/scorecards.routes.ts';
import { hiringRoutes } from './modules/hiring/hiring.routes.ts';
import { ingestRoutes } from './modules/ingest/ingest.routes.ts';
import {
  accountUsageRoutes,
  ingestDebuggerRoutes,
  usageSettingsRoutes,
} from './modules/ingest/usage.routes.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { peopleInsightsRoutes } from './modules/people/people-insights.routes.ts';
import { accountArrMovementsRoutes, metricsRoutes } from './modules/revenue/metrics.routes.ts';
import {
  exchangeRatesRoutes,
  renewalsRoutes,
  revenueSettingsRoutes,
} from './modules/revenue/renewals.routes.ts';
import { rulesRoutes } from './modules/rules/rules.routes.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppOptions {
  /** Directory of the built web app; omitted in API-only tests. */
  webDir?: string;
}

const API_BODY_LIMIT = 1024 * 1024;

export function createApp(services: Services, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>();
  setPasswordCost(services.config.TEND_PASSWORD_COST);
  const secureCookies = services.config.TEND_SECURE_COOKIES ?? false;

  app.onError((err, c) =>
    toErrorResponse(c, err, (e) => services.logger.error({ err: e, path: c.req.path }, 'request failed')),
  );
  app.use('*', async (c, next) => {
    c.set('db', services.db);
    c.set('config', services.config);
    c.set('logger', services.logger);
    await next();
  });
  app.use('*', securityHeaders({ https: secureCookies }));

  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(services.db);
    return c.json({ status: 'ok' });
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: API_BODY_LIMIT,
      onError: () => {
        throw new AppError(
          'payload_too_large',
          `The request body is larger than ${API_BODY_LIMIT / 1024} KB`,
        );
      },
    }),
  );
  app.use('/api/*', async (c, next) => (PUBLIC_API_PATHS.has(c.req.path) ? next() : authenticate(c, next)));

  // Each feature router is mounted under its own path. What a module serves under another feature's record
  // (an account's contracts, health, usage...) is a second small router of that module, mounted there.
  const api = new OpenAPIHono<AppEnv>()
    .route('/auth', authRoutes(secureCookies, services.config.TEND_LOGIN_ATTEMPTS))
    .route('/users', usersRoutes())
    .route('/api-keys', apiKeysRoutes())
    .route('/audit-log', auditRoutes())
    .route('/accounts', accountsRoutes())
    .route('/accounts', accountContactsRoutes())
    .route('/accounts', teamRoutes())
    .route('/accounts', accountContractsRoutes())
    .route('/accounts', accountUsageRoutes())
    .route('/accounts', accountHealthRoutes())
    .route('/accounts', accountFeedbackRoutes())
    .route('/accounts', accountArrMovementsRoutes())
    .route('/accounts', accountTouchpointsRoutes())
    .route('/contacts', contactsRoutes())
    .route('/contracts', contractsRoutes())
    .route('/saved-views', savedViewsRoutes())
    .route('/ingest', ingestDebuggerRoutes())
    .route('/settings', usageSettingsRoutes())
    .route('/settings', revenueSettingsRoutes())
    .route('/scorecards', scorecardsRoutes())
    .route('/health', healthRoutes())
    .route('/tickets', ticketsRoutes())
    .route('/metrics', metricsRoutes())
    .route('/renewals', renewalsRoutes())
    .route('/exchange-rates', exchangeRatesRoutes())
    .route('/team', peopleRoutes())
    .route('/team', peopleInsightsRoutes())
    .route('/hiring', hiringRoutes())
    .route('/rules', rulesRoutes())
    .route('/ctas', ctasRoutes())
    .route('/tasks', tasksRoutes())
    .route('/cockpit', cockpitRoutes())
    .route('/playbooks', playbooksRoutes())
    .route('/jobs', jobsRoutes())
    .route('/notifications', notificationsRoutes());
  app.route('/api', api);
  app.route('/v1', ingestRoutes());
  app.all('/api/*', (c) => {
    throw new AppError('not_found', `No API route ${c.req.method} ${c.req.path}`);
  });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tend API',
      version: '0.1.0',
      description:
        'Authenticate with `Authorization: Bearer <API key>` (create keys in Settings or with `tend api-key create`). ' +
        'Errors are `{"error":{"code","message","details"}}`. Money is integer minor units of the record currency.',
    },
    servers: [{ url: '/' }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer' });
  mountApiDocs(app);

  if (options.webDir) mountWeb(app, options.webDir);
  return app;
}

/** Serves the built web app; any other path gets index.html so client-side routes survive a reload. */
function mountWeb(app: OpenAPIHono<AppEnv>, webDir: string) {
  const root = path.relative(process.cwd(), webDir) || '.';
  app.use('/assets/*', serveStatic({ root }));
  app.use('/favicon.svg', serveStatic({ root }));
  app.get('*', (c) => {
    const index = path.join(webDir, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build`.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
