import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import {
  cockpit,
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
import { createRouter, dataOf, errors, idParam, json, jsonBody, notFoundError } from '../../lib/openapi.ts';
import { assertPermission, requirePermission } from '../auth/authenticate.ts';
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
const read = [requirePermission('customers:read')];
const write = [requirePermission('customers:write')];

const r = {
  list: createRoute({
    method: 'get',
    path: '/ctas',
    tags,
    summary: 'CTAs by priority and due date',
    middleware: read,
    request: { query: ctaListQuery },
    responses: { 200: json(dataOf(cta), 'CTAs'), ...errors },
  }),
  create: createRoute({
    method: 'post',
    path: '/ctas',
    tags,
    summary: 'Open a CTA by hand',
    middleware: write,
    request: { body: jsonBody(createCtaInput) },
    responses: { 201: json(cta, 'Created'), ...errors, ...notFoundError },
  }),
  get: createRoute({
    method: 'get',
    path: '/ctas/{id}',
    tags,
    summary: 'One CTA with its reason',
    middleware: read,
    request: { params: idParam },
    responses: { 200: json(cta, 'The CTA'), ...errors, ...notFoundError },
  }),
  update: createRoute({
    method: 'patch',
    path: '/ctas/{id}',
    tags,
    summary: 'Change, snooze or close a CTA',
    middleware: write,
    request: { params: idParam, body: jsonBody(updateCtaInput) },
    responses: { 200: json(cta, 'Updated'), ...errors, ...notFoundError },
  }),
  tasks: createRoute({
    method: 'get',
    path: '/ctas/{id}/tasks',
    tags,
    summary: "A CTA's playbook tasks",
    middleware: read,
    request: { params: idParam },
    responses: { 200: json(dataOf(task), 'Tasks'), ...errors, ...notFoundError },
  }),
  updateTask: createRoute({
    method: 'patch',
    path: '/tasks/{id}',
    tags,
    summary: 'Tick off or change a task',
    middleware: write,
    request: { params: idParam, body: jsonBody(updateTaskInput) },
    responses: { 200: json(task, 'Updated'), ...errors, ...notFoundError },
  }),
  cockpit: createRoute({
    method: 'get',
    path: '/cockpit',
    tags,
    summary: "My (or my team's) CTAs, tasks, risks, renewals",
    middleware: read,
    request: { query: z.object({ scope: z.enum(['me', 'team']).default('me') }) },
    responses: { 200: json(cockpit, 'Cockpit'), ...errors },
  }),
  playbooks: createRoute({
    method: 'get',
    path: '/playbooks',
    tags,
    summary: 'Built-in and custom playbooks',
    middleware: read,
    responses: { 200: json(dataOf(playbook), 'Playbooks'), ...errors },
  }),
  createPlaybook: createRoute({
    method: 'post',
    path: '/playbooks',
    tags,
    summary: 'Create a custom playbook',
    middleware: [requirePermission('rules:manage')],
    request: { body: jsonBody(createPlaybookInput) },
    responses: { 201: json(playbook, 'Created'), ...errors },
  }),
  touchpoints: createRoute({
    method: 'get',
    path: '/accounts/{id}/touchpoints',
    tags,
    summary: "An account's touchpoints",
    middleware: read,
    request: { params: idParam },
    responses: { 200: json(dataOf(touchpoint), 'Touchpoints'), ...errors, ...notFoundError },
  }),
  createTouchpoint: createRoute({
    method: 'post',
    path: '/accounts/{id}/touchpoints',
    tags,
    summary: 'Log a call, meeting, email or note',
    middleware: write,
    request: { params: idParam, body: jsonBody(createTouchpointInput) },
    responses: { 201: json(touchpoint, 'Created'), ...errors, ...notFoundError },
  }),
};

export const ctasRoutes = () =>
  createRouter()
    .openapi(r.list, async (c) =>
      c.json({ data: await listCtas(c.var.db, c.var.actor, c.req.valid('query')) }, 200),
    )
    .openapi(r.create, async (c) => c.json(await createCta(c.var.db, c.var.actor, c.req.valid('json')), 201))
    .openapi(r.get, async (c) => c.json(await getCta(c.var.db, c.req.valid('param').id), 200))
    .openapi(r.update, async (c) =>
      c.json(await updateCta(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(r.tasks, async (c) => {
      const { id } = c.req.valid('param');
      await getCta(c.var.db, id);
      return c.json({ data: await selectTasks(c.var.db, sql`t.cta_id = ${id}::uuid`) }, 200);
    })
    .openapi(r.updateTask, async (c) =>
      c.json(await updateTask(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(r.cockpit, async (c) => {
      const { scope } = c.req.valid('query');
      // The team view is a manager's: the same permission as managing rules.
      if (scope === 'team') assertPermission(c.var.actor, 'rules:manage');
      return c.json(await getCockpit(c.var.db, c.var.actor, scope), 200);
    })
    .openapi(r.playbooks, async (c) => c.json({ data: await listPlaybooks(c.var.db) }, 200))
    .openapi(r.createPlaybook, async (c) =>
      c.json(await createPlaybook(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(r.touchpoints, async (c) =>
      c.json({ data: await listTouchpoints(c.var.db, c.req.valid('param').id) }, 200),
    )
    .openapi(r.createTouchpoint, async (c) =>
      c.json(
        await createTouchpoint(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    );
