import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let mine: SessionClient;
let theirs: SessionClient;
beforeAll(async () => {
  t = await createTestApp();
  [mine, theirs] = await Promise.all([t.as('csm'), t.as('cs_manager')]);
});
afterAll(() => t?.close());

const query = { segment: ['SMB'], sort: 'arr', order: 'desc' };

describe('saved views API', () => {
  it('saves a view and lists it back', async () => {
    const res = await mine.post('/api/saved-views', { name: 'Big SMB', query });
    expect(res.status).toBe(201);
    const view = await res.json();
    expect(view).toEqual({ id: expect.any(String), name: 'Big SMB', query, created_at: expect.any(String) });
    const list = await (await mine.get('/api/saved-views')).json();
    expect(list.data).toContainEqual(view);
  });

  it('keeps views personal: another user neither sees nor deletes mine', async () => {
    const view = await (await mine.post('/api/saved-views', { name: 'Only mine', query })).json();
    const theirList = await (await theirs.get('/api/saved-views')).json();
    expect(theirList.data.map((v: { id: string }) => v.id)).not.toContain(view.id);

    const res = await theirs.delete(`/api/saved-views/${view.id}`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    const row = await t.db
      .selectFrom('saved_views')
      .select('user_id')
      .where('id', '=', view.id)
      .executeTakeFirst();
    expect(row?.user_id).toBe(mine.userId);

    const admin = await t.as('admin');
    expect((await admin.delete(`/api/saved-views/${view.id}`)).status).toBe(404);
  });

  it('deletes my own view', async () => {
    const view = await (await mine.post('/api/saved-views', { name: 'Temporary', query })).json();
    expect((await mine.delete(`/api/saved-views/${view.id}`)).status).toBe(204);
    const list = await (await mine.get('/api/saved-views')).json();
    expect(list.data.map((v: { id: string }) => v.id)).not.toContain(view.id);
    expect((await mine.delete(`/api/saved-views/${view.id}`)).status).toBe(404);
  });

  it('answers 403 for API keys, which have no saved views', async () => {
    const key = await t.withKey(['read', 'write']);
    expect((await key.get('/api/saved-views')).status).toBe(403);
    expect((await key.post('/api/saved-views', { name: 'Key view', query })).status).toBe(403);
  });
});
