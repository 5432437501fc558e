import {
  accountTeamMemberParams,
  addTeamMemberInput,
  teamMember,
  updateTeamMemberInput,
} from '../../../shared/accounts.ts';
import { dataOf, idParam } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { getAccount } from './account-queries.ts';
import { listAccountTeam } from './account-team.ts';
import { addTeamMember } from './add-team-member.ts';
import { removeTeamMember } from './remove-team-member.ts';
import { updateTeamMember } from './update-team-member.ts';

/** An account's team, mounted at /accounts. */
export const teamRoutes = () =>
  featureRouter({ tags: ['Account team'] })
    .get(
      '/{id}/team',
      {
        summary: 'The account team; the primary point of contact first',
        permission: 'customers:read',
        params: idParam,
        response: dataOf(teamMember),
        returns: 'Team',
      },
      async (c) => {
        const { id } = c.req.valid('param');
        await getAccount(c.var.db, id);
        return c.json({ data: await listAccountTeam(c.var.db, id) }, 200);
      },
    )
    .post(
      '/{id}/team',
      {
        summary: 'Add a user to the account team (the first member becomes the primary point of contact)',
        permission: 'customers:write',
        params: idParam,
        body: addTeamMemberInput,
        response: teamMember,
        status: 201,
        returns: 'Added',
        conflict: true,
      },
      async (c) =>
        c.json(await addTeamMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .patch(
      '/{id}/team/{memberId}',
      {
        summary: 'Change a member role or make them the primary point of contact',
        permission: 'customers:write',
        params: accountTeamMemberParams,
        body: updateTeamMemberInput,
        response: teamMember,
        returns: 'Updated',
        conflict: true,
      },
      async (c) => {
        const { id, memberId } = c.req.valid('param');
        return c.json(await updateTeamMember(c.var.db, c.var.actor, id, memberId, c.req.valid('json')), 200);
      },
    )
    .delete(
      '/{id}/team/{memberId}',
      {
        summary: 'Remove a member (the primary role passes to another member)',
        permission: 'customers:write',
        params: accountTeamMemberParams,
      },
      async (c) => {
        const { id, memberId } = c.req.valid('param');
        await removeTeamMember(c.var.db, c.var.actor, id, memberId);
        return c.body(null, 204);
      },
    ).app;
