import { idParam } from '../../../shared/common.ts';
import {
  accountEventsPage,
  accountEventsQuery,
  accountUsage,
  accountUsageQuery,
  ingestDebugger,
  usageSettings,
} from '../../../shared/usage.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { getAccountUsage } from './get-account-usage.ts';
import { getIngestDebugger } from './get-ingest-debugger.ts';
import { listAccountEvents } from './list-account-events.ts';
import { getUsageSettings, updateUsageSettings } from './usage-settings.ts';

const tags = ['Usage'];
const read = 'customers:read';
const manage = 'integrations:manage';

/** An account's usage and raw events, mounted at /accounts. */
export const accountUsageRoutes = () =>
  featureRouter({ tags })
    .get(
      '/{id}/usage',
      {
        summary:
          'Usage of an account: DAU/WAU/MAU per day, top events and key-feature adoption (30 days), contacts last seen',
        permission: read,
        params: idParam,
        query: accountUsageQuery,
        response: accountUsage,
        returns: 'Usage',
      },
      async (c) =>
        c.json(await getAccountUsage(c.var.db, c.req.valid('param').id, c.req.valid('query')), 200),
    )
    .get(
      '/{id}/events',
      {
        summary: 'Raw events of an account, newest first',
        permission: read,
        params: idParam,
        query: accountEventsQuery,
        response: accountEventsPage,
        returns: 'Events',
      },
      async (c) =>
        c.json(await listAccountEvents(c.var.db, c.req.valid('param').id, c.req.valid('query')), 200),
    ).app;

/** Mounted at /ingest. */
export const ingestDebuggerRoutes = () =>
  featureRouter({ tags }).get(
    '/debugger',
    {
      summary: 'Ingest debugger: latest events, rejected messages with reasons, per-key counts, backlogs',
      permission: manage,
      response: ingestDebugger,
      returns: 'Debugger',
    },
    async (c) => c.json(await getIngestDebugger(c.var.db), 200),
  ).app;

/** Mounted at /settings. */
export const usageSettingsRoutes = () =>
  featureRouter({ tags })
    .get(
      '/usage',
      {
        summary: 'Usage settings: key features for adoption, raw event retention',
        permission: read,
        response: usageSettings,
        returns: 'Settings',
      },
      async (c) => c.json(await getUsageSettings(c.var.db), 200),
    )
    .put(
      '/usage',
      {
        summary: 'Change usage settings',
        permission: manage,
        body: usageSettings,
        response: usageSettings,
        returns: 'Saved',
      },
      async (c) => c.json(await updateUsageSettings(c.var.db, c.var.actor, c.req.valid('json')), 200),
    ).app;
