import { createRoute } from '@hono/zod-openapi';
import {
  account,
  accountFacets,
  accountListQuery,
  createAccountInput,
  updateAccountInput,
} from '../../../shared/accounts.ts';
import { listResponse } from '../../../shared/common.ts';
import {
  conflictError,
  createRouter,
  errors,
  idParam,
  json,
  jsonBody,
  noContent,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { getAccount } from './account-queries.ts';
import { createAccount } from './create-account.ts';
import { deleteAccount } from './delete-account.ts';
import { listAccountFacets } from './list-account-facets.ts';
import { listAccounts } from './list-accounts.ts';
import { updateAccount } from './update-account.ts';

const tags = ['Accounts'];
const read = [requirePermission('customers:read')];
const write = [requirePermission('customers:write')];

const listRoute = createRoute({
  method: 'get',
  path: '/accounts',
  tags,
  summary: 'List accounts: filter, search, sort, cursor pagination',
  description: 'Multi-value filters are comma-separated. `arr` is in integer minor units of `currency`.',
  middleware: read,
  request: { query: accountListQuery },
  responses: { 200: json(listResponse(account), 'A page of accounts'), ...errors },
});

const facetsRoute = createRoute({
  method: 'get',
  path: '/accounts/facets',
  tags,
  summary: 'Segments and tiers in use, for filters',
  middleware: read,
  responses: { 200: json(accountFacets, 'Facets'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}',
  tags,
  summary: 'One account',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(account, 'The account'), ...errors, ...notFoundError },
});

const createAccountRoute = createRoute({
  method: 'post',
  path: '/accounts',
  tags,
  summary: 'Create an account',
  middleware: write,
  request: { body: jsonBody(createAccountInput) },
  responses: { 201: json(account, 'Created'), ...errors, ...conflictError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/accounts/{id}',
  tags,
  summary: 'Change an account; `custom` replaces all custom fields',
  middleware: write,
  request: { params: idParam, body: jsonBody(updateAccountInput) },
  responses: { 200: json(account, 'Updated'), ...errors, ...notFoundError, ...conflictError },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/accounts/{id}',
  tags,
  summary: 'Delete an account with its contacts, team and contracts',
  middleware: [requirePermission('customers:delete')],
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const accountsRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => c.json(await listAccounts(c.var.db, c.req.valid('query')), 200))
    .openapi(facetsRoute, async (c) => c.json(await listAccountFacets(c.var.db), 200))
    .openapi(getRoute, async (c) => c.json(await getAccount(c.var.db, c.req.valid('param').id), 200))
    .openapi(createAccountRoute, async (c) =>
      c.json(await createAccount(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(updateRoute, async (c) =>
      c.json(await updateAccount(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteAccount(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
