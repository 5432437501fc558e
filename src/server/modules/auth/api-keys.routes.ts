import { createRoute } from '@hono/zod-openapi';
import { apiKey, createApiKeyInput, createdApiKey } from '../../../shared/auth.ts';
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
import { requirePermission } from './authenticate.ts';
import { createApiKey } from './create-api-key.ts';
import { listApiKeys } from './list-api-keys.ts';
import { revokeApiKey } from './revoke-api-key.ts';

const tags = ['API keys'];
const middleware = [requirePermission('api_keys:manage')];

const listRoute = createRoute({
  method: 'get',
  path: '/api-keys',
  tags,
  summary: 'List API keys (never the keys themselves)',
  middleware,
  responses: { 200: json(dataOf(apiKey), 'API keys'), ...errors },
});

const createKeyRoute = createRoute({
  method: 'post',
  path: '/api-keys',
  tags,
  summary: 'Create an API key; the key is in this response only',
  middleware,
  request: { body: jsonBody(createApiKeyInput) },
  responses: { 201: json(createdApiKey, 'Created'), ...errors },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/api-keys/{id}',
  tags,
  summary: 'Revoke an API key',
  middleware,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const apiKeysRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => c.json({ data: await listApiKeys(c.var.db) }, 200))
    .openapi(createKeyRoute, async (c) =>
      c.json(await createApiKey(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(revokeRoute, async (c) => {
      await revokeApiKey(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
