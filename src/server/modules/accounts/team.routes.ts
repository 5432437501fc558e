import { createRoute, z } from '@hono/zod-openapi';
import { addTeamMemberInput, teamMember, updateTeamMemberInput } from '../../../shared/accounts.ts';
import {
  conflictError,
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
import { getAccount } from './account-queries.ts';
import { listAccountTeam } from './account-team.ts';
import { addTeamMember } from './add-team-member.ts';
import { removeTeamMember } from './remove-team-member.ts';
import { updateTeamMember } from './update-team-member.ts';

const tags = ['Account team'];
const write = [requirePermission('customers:write')];
const memberParams = z.object({ id: z.uuid(), memberId: z.uuid() });

const listRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/team',
  tags,
  summary: 'The account team; the primary point of contact first',
  middleware: [requirePermission('customers:read')],
  request: { params: idParam },
  responses: { 200: json(dataOf(teamMember), 'Team'), ...errors, ...notFoundError },
});

const addRoute = createRoute({
  method: 'post',
  path: '/accounts/{id}/team',
  tags,
  summary: 'Add a user to the account team (the first member becomes the primary point of contact)',
  middleware: write,
  request: { params: idParam, body: jsonBody(addTeamMemberInput) },
  responses: { 201: json(teamMember, 'Added'), ...errors, ...notFoundError, ...conflictError },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/accounts/{id}/team/{memberId}',
  tags,
  summary: 'Change a member role or make them the primary point of contact',
  middleware: write,
  request: { params: memberParams, body: jsonBody(updateTeamMemberInput) },
  responses: { 200: json(teamMember, 'Updated'), ...errors, ...notFoundError, ...conflictError },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/accounts/{id}/team/{memberId}',
  tags,
  summary: 'Remove a member (the primary role passes to another member)',
  middleware: write,
  request: { params: memberParams },
  responses: { ...noContent, ...errors, ...notFoundError },
});

export const teamRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => {
      const { id } = c.req.valid('param');
      await getAccount(c.var.db, id);
      return c.json({ data: await listAccountTeam(c.var.db, id) }, 200);
    })
    .openapi(addRoute, async (c) =>
      c.json(await addTeamMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(updateRoute, async (c) => {
      const { id, memberId } = c.req.valid('param');
      return c.json(await updateTeamMember(c.var.db, c.var.actor, id, memberId, c.req.valid('json')), 200);
    })
    .openapi(removeRoute, async (c) => {
      const { id, memberId } = c.req.valid('param');
      await removeTeamMember(c.var.db, c.var.actor, id, memberId);
      return c.body(null, 204);
    });
