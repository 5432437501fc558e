import { createRoute } from '@hono/zod-openapi';
import { failedJob } from '../../../shared/rules.ts';
import { createRouter, dataOf, errors, idParam, json, noContent, notFoundError } from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { listFailedJobs } from './list-failed-jobs.ts';
import { retryFailedJob } from './retry-failed-job.ts';

const tags = ['Jobs'];
const admin = [requirePermission('integrations:manage')];

const failedRoute = createRoute({
  method: 'get',
  path: '/jobs/failed',
  tags,
  summary: 'Jobs that failed after all their retries',
  middleware: admin,
  responses: { 200: json(dataOf(failedJob), 'Failed jobs'), ...errors },
});
const retryRoute = createRoute({
  method: 'post',
  path: '/jobs/{id}/retry',
  tags,
  summary: 'Run a failed job again',
  middleware: admin,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const jobsRoutes = () =>
  createRouter()
    .openapi(failedRoute, async (c) => c.json({ data: await listFailedJobs(c.var.db) }, 200))
    .openapi(retryRoute, async (c) => {
      await retryFailedJob(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
