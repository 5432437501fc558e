import { createRoute, z } from '@hono/zod-openapi';
import { auditEntry, auditQuery } from '../../../shared/auth.ts';
import { createRouter, errors, json } from '../../lib/openapi.ts';
import { requirePermission } from './authenticate.ts';
import { listAuditLog } from './list-audit-log.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/audit-log',
  tags: ['Audit log'],
  summary: 'Every change: who, what, before and after, newest first',
  middleware: [requirePermission('audit:read')],
  request: { query: auditQuery },
  responses: {
    200: json(z.object({ data: z.array(auditEntry), next_cursor: z.string().nullable() }), 'Audit entries'),
    ...errors,
  },
});

export const auditRoutes = () =>
  createRouter().openapi(listRoute, async (c) =>
    c.json(await listAuditLog(c.var.db, c.req.valid('query')), 200),
  );
