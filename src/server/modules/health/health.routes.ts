import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  accountHealth,
  healthAlert,
  healthHistoryQuery,
  healthPoint,
  healthRun,
} from '../../../shared/health.ts';
import { createRouter, dataOf, errors, idParam, json, noContent, notFoundError } from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { getAccountHealth } from './get-account-health.ts';
import { acknowledgeHealthAlert, listHealthAlerts } from './health-alerts.ts';
import { healthDistribution, healthHeatmap, healthMovers, PORTFOLIO_GROUPS } from './health-portfolio.ts';
import { listHealthHistory } from './list-health-history.ts';
import { getHealthRun, latestHealthRun, queueHealthRun } from './queue-health-run.ts';

const tags = ['Health'];
const read = [requirePermission('customers:read')];
const write = [requirePermission('customers:write')];
const manage = [requirePermission('health:manage')];
const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);

const accountHealthRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/health',
  tags,
  summary:
    "An account's health: score, color, measures (value, score, weight, contribution), trend, last change",
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(accountHealth, 'Health'), ...errors, ...notFoundError },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/health/history',
  tags,
  summary: 'Daily health points and color changes, oldest first',
  middleware: read,
  request: { params: idParam, query: healthHistoryQuery },
  responses: { 200: json(dataOf(healthPoint), 'History'), ...errors, ...notFoundError },
});

const alertsRoute = createRoute({
  method: 'get',
  path: '/health/alerts',
  tags,
  summary: 'Early warnings, newest first',
  middleware: read,
  request: {
    query: z.object({
      account_id: z.uuid().optional(),
      open: z
        .enum(['true', 'false'])
        .optional()
        .transform((v) => (v === undefined ? undefined : v === 'true')),
      limit: limit(500, 100),
    }),
  },
  responses: { 200: json(dataOf(healthAlert), 'Alerts'), ...errors },
});

const acknowledgeRoute = createRoute({
  method: 'post',
  path: '/health/alerts/{id}/acknowledge',
  tags,
  summary: 'Mark an early warning as seen',
  middleware: write,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

const distributionRoute = createRoute({
  method: 'get',
  path: '/health/distribution',
  tags,
  summary: 'Health mix by segment, CSM (owner), coverage model or tier',
  middleware: read,
  request: { query: z.object({ group_by: z.enum(PORTFOLIO_GROUPS).default('segment') }) },
  responses: {
    200: json(
      dataOf(
        z.object({
          key: z.string().nullable(),
          label: z.string().nullable(),
          accounts: z.number(),
          red: z.number(),
          yellow: z.number(),
          green: z.number(),
          none: z.number(),
          average: z.number().nullable(),
          arr_at_risk: z.number(),
        }),
      ),
      'Distribution',
    ),
    ...errors,
  },
});

const moversRoute = createRoute({
  method: 'get',
  path: '/health/movers',
  tags,
  summary: 'Accounts whose health changed most over the last N days',
  middleware: read,
  request: {
    query: z.object({ days: z.coerce.number().int().min(1).max(90).default(7), limit: limit(200, 20) }),
  },
  responses: {
    200: json(
      dataOf(
        z.object({
          account_id: z.uuid(),
          name: z.string(),
          score: z.number().nullable(),
          color: z.string().nullable(),
          before: z.number().nullable(),
          change: z.number(),
        }),
      ),
      'Movers',
    ),
    ...errors,
  },
});

const heatmapRoute = createRoute({
  method: 'get',
  path: '/health/heatmap',
  tags,
  summary: 'Measure scores of the accounts of one scorecard, worst first',
  middleware: read,
  request: { query: z.object({ scorecard_id: z.uuid().optional(), limit: limit(500, 50) }) },
  responses: {
    200: json(
      z.object({
        scorecard: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        measures: z.array(z.object({ key: z.string(), label: z.string() })),
        accounts: z.array(
          z.object({
            account_id: z.uuid(),
            name: z.string(),
            score: z.number().nullable(),
            color: z.string().nullable(),
            scores: z.array(z.number().nullable()),
          }),
        ),
      }),
      'Heat map',
    ),
    ...errors,
  },
});

const recomputeRoute = createRoute({
  method: 'post',
  path: '/health/recompute',
  tags,
  summary: 'Recompute every account now (progress in the returned run)',
  middleware: manage,
  responses: { 202: json(healthRun, 'Queued'), ...errors },
});

const latestRunRoute = createRoute({
  method: 'get',
  path: '/health/runs/latest',
  tags,
  summary: 'The latest full recompute, or null',
  middleware: read,
  responses: { 200: json(z.object({ run: healthRun.nullable() }), 'Run'), ...errors },
});

const runRoute = createRoute({
  method: 'get',
  path: '/health/runs/{id}',
  tags,
  summary: 'A full recompute and its progress',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(healthRun, 'Run'), ...errors, ...notFoundError },
});

export const healthRoutes = () =>
  createRouter()
    .openapi(accountHealthRoute, async (c) =>
      c.json(await getAccountHealth(c.var.db, c.req.valid('param').id), 200),
    )
    .openapi(historyRoute, async (c) =>
      c.json({ data: await listHealthHistory(c.var.db, c.req.valid('param').id, c.req.valid('query')) }, 200),
    )
    .openapi(alertsRoute, async (c) =>
      c.json({ data: await listHealthAlerts(c.var.db, c.req.valid('query')) }, 200),
    )
    .openapi(acknowledgeRoute, async (c) => {
      await acknowledgeHealthAlert(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(distributionRoute, async (c) =>
      c.json({ data: await healthDistribution(c.var.db, c.req.valid('query').group_by) }, 200),
    )
    .openapi(moversRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json({ data: await healthMovers(c.var.db, q.days, q.limit) }, 200);
    })
    .openapi(heatmapRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await healthHeatmap(c.var.db, q.scorecard_id, q.limit), 200);
    })
    .openapi(recomputeRoute, async (c) => {
      const actor = c.var.actor;
      const run = await queueHealthRun(c.var.db, 'manual', {
        requestedBy: actor.type === 'user' ? actor.id : null,
      });
      return c.json(run as NonNullable<typeof run>, 202);
    })
    .openapi(latestRunRoute, async (c) => c.json({ run: await latestHealthRun(c.var.db) }, 200))
    .openapi(runRoute, async (c) => c.json(await getHealthRun(c.var.db, c.req.valid('param').id), 200));
