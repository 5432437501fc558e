// The route kit on a bare Hono app: the guard it derives from `permission`, validation through Tend's hook,
// and (checked by `npm run typecheck`) that a handler answering the wrong shape or status does not compile.
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idParam } from '../../shared/common.ts';
import type { AppEnv } from '../context.ts';
import { toErrorResponse } from '../errors.ts';
import type { Permission } from '../modules/auth/permissions.ts';
import { featureRouter } from './route-kit.ts';

const note = z.object({ id: z.uuid(), text: z.string() });
const ID = '00000000-0000-4000-8000-000000000001';

function notesRoutes() {
  return featureRouter({ tags: ['Notes'] })
    .get(
      '/{id}',
      { summary: 'One note', permission: 'customers:read', params: idParam, response: note },
      async (c) => c.json({ id: c.req.valid('param').id, text: 'hello' }, 200),
    )
    .post(
      '/',
      { summary: 'Add a note', permission: 'customers:write', body: note, response: note, status: 201 },
      async (c) => c.json(c.req.valid('json'), 201),
    ).app;
}

/** An app whose caller holds these permissions, as `authenticate` would have set them. */
function appFor(permissions: Permission[]) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError((err, c) => toErrorResponse(c, err));
  app.use('*', async (c, next) => {
    c.set('actor', { type: 'user', id: ID, label: 'tester', role: null, permissions: new Set(permissions) });
    await next();
  });
  return app.route('/notes', notesRoutes());
}

describe('featureRouter', () => {
  it('answers a caller holding the permission, under the mount path', async () => {
    const res = await appFor(['customers:read']).request(`/notes/${ID}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: ID, text: 'hello' });
  });

  it('refuses a caller without the permission with 403 in the error shape', async () => {
    const res = await appFor(['customers:read']).request('/notes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: ID, text: 'x' }),
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden');
  });

  it('answers a malformed id with 404 and a bad body with 422, through the validation hook', async () => {
    const app = appFor(['customers:read', 'customers:write']);
    expect((await app.request('/notes/not-a-uuid')).status).toBe(404);
    const res = await app.request('/notes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: ID }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.details[0].path).toEqual(['text']);
  });

  // The @ts-expect-error lines are the test: `npm run typecheck` fails if the kit stops catching these.
  it('types handlers from the spec: a wrong shape, status or input does not compile', () => {
    const routes = featureRouter({ tags: [] })
      .get(
        '/{id}',
        { summary: 'wrong shape', permission: null, params: idParam, response: note },
        // @ts-expect-error: `text` is missing from the answer
        async (c) => c.json({ id: c.req.valid('param').id }, 200),
      )
      .get(
        '/{id}',
        { summary: 'wrong status', permission: null, params: idParam, response: note },
        // @ts-expect-error: the route answers 200, not 201
        async (c) => c.json({ id: c.req.valid('param').id, text: '' }, 201),
      )
      .get('/', { summary: 'no params', permission: null, response: note }, async (c) =>
        // @ts-expect-error: the route declares no path parameters
        c.json({ id: c.req.valid('param').id, text: '' }, 200),
      ).app.routes;
    expect(routes.filter((r) => r.method === 'GET').map((r) => r.path)).toContain('/:id');
  });
});
