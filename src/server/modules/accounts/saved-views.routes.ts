import { createRoute } from '@hono/zod-openapi';
import { createSavedViewInput, savedView } from '../../../shared/accounts.ts';
import {
  createRouter,
  dataOf,
  errors,
  idParam,
  json,
  jsonBody,
  noContent,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { createSavedView, deleteSavedView, listSavedViews } from './saved-views.ts';

const tags = ['Saved views'];

const listRoute = createRoute({
  method: 'get',
  path: '/saved-views',
  tags,
  summary: 'My saved account list views',
  middleware: [requirePermission('customers:read')],
  responses: { 200: json(dataOf(savedView), 'Saved views'), ...errors },
});

const createViewRoute = createRoute({
  method: 'post',
  path: '/saved-views',
  tags,
  summary: 'Save the current filters and sort under a name',
  middleware: [requirePermission('customers:write')],
  request: { body: jsonBody(createSavedViewInput) },
  responses: { 201: json(savedView, 'Saved'), ...errors },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/saved-views/{id}',
  tags,
  summary: 'Delete one of my saved views',
  middleware: [requirePermission('customers:write')],
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const savedViewsRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => c.json({ data: await listSavedViews(c.var.db, c.var.actor) }, 200))
    .openapi(createViewRoute, async (c) =>
      c.json(await createSavedView(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteSavedView(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
