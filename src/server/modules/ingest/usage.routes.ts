import { createRoute, z } from '@hono/zod-openapi';
import {
  accountEventsQuery,
  accountUsage,
  accountUsageQuery,
  ingestDebugger,
  rawEvent,
  usageSettings,
} from '../../../shared/usage.ts';
import { createRouter, errors, idParam, json, jsonBody, notFoundError } from '../../lib/openapi.ts';
import { requirePermission } from '../auth/authenticate.ts';
import { getAccountUsage } from './get-account-usage.ts';
import { getIngestDebugger } from './get-ingest-debugger.ts';
import { listAccountEvents } from './list-account-events.ts';
import { getUsageSettings, updateUsageSettings } from './usage-settings.ts';

const tags = ['Usage'];
const read = [requirePermission('customers:read')];
const manage = [requirePermission('integrations:manage')];

const usageRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/usage',
  tags,
  summary:
    'Usage of an account: DAU/WAU/MAU per day, top events and key-feature adoption (30 days), contacts last seen',
  middleware: read,
  request: { params: idParam, query: accountUsageQuery },
  responses: { 200: json(accountUsage, 'Usage'), ...errors, ...notFoundError },
});

const eventsRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/events',
  tags,
  summary: 'Raw events of an account, newest first',
  middleware: read,
  request: { params: idParam, query: accountEventsQuery },
  responses: {
    200: json(z.object({ data: z.array(rawEvent), next_cursor: z.string().nullable() }), 'Events'),
    ...errors,
    ...notFoundError,
  },
});

const debuggerRoute = createRoute({
  method: 'get',
  path: '/ingest/debugger',
  tags,
  summary: 'Ingest debugger: latest events, rejected messages with reasons, per-key counts, backlogs',
  middleware: manage,
  responses: { 200: json(ingestDebugger, 'Debugger'), ...errors },
});

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/settings/usage',
  tags,
  summary: 'Usage settings: key features for adoption, raw event retention',
  middleware: read,
  responses: { 200: json(usageSettings, 'Settings'), ...errors },
});

const putSettingsRoute = createRoute({
  method: 'put',
  path: '/settings/usage',
  tags,
  summary: 'Change usage settings',
  middleware: manage,
  request: { body: jsonBody(usageSettings) },
  responses: { 200: json(usageSettings, 'Saved'), ...errors },
});

export const usageRoutes = () =>
  createRouter()
    .openapi(usageRoute, async (c) =>
      c.json(await getAccountUsage(c.var.db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(eventsRoute, async (c) =>
      c.json(await listAccountEvents(c.var.db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .openapi(debuggerRoute, async (c) => c.json(await getIngestDebugger(c.var.db), 200))
    .openapi(getSettingsRoute, async (c) => c.json(await getUsageSettings(c.var.db), 200))
    .openapi(putSettingsRoute, async (c) =>
      c.json(await updateUsageSettings(c.var.db, c.var.actor, c.req.valid('json')), 200),
    );
