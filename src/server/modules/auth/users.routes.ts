import { createUserInput, updateUserInput, user } from '../../../shared/auth.ts';
import { dataOf, idParam } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { updateUser } from './update-user.ts';

/** Mounted at /users. */
export const usersRoutes = () =>
  featureRouter({ tags: ['Users'] })
    .get(
      '/',
      {
        summary: 'List users (for owner and team pickers)',
        permission: 'users:read',
        response: dataOf(user),
        returns: 'Users',
      },
      async (c) => c.json({ data: await listUsers(c.var.db) }, 200),
    )
    .post(
      '/',
      {
        summary: 'Create a user with a role and an initial password',
        permission: 'users:manage',
        body: createUserInput,
        response: user,
        status: 201,
        returns: 'Created',
        conflict: true,
      },
      async (c) => c.json(await createUser(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .patch(
      '/{id}',
      {
        summary: 'Change a user: name, role, language, active, password',
        permission: 'users:manage',
        params: idParam,
        body: updateUserInput,
        response: user,
        returns: 'Updated',
        conflict: true,
      },
      async (c) =>
        c.json(await updateUser(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    ).app;
