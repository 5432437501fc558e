import { createRoute, z } from '@hono/zod-openapi';
import {
  arrMovement,
  cohortsQuery,
  cohortsResponse,
  exportQuery,
  metricsQuery,
  renewalHealthQuery,
  renewalHealthResponse,
  retentionResponse,
  waterfallResponse,
} from '../../../shared/revenue.ts';
import { createRouter, dataOf, errors, idParam, json, notFoundError } from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { computeCohorts } from './compute-cohorts.ts';
import { computeRenewalHealth } from './compute-renewal-health.ts';
import { computeRetention } from './compute-retention.ts';
import { computeWaterfall } from './compute-waterfall.ts';
import { exportReport } from './export-report.ts';
import { listArrMovements } from './list-arr-movements.ts';

const tags = ['Revenue metrics'];
const read = [requirePermission('revenue:read')];

const retentionRoute = createRoute({
  method: 'get',
  path: '/metrics/retention',
  tags,
  summary: 'GRR, NRR, logo and revenue churn, expansion and renewal rates per period, with their formulas',
  middleware: read,
  request: { query: metricsQuery },
  responses: { 200: json(retentionResponse, 'Retention by period (and group)'), ...errors },
});

const waterfallRoute = createRoute({
  method: 'get',
  path: '/metrics/arr-waterfall',
  tags,
  summary: 'ARR waterfall per period: start, new, expansion, contraction, churn, end',
  middleware: read,
  request: { query: metricsQuery },
  responses: { 200: json(waterfallResponse, 'Waterfall by period (and group)'), ...errors },
});

const cohortsRoute = createRoute({
  method: 'get',
  path: '/metrics/cohorts',
  tags,
  summary: 'ARR retention of accounts by the quarter they started in',
  middleware: read,
  request: { query: cohortsQuery },
  responses: { 200: json(cohortsResponse, 'Cohorts'), ...errors },
});

const renewalHealthRoute = createRoute({
  method: 'get',
  path: '/metrics/renewal-health',
  tags,
  summary:
    'Health at the time of renewal against the outcome: closed renewals by color and outcome, with ARR',
  middleware: read,
  request: { query: renewalHealthQuery },
  responses: {
    200: json(renewalHealthResponse, 'Color × outcome matrix and churn rate per color'),
    ...errors,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/metrics/export',
  tags,
  summary: 'A report (retention, waterfall, cohorts, renewals, health at renewal) as a CSV or XLSX download',
  middleware: read,
  request: { query: exportQuery },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: {
        'text/csv': { schema: z.string() },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
      },
    },
    ...errors,
  },
});

const movementsRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/arr-movements',
  tags,
  summary: "An account's ARR movements, derived from its contracts, oldest first",
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(dataOf(arrMovement), 'Movements'), ...errors, ...notFoundError },
});

export const metricsRoutes = () =>
  createRouter()
    .openapi(retentionRoute, async (c) => c.json(await computeRetention(c.var.db, c.req.valid('query')), 200))
    .openapi(waterfallRoute, async (c) => c.json(await computeWaterfall(c.var.db, c.req.valid('query')), 200))
    .openapi(cohortsRoute, async (c) => c.json(await computeCohorts(c.var.db, c.req.valid('query')), 200))
    .openapi(renewalHealthRoute, async (c) =>
      c.json(await computeRenewalHealth(c.var.db, c.req.valid('query')), 200),
    )
    .openapi(exportRoute, async (c) => {
      const file = await exportReport(c.var.db, c.req.valid('query'));
      return c.body(file.body as never, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
      });
    })
    .openapi(movementsRoute, async (c) =>
      c.json({ data: await listArrMovements(c.var.db, c.req.valid('param').id) }, 200),
    );
