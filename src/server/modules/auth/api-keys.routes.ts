import { apiKey, createApiKeyInput, createdApiKey } from '../../../shared/auth.ts';
import { dataOf, idParam } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { createApiKey } from './create-api-key.ts';
import { listApiKeys } from './list-api-keys.ts';
import { revokeApiKey } from './revoke-api-key.ts';

const permission = 'api_keys:manage';

/** Mounted at /api-keys. */
export const apiKeysRoutes = () =>
  featureRouter({ tags: ['API keys'] })
    .get(
      '/',
      {
        summary: 'List API keys (never the keys themselves)',
        permission,
        response: dataOf(apiKey),
        returns: 'API keys',
      },
      async (c) => c.json({ data: await listApiKeys(c.var.db) }, 200),
    )
    .post(
      '/',
      {
        summary: 'Create an API key; the key is in this response only',
        permission,
        body: createApiKeyInput,
        response: createdApiKey,
        status: 201,
        returns: 'Created',
      },
      async (c) => c.json(await createApiKey(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .delete('/{id}', { summary: 'Revoke an API key', permission, params: idParam }, async (c) => {
      await revokeApiKey(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    }).app;
