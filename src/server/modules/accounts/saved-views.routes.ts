import { createSavedViewInput, savedView } from '../../../shared/accounts.ts';
import { dataOf, idParam } from '../../../shared/common.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { createSavedView, deleteSavedView, listSavedViews } from './saved-views.ts';

/** Mounted at /saved-views. */
export const savedViewsRoutes = () =>
  featureRouter({ tags: ['Saved views'] })
    .get(
      '/',
      {
        summary: 'My saved account list views',
        permission: 'customers:read',
        response: dataOf(savedView),
        returns: 'Saved views',
      },
      async (c) => c.json({ data: await listSavedViews(c.var.db, c.var.actor) }, 200),
    )
    .post(
      '/',
      {
        summary: 'Save the current filters and sort under a name',
        permission: 'customers:write',
        body: createSavedViewInput,
        response: savedView,
        status: 201,
        returns: 'Saved',
      },
      async (c) => c.json(await createSavedView(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .delete(
      '/{id}',
      { summary: 'Delete one of my saved views', permission: 'customers:write', params: idParam },
      async (c) => {
        await deleteSavedView(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    ).app;
