import { auditPage, auditQuery } from '../../../shared/auth.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { listAuditLog } from './list-audit-log.ts';

/** Mounted at /audit-log. */
export const auditRoutes = () =>
  featureRouter({ tags: ['Audit log'] }).get(
    '/',
    {
      summary: 'Every change: who, what, before and after, newest first',
      permission: 'audit:read',
      query: auditQuery,
      response: auditPage,
      returns: 'Audit entries',
    },
    async (c) => c.json(await listAuditLog(c.var.db, c.req.valid('query')), 200),
  ).app;
