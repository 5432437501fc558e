import { dataOf, idParam } from '../../../shared/common.ts';
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
import { featureRouter } from '../../lib/route-kit.ts';
import { createChannel, deleteChannel, listChannels, updateChannel } from './channels.ts';
import { listDeliveries, retryDelivery } from './deliveries.ts';
import { getPreferences, updatePreferences } from './preferences.ts';
import { sendTestEmail, sendTestToChannel } from './send-test-notification.ts';
import { maskSmtp, readSmtpSettings } from './smtp-settings.ts';
import { updateSmtpSettings } from './update-smtp-settings.ts';

const admin = 'integrations:manage';
const self = 'customers:read';

/** Mounted at /notifications. */
/** TEND_ALLOW_PRIVATE_OUTBOUND: the operator lets notifications reach loopback and private addresses. */
const allowPrivate = (c: { var: { config: { TEND_ALLOW_PRIVATE_OUTBOUND: boolean } } }) =>
  c.var.config.TEND_ALLOW_PRIVATE_OUTBOUND;

export const notificationsRoutes = () =>
  featureRouter({ tags: ['Notifications'] })
    .get(
      '/channels',
      {
        summary: 'Slack, Teams and webhook channels (masked)',
        permission: admin,
        response: dataOf(channel),
        returns: 'Channels',
      },
      async (c) => c.json({ data: await listChannels(c.var.db) }, 200),
    )
    .post(
      '/channels',
      {
        summary: 'Add a channel; a webhook answers its signing secret once',
        permission: admin,
        body: createChannelInput,
        response: createdChannel,
        status: 201,
        returns: 'Created',
      },
      async (c) =>
        c.json(await createChannel(c.var.db, c.var.actor, c.req.valid('json'), allowPrivate(c)), 201),
    )
    .patch(
      '/channels/{id}',
      {
        summary: 'Change a channel',
        permission: admin,
        params: idParam,
        body: updateChannelInput,
        response: channel,
        returns: 'Updated',
      },
      async (c) =>
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
    .delete(
      '/channels/{id}',
      { summary: 'Delete a channel', permission: admin, params: idParam },
      async (c) => {
        await deleteChannel(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .post(
      '/channels/{id}/test',
      {
        summary: 'Send a test message to a channel now and answer what the receiver said',
        permission: admin,
        params: idParam,
        response: testResult,
        returns: 'Result',
      },
      async (c) =>
        c.json(await sendTestToChannel(c.var.db, c.var.actor, c.req.valid('param').id, allowPrivate(c)), 200),
    )
    .post(
      '/smtp/test',
      {
        summary: 'Send a test email through the saved SMTP settings',
        permission: admin,
        body: smtpTestInput,
        response: testResult,
        returns: 'Result',
      },
      async (c) =>
        c.json(await sendTestEmail(c.var.db, c.var.actor, c.req.valid('json').to, allowPrivate(c)), 200),
    )
    .get(
      '/smtp',
      {
        summary: 'SMTP settings (password never shown)',
        permission: admin,
        response: smtpSettings.nullable(),
        returns: 'SMTP settings',
      },
      async (c) => c.json(maskSmtp(await readSmtpSettings(c.var.db)), 200),
    )
    .put(
      '/smtp',
      {
        summary: 'Set the SMTP server for emails',
        permission: admin,
        body: smtpSettingsInput,
        response: smtpSettings,
        returns: 'Saved',
      },
      async (c) =>
        c.json(await updateSmtpSettings(c.var.db, c.var.actor, c.req.valid('json'), allowPrivate(c)), 200),
    )
    .get(
      '/deliveries',
      {
        summary: 'The delivery log',
        permission: admin,
        query: deliveryListQuery,
        response: dataOf(delivery),
        returns: 'Deliveries',
      },
      async (c) => c.json({ data: await listDeliveries(c.var.db, c.req.valid('query')) }, 200),
    )
    .post(
      '/deliveries/{id}/retry',
      { summary: 'Send a failed delivery again', permission: admin, params: idParam, conflict: true },
      async (c) => {
        await retryDelivery(c.var.db, c.var.actor, c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .get(
      '/preferences',
      {
        summary: 'Which notifications I get',
        permission: self,
        response: preferences,
        returns: 'Preferences',
      },
      async (c) => c.json(await getPreferences(c.var.db, c.var.actor), 200),
    )
    .put(
      '/preferences',
      {
        summary: 'Choose which notifications I get',
        permission: self,
        body: updatePreferencesInput,
        response: preferences,
        returns: 'Saved',
      },
      async (c) => c.json(await updatePreferences(c.var.db, c.var.actor, c.req.valid('json')), 200),
    ).app;
