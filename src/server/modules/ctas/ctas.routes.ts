import { sql } from 'kysely';
import { dataOf, idParam } from '../../../shared/common.ts';
import {
  cockpit,
  cockpitQuery,
  createCtaInput,
  createPlaybookInput,
  createTouchpointInput,
  cta,
  ctaListQuery,
  playbook,
  task,
  touchpoint,
  updateCtaInput,
  updateTaskInput,
} from '../../../shared/ctas.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { assertPermission } from '../auth/authenticate.ts';
import { createCta } from './create-cta.ts';
import { createPlaybook } from './create-playbook.ts';
import { getCta, selectTasks } from './cta-queries.ts';
import { getCockpit } from './get-cockpit.ts';
import { listCtas } from './list-ctas.ts';
import { listPlaybooks } from './playbook-library.ts';
import { createTouchpoint, listTouchpoints } from './touchpoints.ts';
import { updateCta } from './update-cta.ts';
import { updateTask } from './update-task.ts';

const tags = ['CTAs'];
const read = 'customers:read';
const write = 'customers:write';

/** Mounted at /ctas. */
export const ctasRoutes = () =>
  featureRouter({ tags })
    .get(
      '/',
      {
        summary: 'CTAs by priority and due date',
        permission: read,
        query: ctaListQuery,
        response: dataOf(cta),
        returns: 'CTAs',
      },
      async (c) => c.json({ data: await listCtas(c.var.db, c.var.actor, c.req.valid('query')) }, 200),
    )
    .post(
      '/',
      {
        summary: 'Open a CTA by hand',
        permission: write,
        body: createCtaInput,
        response: cta,
        status: 201,
        returns: 'Created',
        notFound: true,
      },
      async (c) => c.json(await createCta(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .get(
      '/{id}',
      {
        summary: 'One CTA with its reason',
        permission: read,
        params: idParam,
        response: cta,
        returns: 'The CTA',
      },
      async (c) => c.json(await getCta(c.var.db, c.req.valid('param').id), 200),
    )
    .patch(
      '/{id}',
      {
        summary: 'Change, snooze or close a CTA',
        permission: write,
        params: idParam,
        body: updateCtaInput,
        response: cta,
        returns: 'Updated',
      },
      async (c) =>
        c.json(await updateCta(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .get(
      '/{id}/tasks',
      {
        summary: "A CTA's playbook tasks",
        permission: read,
        params: idParam,
        response: dataOf(task),
        returns: 'Tasks',
      },
      async (c) => {
        const { id } = c.req.valid('param');
        await getCta(c.var.db, id);
        return c.json({ data: await selectTasks(c.var.db, sql`t.cta_id = ${id}::uuid`) }, 200);
      },
    ).app;

/** Mounted at /tasks. */
export const tasksRoutes = () =>
  featureRouter({ tags }).patch(
    '/{id}',
    {
      summary: 'Tick off or change a task',
      permission: write,
      params: idParam,
      body: updateTaskInput,
      response: task,
      returns: 'Updated',
    },
    async (c) =>
      c.json(await updateTask(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  ).app;

/** Mounted at /cockpit. */
export const cockpitRoutes = () =>
  featureRouter({ tags }).get(
    '/',
    {
      summary: "My (or my team's) CTAs, tasks, risks, renewals",
      permission: read,
      query: cockpitQuery,
      response: cockpit,
      returns: 'Cockpit',
    },
    async (c) => {
      const { scope } = c.req.valid('query');
      // The team view is a manager's: the same permission as managing rules.
      if (scope === 'team') assertPermission(c.var.actor, 'rules:manage');
      return c.json(await getCockpit(c.var.db, c.var.actor, scope), 200);
    },
  ).app;

/** Mounted at /playbooks. */
export const playbooksRoutes = () =>
  featureRouter({ tags })
    .get(
      '/',
      {
        summary: 'Built-in and custom playbooks',
        permission: read,
        response: dataOf(playbook),
        returns: 'Playbooks',
      },
      async (c) => c.json({ data: await listPlaybooks(c.var.db) }, 200),
    )
    .post(
      '/',
      {
        summary: 'Create a custom playbook',
        permission: 'rules:manage',
        body: createPlaybookInput,
        response: playbook,
        status: 201,
        returns: 'Created',
      },
      async (c) => c.json(await createPlaybook(c.var.db, c.var.actor, c.req.valid('json')), 201),
    ).app;

/** An account's touchpoints, mounted at /accounts. */
export const accountTouchpointsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}/touchpoints',
      {
        summary: "An account's touchpoints",
        permission: read,
        params: idParam,
        response: dataOf(touchpoint),
        returns: 'Touchpoints',
      },
      async (c) => c.json({ data: await listTouchpoints(c.var.db, c.req.valid('param').id) }, 200),
    )
    .post(
      '/{id}/touchpoints',
      {
        summary: 'Log a call, meeting, email or note',
        permission: write,
        params: idParam,
        body: createTouchpointInput,
        response: touchpoint,
        status: 201,
        returns: 'Created',
      },
      async (c) =>
        c.json(
          await createTouchpoint(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
          201,
        ),
    ).app;
