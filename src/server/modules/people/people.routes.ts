import { createRoute, z } from '@hono/zod-openapi';
import {
  careerLevel,
  careerNote,
  createCareerNoteInput,
  createMemberInput,
  endMemberInput,
  memberDetail,
  memberListQuery,
  promoteInput,
  promotion,
  teamMember,
  updateMemberInput,
  upsertCareerLevelInput,
} from '../../../shared/people.ts';
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
import { requirePermission } from '../auth/authenticate.ts';
import { requireAnyPermission } from './access.ts';
import { listCareerLevels, upsertCareerLevel } from './career-ladder.ts';
import { addCareerNote, listCareerNotes } from './career-notes.ts';
import { createMember } from './create-member.ts';
import { endMember } from './end-member.ts';
import { getMemberDetail, getMyMember } from './get-member.ts';
import { listMembers } from './list-members.ts';
import { promoteMember } from './promote-member.ts';
import { updateMember } from './update-member.ts';

const tags = ['Team'];
const read = [requirePermission('people:read')];
const manage = [requirePermission('people:manage')];
const self = [requirePermission('people:self')];

const route = <T extends Parameters<typeof createRoute>[0]>(r: T) => createRoute({ tags, ...r });

const listRoute = route({
  method: 'get',
  path: '/team/members',
  summary: 'The roster (current spells by default)',
  middleware: read,
  request: { query: memberListQuery },
  responses: { 200: json(dataOf(teamMember), 'Team members'), ...errors },
});
const createMemberRoute = route({
  method: 'post',
  path: '/team/members',
  summary: 'Add a member (a login is optional: former staff and new hires may have none yet)',
  middleware: manage,
  request: { body: jsonBody(createMemberInput) },
  responses: { 201: json(teamMember, 'Created'), ...errors, ...conflictError },
});
const meRoute = route({
  method: 'get',
  path: '/team/me',
  summary: "The caller's own current team record, or null",
  middleware: self,
  responses: { 200: json(z.object({ member: memberDetail.nullable() }), 'Mine'), ...errors },
});
const getRoute = route({
  method: 'get',
  path: '/team/members/{id}',
  summary: 'One member with promotion history (managers and admins; anyone for their own record)',
  middleware: [requireAnyPermission('people:read', 'people:self')],
  request: { params: idParam },
  responses: { 200: json(memberDetail, 'The member'), ...errors, ...notFoundError },
});
const updateRoute = route({
  method: 'patch',
  path: '/team/members/{id}',
  summary: 'Change a member',
  middleware: manage,
  request: { params: idParam, body: jsonBody(updateMemberInput) },
  responses: { 200: json(teamMember, 'Updated'), ...errors, ...notFoundError, ...conflictError },
});
const endRoute = route({
  method: 'post',
  path: '/team/members/{id}/end',
  summary: 'End a spell: last day, voluntary/involuntary with a configured reason, or an internal move',
  middleware: manage,
  request: { params: idParam, body: jsonBody(endMemberInput) },
  responses: { 200: json(teamMember, 'Ended'), ...errors, ...notFoundError, ...conflictError },
});
const promoteRoute = route({
  method: 'post',
  path: '/team/members/{id}/promotions',
  summary: 'Promote (or move track); kept as history',
  middleware: manage,
  request: { params: idParam, body: jsonBody(promoteInput) },
  responses: { 201: json(promotion, 'Promoted'), ...errors, ...notFoundError, ...conflictError },
});
const notesRoute = route({
  method: 'get',
  path: '/team/members/{id}/notes',
  summary: 'Private career-conversation notes (member, their manager, admins); every read is audited',
  middleware: self,
  request: { params: idParam },
  responses: { 200: json(dataOf(careerNote), 'Notes'), ...errors, ...notFoundError },
});
const addNoteRoute = route({
  method: 'post',
  path: '/team/members/{id}/notes',
  summary: 'Write a career-conversation note',
  middleware: self,
  request: { params: idParam, body: jsonBody(createCareerNoteInput) },
  responses: { 201: json(careerNote, 'Written'), ...errors, ...notFoundError },
});
const ladderRoute = route({
  method: 'get',
  path: '/team/ladder',
  summary: 'The career ladder: levels per track with expectations and competencies',
  middleware: self,
  responses: { 200: json(dataOf(careerLevel), 'Levels'), ...errors },
});
const upsertLevelRoute = route({
  method: 'post',
  path: '/team/ladder',
  summary: 'Add or rewrite the level at (track, level)',
  middleware: manage,
  request: { body: jsonBody(upsertCareerLevelInput) },
  responses: { 200: json(careerLevel, 'Saved'), ...errors },
});

export const peopleRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) =>
      c.json({ data: await listMembers(c.var.db, c.req.valid('query').status) }, 200),
    )
    .openapi(createMemberRoute, async (c) =>
      c.json(await createMember(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(meRoute, async (c) => c.json({ member: await getMyMember(c.var.db, c.var.actor) }, 200))
    .openapi(getRoute, async (c) =>
      c.json(await getMemberDetail(c.var.db, c.var.actor, c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) =>
      c.json(await updateMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(endRoute, async (c) =>
      c.json(await endMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(promoteRoute, async (c) =>
      c.json(await promoteMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(notesRoute, async (c) =>
      c.json({ data: await listCareerNotes(c.var.db, c.var.actor, c.req.valid('param').id) }, 200),
    )
    .openapi(addNoteRoute, async (c) =>
      c.json(await addCareerNote(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(ladderRoute, async (c) => c.json({ data: await listCareerLevels(c.var.db) }, 200))
    .openapi(upsertLevelRoute, async (c) =>
      c.json(await upsertCareerLevel(c.var.db, c.var.actor, c.req.valid('json')), 200),
    );
