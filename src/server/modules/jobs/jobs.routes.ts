import { dataOf, idParam } from '../../../shared/common.ts';
import { failedJob } from '../../../shared/rules.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { listFailedJobs } from './list-failed-jobs.ts';
import { retryFailedJob } from './retry-failed-job.ts';

const permission = 'integrations:manage';

/** Mounted at /jobs. */
export const jobsRoutes = () =>
  featureRouter({ tags: ['Jobs'] })
    .get(
      '/failed',
      {
        summary: 'Jobs that failed after all their retries',
        permission,
        response: dataOf(failedJob),
        returns: 'Failed jobs',
      },
      async (c) => c.json({ data: await listFailedJobs(c.var.db) }, 200),
    )
    .post('/{id}/retry', { summary: 'Run a failed job again', permission, params: idParam }, async (c) => {
      await retryFailedJob(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    }).app;
