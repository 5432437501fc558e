import { createRoute } from '@hono/zod-openapi';
import {
  channel,
  createChannelInput,
  createdChannel,
  delivery,
  deliveryListQuery,
  preferences,
  smtpSettings,
  smtpSettingsInput,
  smtpTestInput,
  testResult,
  updateChannelInput,
  updatePreferencesInput,
} from '../../../shared/notifications.ts';
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
import { createChannel, deleteChannel, listChannels, updateChannel } from './channels.ts';
import { listDeliveries, retryDelivery } from './deliveries.ts';
import { getPreferences, updatePreferences } from './preferences.ts';
import { sendTestEmail, sendTestToChannel } from './send-test-notification.ts';
import { maskSmtp, readSmtpSettings } from './smtp-settings.ts';
import { updateSmtpSettings } from './update-smtp-settings.ts';

const tags = ['Notifications'];
const admin = [requirePermission('integrations:manage')];
const self = [requirePermission('customers:read')];
const z200 = <T extends Parameters<typeof json>[0]>(s: T, d: string) => ({ 200: json(s, d), ...errors });

const r = {
  channels: createRoute({
    method: 'get',
    path: '/notifications/channels',
    tags,
    summary: 'Slack, Teams and webhook channels (masked)',
    middleware: admin,
    responses: z200(dataOf(channel), 'Channels'),
  }),
  createChannel: createRoute({
    method: 'post',
    path: '/notifications/channels',
    tags,
    summary: 'Add a channel; a webhook answers its signing secret once',
    middleware: admin,
    request: { body: jsonBody(createChannelInput) },
    responses: { 201: json(createdChannel, 'Created'), ...errors },
  }),
  updateChannel: createRoute({
    method: 'patch',
    path: '/notifications/channels/{id}',
    tags,
    summary: 'Change a channel',
    middleware: admin,
    request: { params: idParam, body: jsonBody(updateChannelInput) },
    responses: { ...z200(channel, 'Updated'), ...notFoundError },
  }),
  deleteChannel: createRoute({
    method: 'delete',
    path: '/notifications/channels/{id}',
    tags,
    summary: 'Delete a channel',
    middleware: admin,
    request: { params: idParam },
    responses: { ...noContent, ...errors, ...notFoundError },
  }),
  testChannel: createRoute({
    method: 'post',
    path: '/notifications/channels/{id}/test',
    tags,
    summary: 'Send a test message to a channel now and answer what the receiver said',
    middleware: admin,
    request: { params: idParam },
    responses: { ...z200(testResult, 'Result'), ...notFoundError },
  }),
  testSmtp: createRoute({
    method: 'post',
    path: '/notifications/smtp/test',
    tags,
    summary: 'Send a test email through the saved SMTP settings',
    middleware: admin,
    request: { body: jsonBody(smtpTestInput) },
    responses: z200(testResult, 'Result'),
  }),
  smtp: createRoute({
    method: 'get',
    path: '/notifications/smtp',
    tags,
    summary: 'SMTP settings (password never shown)',
    middleware: admin,
    responses: z200(smtpSettings.nullable(), 'SMTP settings'),
  }),
  putSmtp: createRoute({
    method: 'put',
    path: '/notifications/smtp',
    tags,
    summary: 'Set the SMTP server for emails',
    middleware: admin,
    request: { body: jsonBody(smtpSettingsInput) },
    responses: z200(smtpSettings, 'Saved'),
  }),
  deliveries: createRoute({
    method: 'get',
    path: '/notifications/deliveries',
    tags,
    summary: 'The delivery log',
    middleware: admin,
    request: { query: deliveryListQuery },
    responses: z200(dataOf(delivery), 'Deliveries'),
  }),
  retry: createRoute({
    method: 'post',
    path: '/notifications/deliveries/{id}/retry',
    tags,
    summary: 'Send a failed delivery again',
    middleware: admin,
    request: { params: idParam },
    responses: { ...noContent, ...errors, ...notFoundError, ...conflictError },
  }),
  prefs: createRoute({
    method: 'get',
    path: '/notifications/preferences',
    tags,
    summary: 'Which notifications I get',
    middleware: self,
    responses: z200(preferences, 'Preferences'),
  }),
  putPrefs: createRoute({
    method: 'put',
    path: '/notifications/preferences',
    tags,
    summary: 'Choose which notifications I get',
    middleware: self,
    request: { body: jsonBody(updatePreferencesInput) },
    responses: z200(preferences, 'Saved'),
  }),
};

const allowPrivate = (c: { var: { config: { TEND_ALLOW_PRIVATE_OUTBOUND: boolean } } }) =>
  c.var.config.TEND_ALLOW_PRIVATE_OUTBOUND;

export const notificationsRoutes = () =>
  createRouter()
    .openapi(r.channels, async (c) => c.json({ data: await listChannels(c.var.db) }, 200))
    .openapi(r.createChannel, async (c) =>
      c.json(await createChannel(c.var.db, c.var.actor, c.req.valid('json'), allowPrivate(c)), 201),
    )
    .openapi(r.updateChannel, async (c) =>
      c.json(
        await updateChannel(
          c.var.db,
          c.var.actor,
          c.req.valid('param').id,
          c.req.valid('json'),
          allowPrivate(c),
        ),
        200,
      ),
    )
    .openapi(r.deleteChannel, async (c) => {
      await deleteChannel(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(r.testChannel, async (c) =>
      c.json(await sendTestToChannel(c.var.db, c.var.actor, c.req.valid('param').id, allowPrivate(c)), 200),
    )
    .openapi(r.testSmtp, async (c) =>
      c.json(await sendTestEmail(c.var.db, c.var.actor, c.req.valid('json').to, allowPrivate(c)), 200),
    )
    .openapi(r.smtp, async (c) => c.json(maskSmtp(await readSmtpSettings(c.var.db)), 200))
    .openapi(r.putSmtp, async (c) =>
      c.json(await updateSmtpSettings(c.var.db, c.var.actor, c.req.valid('json'), allowPrivate(c)), 200),
    )
    .openapi(r.deliveries, async (c) =>
      c.json({ data: await listDeliveries(c.var.db, c.req.valid('query')) }, 200),
    )
    .openapi(r.retry, async (c) => {
      await retryDelivery(c.var.db, c.var.actor, c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(r.prefs, async (c) => c.json(await getPreferences(c.var.db, c.var.actor), 200))
    .openapi(r.putPrefs, async (c) =>
      c.json(await updatePreferences(c.var.db, c.var.actor, c.req.valid('json')), 200),
    );
