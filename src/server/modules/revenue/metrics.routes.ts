import { dataOf, idParam } from '../../../shared/common.ts';
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
import { featureRouter } from '../../lib/route-kit.ts';
import { computeCohorts } from './compute-cohorts.ts';
import { computeRenewalHealth } from './compute-renewal-health.ts';
import { computeRetention } from './compute-retention.ts';
import { computeWaterfall } from './compute-waterfall.ts';
import { exportReport } from './export-report.ts';
import { listArrMovements } from './list-arr-movements.ts';

const tags = ['Revenue metrics'];
const permission = 'revenue:read';

/** Mounted at /metrics. */
export const metricsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/retention',
      {
        summary:
          'GRR, NRR, logo and revenue churn, expansion and renewal rates per period, with their formulas',
        permission,
        query: metricsQuery,
        response: retentionResponse,
        returns: 'Retention by period (and group)',
      },
      async (c) => c.json(await computeRetention(c.var.db, c.req.valid('query')), 200),
    )
    .get(
      '/arr-waterfall',
      {
        summary: 'ARR waterfall per period: start, new, expansion, contraction, churn, end',
        permission,
        query: metricsQuery,
        response: waterfallResponse,
        returns: 'Waterfall by period (and group)',
      },
      async (c) => c.json(await computeWaterfall(c.var.db, c.req.valid('query')), 200),
    )
    .get(
      '/cohorts',
      {
        summary: 'ARR retention of accounts by the quarter they started in',
        permission,
        query: cohortsQuery,
        response: cohortsResponse,
        returns: 'Cohorts',
      },
      async (c) => c.json(await computeCohorts(c.var.db, c.req.valid('query')), 200),
    )
    .get(
      '/renewal-health',
      {
        summary:
          'Health at the time of renewal against the outcome: closed renewals by color and outcome, with ARR',
        permission,
        query: renewalHealthQuery,
        response: renewalHealthResponse,
        returns: 'Color × outcome matrix and churn rate per color',
      },
      async (c) => c.json(await computeRenewalHealth(c.var.db, c.req.valid('query')), 200),
    )
    .get(
      '/export',
      {
        summary:
          'A report (retention, waterfall, cohorts, renewals, health at renewal) as a CSV or XLSX download',
        permission,
        query: exportQuery,
        files: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        returns: 'The file, as an attachment',
      },
      async (c) => {
        const file = await exportReport(c.var.db, c.req.valid('query'));
        return c.body(file.body as never, 200, {
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="${file.filename}"`,
        });
      },
    ).app;

/** An account's ARR movements, mounted at /accounts. */
export const accountArrMovementsRoutes = () =>
  featureRouter({ tags }).get(
    '/{id}/arr-movements',
    {
      summary: "An account's ARR movements, derived from its contracts, oldest first",
      permission,
      params: idParam,
      response: dataOf(arrMovement),
      returns: 'Movements',
    },
    async (c) => c.json({ data: await listArrMovements(c.var.db, c.req.valid('param').id) }, 200),
  ).app;
