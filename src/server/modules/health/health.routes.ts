import { dataOf, idParam } from '../../../shared/common.ts';
import {
  accountHealth,
  distributionQuery,
  distributionRow,
  healthAlert,
  healthAlertsQuery,
  healthHeatmap,
  healthHistoryQuery,
  healthMover,
  healthPoint,
  healthRun,
  heatmapQuery,
  latestHealthRun as latestRun,
  moversQuery,
} from '../../../shared/health.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { getAccountHealth } from './get-account-health.ts';
import { acknowledgeHealthAlert, listHealthAlerts } from './health-alerts.ts';
import { healthDistribution, healthMovers, healthHeatmap as heatmapOf } from './health-portfolio.ts';
import { listHealthHistory } from './list-health-history.ts';
import { getHealthRun, latestHealthRun, queueHealthRun } from './queue-health-run.ts';

const tags = ['Health'];
const read = 'customers:read';

/** An account's health and its history, mounted at /accounts. */
export const accountHealthRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}/health',
      {
        summary:
          "An account's health: score, color, measures (value, score, weight, contribution), trend, last change",
        permission: read,
        params: idParam,
        response: accountHealth,
        returns: 'Health',
      },
      async (c) => c.json(await getAccountHealth(c.var.db, c.req.valid('param').id), 200),
    )
    .get(
      '/{id}/health/history',
      {
        summary: 'Daily health points and color changes, oldest first',
        permission: read,
        params: idParam,
        query: healthHistoryQuery,
        response: dataOf(healthPoint),
        returns: 'History',
      },
      async (c) =>
        c.json(
          { data: await listHealthHistory(c.var.db, c.req.valid('param').id, c.req.valid('query')) },
          200,
        ),
    ).app;

/** Portfolio health, early warnings and full recomputes; mounted at /health. */
export const healthRoutes = () =>
  featureRouter({ tags })
    .get(
      '/alerts',
      {
        summary: 'Early warnings, newest first',
        permission: read,
        query: healthAlertsQuery,
        response: dataOf(healthAlert),
        returns: 'Alerts',
      },
      async (c) => c.json({ data: await listHealthAlerts(c.var.db, c.req.valid('query')) }, 200),
    )
    .post(
      '/alerts/{id}/acknowledge',
      { summary: 'Mark an early warning as seen', permission: 'customers:write', params: idParam },
      async (c) => {
        await acknowledgeHealthAlert(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .get(
      '/distribution',
      {
        summary: 'Health mix by segment, CSM (owner), coverage model or tier',
        permission: read,
        query: distributionQuery,
        response: dataOf(distributionRow),
        returns: 'Distribution',
      },
      async (c) => c.json({ data: await healthDistribution(c.var.db, c.req.valid('query').group_by) }, 200),
    )
    .get(
      '/movers',
      {
        summary: 'Accounts whose health changed most over the last N days',
        permission: read,
        query: moversQuery,
        response: dataOf(healthMover),
        returns: 'Movers',
      },
      async (c) => {
        const q = c.req.valid('query');
        return c.json({ data: await healthMovers(c.var.db, q.days, q.limit) }, 200);
      },
    )
    .get(
      '/heatmap',
      {
        summary: 'Measure scores of the accounts of one scorecard, worst first',
        permission: read,
        query: heatmapQuery,
        response: healthHeatmap,
        returns: 'Heat map',
      },
      async (c) => {
        const q = c.req.valid('query');
        return c.json(await heatmapOf(c.var.db, q.scorecard_id, q.limit), 200);
      },
    )
    .post(
      '/recompute',
      {
        summary: 'Recompute every account now (progress in the returned run)',
        permission: 'health:manage',
        response: healthRun,
        status: 202,
        returns: 'Queued',
      },
      async (c) => {
        const actor = c.var.actor;
        const run = await queueHealthRun(c.var.db, 'manual', {
          requestedBy: actor.type === 'user' ? actor.id : null,
        });
        return c.json(run as NonNullable<typeof run>, 202);
      },
    )
    .get(
      '/runs/latest',
      {
        summary: 'The latest full recompute, or null',
        permission: read,
        response: latestRun,
        returns: 'Run',
      },
      async (c) => c.json({ run: await latestHealthRun(c.var.db) }, 200),
    )
    .get(
      '/runs/{id}',
      {
        summary: 'A full recompute and its progress',
        permission: read,
        params: idParam,
        response: healthRun,
        returns: 'Run',
      },
      async (c) => c.json(await getHealthRun(c.var.db, c.req.valid('param').id), 200),
    ).app;
