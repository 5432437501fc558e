import {
  account,
  accountFacets,
  accountListQuery,
  createAccountInput,
  updateAccountInput,
} from '../../../shared/accounts.ts';

import { idParam, listResponse } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { getAccount } from './account-queries.ts';
import { createAccount } from './create-account.ts';
import { deleteAccount } from './delete-account.ts';
import { listAccountFacets } from './list-account-facets.ts';
import { listAccounts } from './list-accounts.ts';
import { updateAccount } from './update-account.ts';

/** Mounted at /accounts. */
export const accountsRoutes = () =>
  featureRouter({ tags: ['Accounts'] })
    .get(
      '/',
      {
        summary: 'List accounts: filter, search, sort, cursor pagination',
        description:
          'Multi-value filters are comma-separated. `arr` is in integer minor units of `currency`.',
        permission: 'customers:read',
        query: accountListQuery,
        response: listResponse(account),
        returns: 'A page of accounts',
      },
      async (c) => c.json(await listAccounts(c.var.db, c.req.valid('query')), 200),
    )
    .get(
      '/facets',
      {
        summary: 'Segments and tiers in use, for filters',
        permission: 'customers:read',
        response: accountFacets,
        returns: 'Facets',
      },
      async (c) => c.json(await listAccountFacets(c.var.db), 200),
    )
    .get(
      '/{id}',
      {
        summary: 'One account',
        permission: 'customers:read',
        params: idParam,
        response: account,
        returns: 'The account',
      },
      async (c) => c.json(await getAccount(c.var.db, c.req.valid('param').id), 200),
    )
    .post(
      '/',
      {
        summary: 'Create an account',
        permission: 'customers:write',
        body: createAccountInput,
        response: account,
        status: 201,
        returns: 'Created',
        conflict: true,
      },
      async (c) => c.json(await createAccount(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .patch(
      '/{id}',
      {
        summary: 'Change an account; `custom` replaces all custom fields',
        permission: 'customers:write',
        params: idParam,
        body: updateAccountInput,
        response: account,
        returns: 'Updated',
        conflict: true,
      },
      async (c) =>
        c.json(await updateAccount(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .delete(
      '/{id}',
      {
        summary: 'Delete an account with its contacts, team and contracts',
        permission: 'customers:delete',
        params: idParam,
      },
      async (c) => {
        await deleteAccount(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    ).app;
