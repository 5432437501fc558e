import { contract, createContractInput, updateContractInput } from '../../../shared/accounts.ts';
import { dataOf, idParam } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { getContract } from './contracts.ts';
import { createContract } from './create-contract.ts';
import { deleteContract } from './delete-contract.ts';
import { listContracts } from './list-contracts.ts';
import { updateContract } from './update-contract.ts';

const tags = ['Contracts'];

/** Mounted at /contracts. */
export const contractsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}',
      {
        summary: 'One contract',
        permission: 'customers:read',
        params: idParam,
        response: contract,
        returns: 'The contract',
      },
      async (c) => c.json(await getContract(c.var.db, c.req.valid('param').id), 200),
    )
    .patch(
      '/{id}',
      {
        summary: 'Change a contract',
        permission: 'customers:write',
        params: idParam,
        body: updateContractInput,
        response: contract,
        returns: 'Updated',
      },
      async (c) =>
        c.json(
          await updateContract(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          200,
        ),
    )
    .delete(
      '/{id}',
      { summary: 'Delete a contract', permission: 'customers:write', params: idParam },
      async (c) => {
        await deleteContract(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    ).app;

/** An account's contracts, mounted at /accounts. */
export const accountContractsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}/contracts',
      {
        summary: "An account's contracts, newest first",
        permission: 'customers:read',
        params: idParam,
        response: dataOf(contract),
        returns: 'Contracts',
      },
      async (c) => c.json({ data: await listContracts(c.var.db, c.req.valid('param').id) }, 200),
    )
    .post(
      '/{id}/contracts',
      {
        summary: 'Add a contract (ARR in minor units; currency defaults to the account currency)',
        permission: 'customers:write',
        params: idParam,
        body: createContractInput,
        response: contract,
        status: 201,
        returns: 'Created',
      },
      async (c) =>
        c.json(
          await createContract(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    ).app;
