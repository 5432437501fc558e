import { createRoute } from '@hono/zod-openapi';
import { contract, createContractInput, updateContractInput } from '../../../shared/accounts.ts';
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
import { getContract } from './contracts.ts';
import { createContract } from './create-contract.ts';
import { deleteContract } from './delete-contract.ts';
import { listContracts } from './list-contracts.ts';
import { updateContract } from './update-contract.ts';

const tags = ['Contracts'];
const read = [requirePermission('customers:read')];
const write = [requirePermission('customers:write')];

const listRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/contracts',
  tags,
  summary: "An account's contracts, newest first",
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(dataOf(contract), 'Contracts'), ...errors, ...notFoundError },
});

const createContractRoute = createRoute({
  method: 'post',
  path: '/accounts/{id}/contracts',
  tags,
  summary: 'Add a contract (ARR in minor units; currency defaults to the account currency)',
  middleware: write,
  request: { params: idParam, body: jsonBody(createContractInput) },
  responses: { 201: json(contract, 'Created'), ...errors, ...notFoundError },
});

const getRoute = createRoute({
  method: 'get',
  path: '/contracts/{id}',
  tags,
  summary: 'One contract',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(contract, 'The contract'), ...errors, ...notFoundError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/contracts/{id}',
  tags,
  summary: 'Change a contract',
  middleware: write,
  request: { params: idParam, body: jsonBody(updateContractInput) },
  responses: { 200: json(contract, 'Updated'), ...errors, ...notFoundError },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/contracts/{id}',
  tags,
  summary: 'Delete a contract',
  middleware: write,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const contractsRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) =>
      c.json({ data: await listContracts(c.var.db, c.req.valid('param').id) }, 200),
    )
    .openapi(createContractRoute, async (c) =>
      c.json(await createContract(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(getRoute, async (c) => c.json(await getContract(c.var.db, c.req.valid('param').id), 200))
    .openapi(updateRoute, async (c) =>
      c.json(await updateContract(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteContract(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    });
