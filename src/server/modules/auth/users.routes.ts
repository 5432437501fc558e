import { createRoute } from '@hono/zod-openapi';
import { createUserInput, updateUserInput, user } from '../../../shared/auth.ts';
import {
  conflictError,
  createRouter,
  dataOf,
  errors,
  idParam,
  json,
  jsonBody,
  notFoundError,
} from '../../lib/openapi.ts';
import { requirePermission } from './authenticate.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { updateUser } from './update-user.ts';

const tags = ['Users'];

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags,
  summary: 'List users (for owner and team pickers)',
  middleware: [requirePermission('users:read')],
  responses: { 200: json(dataOf(user), 'Users'), ...errors },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags,
  summary: 'Create a user with a role and an initial password',
  middleware: [requirePermission('users:manage')],
  request: { body: jsonBody(createUserInput) },
  responses: { 201: json(user, 'Created'), ...errors, ...conflictError },
});

const updateUserRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags,
  summary: 'Change a user: name, role, language, active, password',
  middleware: [requirePermission('users:manage')],
  request: { params: idParam, body: jsonBody(updateUserInput) },
  responses: { 200: json(user, 'Updated'), ...errors, ...notFoundError, ...conflictError },
});

export const usersRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => c.json({ data: await listUsers(c.var.db) }, 200))
    .openapi(createUserRoute, async (c) =>
      c.json(await createUser(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(updateUserRoute, async (c) =>
      c.json(await updateUser(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    );
