import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { healthRun, previewResult, scorecard, scorecardInput } from '../../../shared/health.ts';
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
import { deleteScorecard } from './delete-scorecard.ts';
import { previewScorecard } from './preview-scorecard.ts';
import { saveScorecard } from './save-scorecard.ts';
import { getScorecard, listScorecards } from './scorecards.ts';

const tags = ['Health'];
const read = [requirePermission('customers:read')];
const manage = [requirePermission('health:manage')];
const saved = z.object({ scorecard, run: healthRun.nullable() });

const listRoute = createRoute({
  method: 'get',
  path: '/scorecards',
  tags,
  summary: 'Scorecards, the default first, then by priority',
  middleware: read,
  responses: { 200: json(dataOf(scorecard), 'Scorecards'), ...errors },
});

const createScorecardRoute = createRoute({
  method: 'post',
  path: '/scorecards',
  tags,
  summary: 'Create a scorecard; every account is recomputed (see the returned run for progress)',
  middleware: manage,
  request: { body: jsonBody(scorecardInput) },
  responses: { 201: json(saved, 'Created'), ...errors },
});

const getRoute = createRoute({
  method: 'get',
  path: '/scorecards/{id}',
  tags,
  summary: 'One scorecard',
  middleware: read,
  request: { params: idParam },
  responses: { 200: json(scorecard, 'The scorecard'), ...errors, ...notFoundError },
});

const replaceRoute = createRoute({
  method: 'put',
  path: '/scorecards/{id}',
  tags,
  summary: 'Replace a scorecard; a rejected one leaves the old one in place',
  middleware: manage,
  request: { params: idParam, body: jsonBody(scorecardInput) },
  responses: { 200: json(saved, 'Saved'), ...errors, ...notFoundError, ...conflictError },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/scorecards/{id}',
  tags,
  summary: 'Delete a scorecard (not the default); its accounts fall back to the default',
  middleware: manage,
  request: { params: idParam },
  responses: { ...noContent, ...errors, ...notFoundError, ...conflictError },
});

const previewRoute = createRoute({
  method: 'post',
  path: '/scorecards/{id}/preview',
  tags,
  summary: 'Score the accounts a draft of this scorecard would cover, without saving',
  middleware: manage,
  request: { params: idParam, body: jsonBody(scorecardInput) },
  responses: { 200: json(previewResult, 'Preview'), ...errors, ...notFoundError },
});

const previewNewRoute = createRoute({
  method: 'post',
  path: '/scorecards/preview',
  tags,
  summary: 'Score the accounts a new scorecard would cover, without saving',
  middleware: manage,
  request: { body: jsonBody(scorecardInput) },
  responses: { 200: json(previewResult, 'Preview'), ...errors },
});

export const scorecardsRoutes = () =>
  createRouter()
    .openapi(listRoute, async (c) => c.json({ data: await listScorecards(c.var.db) }, 200))
    .openapi(createScorecardRoute, async (c) =>
      c.json(await saveScorecard(c.var.db, c.var.actor, c.req.valid('json')), 201),
    )
    .openapi(previewNewRoute, async (c) =>
      c.json(await previewScorecard(c.var.db, c.req.valid('json'), null), 200),
    )
    .openapi(getRoute, async (c) => c.json(await getScorecard(c.var.db, c.req.valid('param').id), 200))
    .openapi(replaceRoute, async (c) =>
      c.json(await saveScorecard(c.var.db, c.var.actor, c.req.valid('json'), c.req.valid('param').id), 200),
    )
    .openapi(deleteRoute, async (c) => {
      await deleteScorecard(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(previewRoute, async (c) =>
      c.json(await previewScorecard(c.var.db, c.req.valid('json'), c.req.valid('param').id), 200),
    );
