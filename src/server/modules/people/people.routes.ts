import { dataOf, idParam } from '../../../shared/common.ts';
import {
  careerLevel,
  careerNote,
  createCareerNoteInput,
  createMemberInput,
  endMemberInput,
  memberDetail,
  memberListQuery,
  myMember,
  promoteInput,
  promotion,
  teamMember,
  updateMemberInput,
  upsertCareerLevelInput,
} from '../../../shared/people.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { requireAnyPermission } from './access.ts';
import { listCareerLevels, upsertCareerLevel } from './career-ladder.ts';
import { addCareerNote, listCareerNotes } from './career-notes.ts';
import { createMember } from './create-member.ts';
import { endMember } from './end-member.ts';
import { getMemberDetail, getMyMember } from './get-member.ts';
import { listMembers } from './list-members.ts';
import { promoteMember } from './promote-member.ts';
import { updateMember } from './update-member.ts';

const manage = 'people:manage';
const self = 'people:self';

/** The roster, members' careers and the ladder; mounted at /team. */
export const peopleRoutes = () =>
  featureRouter({ tags: ['Team'] })
    .get(
      '/members',
      {
        summary: 'The roster (current spells by default)',
        permission: 'people:read',
        query: memberListQuery,
        response: dataOf(teamMember),
        returns: 'Team members',
      },
      async (c) => c.json({ data: await listMembers(c.var.db, c.req.valid('query').status) }, 200),
    )
    .post(
      '/members',
      {
        summary: 'Add a member (a login is optional: former staff and new hires may have none yet)',
        permission: manage,
        body: createMemberInput,
        response: teamMember,
        status: 201,
        returns: 'Created',
        conflict: true,
      },
      async (c) => c.json(await createMember(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .get(
      '/me',
      {
        summary: "The caller's own current team record, or null",
        permission: self,
        response: myMember,
        returns: 'Mine',
      },
      async (c) => c.json({ member: await getMyMember(c.var.db, c.var.actor) }, 200),
    )
    .get(
      '/members/{id}',
      {
        summary: 'One member with promotion history (managers and admins; anyone for their own record)',
        permission: requireAnyPermission('people:read', 'people:self'),
        params: idParam,
        response: memberDetail,
        returns: 'The member',
      },
      async (c) => c.json(await getMemberDetail(c.var.db, c.var.actor, c.req.valid('param').id), 200),
    )
    .patch(
      '/members/{id}',
      {
        summary: 'Change a member',
        permission: manage,
        params: idParam,
        body: updateMemberInput,
        response: teamMember,
        returns: 'Updated',
        conflict: true,
      },
      async (c) =>
        c.json(await updateMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .post(
      '/members/{id}/end',
      {
        summary: 'End a spell: last day, voluntary/involuntary with a configured reason, or an internal move',
        permission: manage,
        params: idParam,
        body: endMemberInput,
        response: teamMember,
        returns: 'Ended',
        conflict: true,
      },
      async (c) =>
        c.json(await endMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .post(
      '/members/{id}/promotions',
      {
        summary: 'Promote (or move track); kept as history',
        permission: manage,
        params: idParam,
        body: promoteInput,
        response: promotion,
        status: 201,
        returns: 'Promoted',
        conflict: true,
      },
      async (c) =>
        c.json(await promoteMember(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .get(
      '/members/{id}/notes',
      {
        summary: 'Private career-conversation notes (member, their manager, admins); every read is audited',
        permission: self,
        params: idParam,
        response: dataOf(careerNote),
        returns: 'Notes',
      },
      async (c) =>
        c.json({ data: await listCareerNotes(c.var.db, c.var.actor, c.req.valid('param').id) }, 200),
    )
    .post(
      '/members/{id}/notes',
      {
        summary: 'Write a career-conversation note',
        permission: self,
        params: idParam,
        body: createCareerNoteInput,
        response: careerNote,
        status: 201,
        returns: 'Written',
      },
      async (c) =>
        c.json(await addCareerNote(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .get(
      '/ladder',
      {
        summary: 'The career ladder: levels per track with expectations and competencies',
        permission: self,
        response: dataOf(careerLevel),
        returns: 'Levels',
      },
      async (c) => c.json({ data: await listCareerLevels(c.var.db) }, 200),
    )
    .post(
      '/ladder',
      {
        summary: 'Add or rewrite the level at (track, level)',
        permission: manage,
        body: upsertCareerLevelInput,
        response: careerLevel,
        returns: 'Saved',
      },
      async (c) => c.json(await upsertCareerLevel(c.var.db, c.var.actor, c.req.valid('json')), 200),
    ).app;
