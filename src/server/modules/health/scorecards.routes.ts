import { dataOf, idParam } from '../../../shared/common.ts';
import { previewResult, savedScorecard, scorecard, scorecardInput } from '../../../shared/health.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { deleteScorecard } from './delete-scorecard.ts';
import { previewScorecard } from './preview-scorecard.ts';
import { saveScorecard } from './save-scorecard.ts';
import { getScorecard, listScorecards } from './scorecards.ts';

const read = 'customers:read';
const manage = 'health:manage';

/** Mounted at /scorecards. */
export const scorecardsRoutes = () =>
  featureRouter({ tags: ['Health'] })
    .get(
      '/',
      {
        summary: 'Scorecards, the default first, then by priority',
        permission: read,
        response: dataOf(scorecard),
        returns: 'Scorecards',
      },
      async (c) => c.json({ data: await listScorecards(c.var.db) }, 200),
    )
    .post(
      '/',
      {
        summary: 'Create a scorecard; every account is recomputed (see the returned run for progress)',
        permission: manage,
        body: scorecardInput,
        response: savedScorecard,
        status: 201,
        returns: 'Created',
      },
      async (c) => c.json(await saveScorecard(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .post(
      '/preview',
      {
        summary: 'Score the accounts a new scorecard would cover, without saving',
        permission: manage,
        body: scorecardInput,
        response: previewResult,
        returns: 'Preview',
      },
      async (c) => c.json(await previewScorecard(c.var.db, c.req.valid('json'), null), 200),
    )
    .get(
      '/{id}',
      {
        summary: 'One scorecard',
        permission: read,
        params: idParam,
        response: scorecard,
        returns: 'The scorecard',
      },
      async (c) => c.json(await getScorecard(c.var.db, c.req.valid('param').id), 200),
    )
    .put(
      '/{id}',
      {
        summary: 'Replace a scorecard; a rejected one leaves the old one in place',
        permission: manage,
        params: idParam,
        body: scorecardInput,
        response: savedScorecard,
        returns: 'Saved',
        conflict: true,
      },
      async (c) =>
        c.json(await saveScorecard(c.var.db, c.var.actor, c.req.valid('json'), c.req.valid('param').id), 200),
    )
    .delete(
      '/{id}',
      {
        summary: 'Delete a scorecard (not the default); its accounts fall back to the default',
        permission: manage,
        params: idParam,
        conflict: true,
      },
      async (c) => {
        await deleteScorecard(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .post(
      '/{id}/preview',
      {
        summary: 'Score the accounts a draft of this scorecard would cover, without saving',
        permission: manage,
        params: idParam,
        body: scorecardInput,
        response: previewResult,
        returns: 'Preview',
      },
      async (c) =>
        c.json(await previewScorecard(c.var.db, c.req.valid('json'), c.req.valid('param').id), 200),
    ).app;
